import type { ClaimReport } from '../../core/analysis/resolveBrief';
import type { BriefmarkWorkspace } from '../workspace/BriefmarkWorkspace';

/** A claim of a brief by id: from the open document, else from the file on disk. */
export async function findClaim(ws: BriefmarkWorkspace, uri: string, claimId: string): Promise<ClaimReport | undefined> {
  await ws.ready;
  const doc = ws.document(uri);
  if (doc) {
    await doc.ready;
    return ws.report(doc)?.claims.find((c) => c.id === claimId);
  }
  return (await ws.digestFromDisk(ws.keyOf(uri)))?.claims.find((c) => c.id === claimId);
}
