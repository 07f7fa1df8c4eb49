import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { EntryIndex } from '../../core/glossary/buildGlossary';
import { digestClaims } from '../../core/analysis/compactDigest';
import { displayUri } from '../../core/host';
import { EXPORT_FORMATS, formatExport, type ExportDocument, type ExportFormat, type ExportKind } from '../../core/export/formatExports';
import type { ExportParams, ExportResult } from '../../protocol';
import type { BriefmarkWorkspace } from '../workspace/BriefmarkWorkspace';
import type { FolderState } from '../workspace/FolderState';
import { cancelled } from './navigation';
import { BRIEFS_PER_TURN, nextTurn } from '../nextTurn';
import type { CancelToken } from '../ServerPlatform';

/** What an export reads of the workspace. */
export type ExportWorkspace = Pick<BriefmarkWorkspace, 'briefs' | 'document' | 'documentAt' | 'folderFor' | 'folders' | 'keyOf' | 'looseFolder' | 'ready' | 'report' | 'reportFromDisk' | 'settled'>;

/**
 * `briefmark/export`: what `briefmark export claims|network` prints, run in the workspace folder,
 * for one brief or every brief of the workspace. Open briefs count as the user sees them.
 */
export async function exportBriefs(ws: ExportWorkspace, params: ExportParams, token: CancelToken): Promise<ExportResult> {
  const { what, format } = checkExport(params);
  await ws.ready;
  let paths: string[];
  if (params.uri !== undefined) {
    await ws.document(params.uri)?.ready;
    paths = [ws.keyOf(params.uri)];
  } else {
    await ws.settled(token);
    // The CLI's order: a folder's briefs sorted by path.
    paths = ws.briefs().map((b) => b.path).sort();
  }
  const documents: ExportDocument[] = [];
  for (const [i, path] of paths.entries()) {
    // The briefs' digests are at hand, so nothing here waits: yield now and then, or a cancel
    // (or any other request) would only be read once the whole export is done.
    if (i % BRIEFS_PER_TURN === 0) await nextTurn();
    if (token.isCancellationRequested) throw cancelled();
    const doc = await exportDocument(ws, path, what === 'network');
    if (doc) documents.push(doc);
  }
  if (token.isCancellationRequested) throw cancelled();
  const used = new Set(paths.map((p) => ws.folderFor(p)));
  const index = entryIndex([...ws.folders, ws.looseFolder].filter((f) => used.has(f)));
  return { content: formatExport({ index, documents }, what, format) };
}

function checkExport(params: ExportParams): { what: ExportKind; format: ExportFormat } {
  const kinds = Object.keys(EXPORT_FORMATS) as ExportKind[];
  const what = kinds.find((k) => k === params?.what);
  if (!what) throw new ResponseError(ErrorCodes.InvalidParams, `Briefmark cannot export "${String(params?.what)}": use ${kinds.join(' or ')}.`);
  const formats: readonly ExportFormat[] = EXPORT_FORMATS[what];
  const format = formats.find((f) => f === params.format);
  if (!format) throw new ResponseError(ErrorCodes.InvalidParams, `Briefmark cannot export ${what} as "${String(params.format)}": use ${formats.join(', ')}.`);
  return { what, format };
}

/** A brief's claims and mentions, with its path relative to its workspace folder (as the CLI shows it there). */
async function exportDocument(ws: ExportWorkspace, path: string, network: boolean): Promise<ExportDocument | undefined> {
  const folder = ws.folderFor(path);
  const shown = folder.relative(path) ?? displayUri(path);
  const open = ws.documentAt(path);
  if (open) {
    const report = open.role === 'brief' ? ws.report(open) : undefined;
    return report && { path: shown, claims: report.claims, mentions: report.mentions };
  }
  const digest = folder.digests.get(path);
  const claims = digest && digestClaims(digest);
  // The index keeps no mention places; the network needs them only for a claim with an actor
  // and no about= (its concepts are those mentioned inside it), so only such a brief is read again.
  if (claims && !(network && claims.some((c) => c.actor && c.about.length === 0))) return { path: shown, claims, mentions: [] };
  const report = await ws.reportFromDisk(path);
  return report && { path: shown, claims: report.claims, mentions: report.mentions };
}

/** The entries that label the network's nodes: a folder's glossary, or several folders' with the first folder's entry winning. */
function entryIndex(folders: readonly FolderState[]): EntryIndex {
  if (folders.length === 1) return folders[0]!.glossary;
  const lastFirst = [...folders].reverse();
  return {
    concepts: new Map(lastFirst.flatMap((f) => [...f.glossary.concepts])),
    actors: new Map(lastFirst.flatMap((f) => [...f.glossary.actors])),
  };
}
