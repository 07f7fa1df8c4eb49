import { digestBriefText } from '../core/digestBrief';
import type { ClaimReport } from '../core/resolveBrief';
import { reviewPathFor } from '../core/reviewFile';
import type { BriefmarkWorkspace } from './BriefmarkWorkspace';

/** A claim of a brief by id: from the open document, else from the file on disk. */
export async function findClaim(ws: BriefmarkWorkspace, uri: string, claimId: string): Promise<ClaimReport | undefined> {
  await ws.ready;
  const doc = ws.document(uri);
  if (doc) {
    await doc.ready;
    return ws.report(doc)?.claims.find((c) => c.id === claimId);
  }
  const path = ws.pathOf(uri);
  const folder = ws.folderFor(path);
  const text = await ws.platform.readFile(path);
  if (text === undefined) return undefined;
  const config = folder.indexConfig();
  const digest = digestBriefText({ path, text, reviewText: await ws.platform.readFile(reviewPathFor(path)), glossary: folder.glossary, options: config.options, maxFileSize: config.maxFileSize });
  return digest.claims.find((c) => c.id === claimId);
}
