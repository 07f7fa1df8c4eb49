import { ErrorCodes, LSPErrorCodes, ResponseError, SymbolKind, type Location, type LocationLink, type Position, type Range, type TextEdit, type WorkspaceEdit, type WorkspaceSymbol } from 'vscode-languageserver';
import { entryOf } from '../../core/glossary/buildGlossary';
import { compactUses } from '../../core/analysis/compactDigest';
import { findGlossaryIds, glossaryIdAt, type GlossaryIdNode } from '../../core/glossary/findGlossaryIds';
import { glossarySchemas } from '../../core/glossary/glossarySchema';
import { LineIndex } from '../../core/text/lineIndex';
import type { GlossarySource } from '../../core/glossary/parseGlossaryFile';
import { reviewPathFor } from '../../core/review/reviewPath';
import type { EntryKind, GlossaryEntry } from '../../core/types';
import type { MentionsParams } from '../../protocol';
import type { BriefmarkWorkspace } from '../workspace/BriefmarkWorkspace';
import type { FolderState } from '../workspace/FolderState';
import { blockAt, type OpenDocument } from '../workspace/OpenDocument';
import type { CancelToken } from '../ServerPlatform';
import { BRIEFS_PER_TURN, nextTurn } from '../nextTurn';

/** What finding definitions, references, renames and symbols reads of the workspace. */
export type NavigationWorkspace = Pick<BriefmarkWorkspace, 'briefs' | 'document' | 'documents' | 'folderFor' | 'folders' | 'isOpen' | 'keyOf' | 'locate' | 'looseFolder' | 'ready' | 'report' | 'settled'> & DefinitionFiles;

/** What locating glossary entries in their files reads of the workspace. */
export type DefinitionFiles = Pick<BriefmarkWorkspace, 'builtinGlossaryUri' | 'builtinGlossarySource' | 'uriOf'>;

// Go to definition, find references, rename and workspace symbols for glossary ids and claim ids,
// and the mentions of an entry (`briefmark/mentions`).

/** What the cursor is on: a glossary entry (by a mention or an id) or a claim id. */
type Target =
  | { type: 'entry'; kind: EntryKind; id: string; range: Range; /** the cursor is on the id text itself */ onId: boolean }
  | { type: 'claim'; id: string; range: Range };

function targetAt(ws: NavigationWorkspace, doc: OpenDocument, position: Position): Target | undefined {
  const folder = ws.folderFor(doc.path);
  const offset = doc.document.offsetAt(position);
  const at = (start: number, end: number): Range => ({ start: doc.document.positionAt(start), end: doc.document.positionAt(end) });
  if (doc.role === 'glossary') {
    const source = folder.inUse(doc.path);
    if (!source || source.text !== doc.text) return undefined;
    const node = glossaryIdAt(source, offset);
    return node ? { type: 'entry', kind: node.kind, id: node.id, range: at(node.start, node.end), onId: true } : undefined;
  }
  const analysis = doc.analyze(folder.glossary);
  if (!analysis) return undefined;
  const block = blockAt(analysis, offset);
  if (!block) return undefined;
  const rel = offset - block.start;
  const result = block.result;
  const ref = result.refs.find((r) => rel >= r.start && rel <= r.end);
  if (ref) return { type: 'entry', kind: ref.kind, id: ref.id, range: at(block.start + ref.start, block.start + ref.end), onId: true };
  const claim = result.claims.find((c) => c.id && rel >= c.idStart - 1 && rel <= c.idEnd);
  if (claim) return { type: 'claim', id: claim.id!, range: at(block.start + claim.idStart, block.start + claim.idEnd) };
  const mention = result.mentions.find((m) => rel >= m.start && rel < m.end);
  if (mention) return { type: 'entry', kind: mention.kind, id: mention.id, range: at(block.start + mention.start, block.start + mention.end), onId: false };
  return undefined;
}

/** A glossary file as definitions are looked up in it: its entries' id nodes by kind and id. */
interface DefinitionFile {
  uri: string;
  lines: LineIndex;
  nodes: Map<string, GlossaryIdNode>;
}

/**
 * Where entries are defined: their node in a team glossary file, or in the shipped built-in file.
 * A locator reads each file's ids and lines once, so listing a whole glossary stays linear.
 */
export function entryLocator(ws: DefinitionFiles, folder: FolderState): (entry: GlossaryEntry) => Promise<LocationLink | undefined> {
  const files = new Map<string, Promise<DefinitionFile | undefined>>();
  const fileOf = (origin: string) => {
    if (!files.has(origin)) files.set(origin, definitionFile(ws, folder, origin));
    return files.get(origin)!;
  };
  return async (entry) => {
    const file = await fileOf(entry.origin);
    const node = file?.nodes.get(`${entry.kind}:${entry.id}`);
    if (!file || !node) return undefined;
    return { targetUri: file.uri, targetRange: file.lines.range(node.entryStart, node.entryEnd), targetSelectionRange: file.lines.range(node.start, node.end) };
  };
}

/** The file an entry's origin names; of a duplicated id, the first node (the one merged). */
async function definitionFile(ws: DefinitionFiles, folder: FolderState, origin: string): Promise<DefinitionFile | undefined> {
  let source: GlossarySource | undefined;
  let uri: string | undefined;
  if (origin.startsWith('builtin:')) {
    const name = origin.slice('builtin:'.length);
    uri = ws.builtinGlossaryUri(name);
    source = await ws.builtinGlossarySource(name);
  } else {
    source = folder.inUse(origin);
    uri = ws.uriOf(origin);
  }
  if (!source || !uri) return undefined;
  const nodes = new Map<string, GlossaryIdNode>();
  for (const node of findGlossaryIds(source)) {
    const key = `${node.kind}:${node.id}`;
    if (node.role === 'entry' && !nodes.has(key)) nodes.set(key, node);
  }
  return { uri, lines: new LineIndex(source.text), nodes };
}

export async function findDefinition(ws: NavigationWorkspace, doc: OpenDocument, position: Position): Promise<LocationLink[] | null> {
  const target = targetAt(ws, doc, position);
  if (!target) return null;
  const folder = ws.folderFor(doc.path);
  if (target.type === 'claim') {
    const reviewPath = reviewPathFor(doc.path);
    const record = folder.review(reviewPath)?.records.get(target.id);
    const text = folder.reviewText(reviewPath);
    if (!record || text === undefined) return null;
    const lines = new LineIndex(text);
    const range = lines.range(record.start, record.end);
    return [{ originSelectionRange: target.range, targetUri: ws.uriOf(reviewPath), targetRange: range, targetSelectionRange: range }];
  }
  const entry = entryOf(folder.glossary, target.kind, target.id);
  const link = entry && (await entryLocator(ws, folder)(entry));
  return link ? [{ ...link, originSelectionRange: target.range }] : null;
}

/**
 * Where briefs of the folder mention an entry and write its id: open briefs from their analysis,
 * the others looked up again in the workers. `only` narrows the search to that brief.
 */
async function briefUses(ws: NavigationWorkspace, folder: FolderState, kind: EntryKind, id: string, token: CancelToken, only?: string): Promise<{ mentions: Location[]; ids: Location[] }> {
  const mentions: Location[] = [];
  const ids: Location[] = [];
  for (const doc of ws.documents.values()) {
    if (doc.role !== 'brief' || ws.folderFor(doc.path) !== folder || (only !== undefined && doc.path !== only)) continue;
    const report = ws.report(doc);
    for (const m of report?.mentions ?? []) if (m.kind === kind && m.id === id) mentions.push({ uri: doc.uri, range: m.range });
    for (const r of report?.refs ?? []) if (r.kind === kind && r.id === id) ids.push({ uri: doc.uri, range: r.range });
  }
  const candidates = only === undefined ? await indexedUsers(ws, folder, kind, id) : ws.isOpen(only) ? [] : [only];
  if (token.isCancellationRequested) throw cancelled();
  if (candidates.length > 0) {
    for (const found of await ws.locate(folder, candidates, kind, id, token)) {
      const uri = ws.uriOf(found.path);
      for (const range of found.mentions) mentions.push({ uri, range });
      for (const range of found.refs) ids.push({ uri, range });
    }
  }
  if (token.isCancellationRequested) throw cancelled();
  return { mentions, ids };
}

/** Briefs of the folder's index, not open, that use the entry (by their digests). */
async function indexedUsers(ws: NavigationWorkspace, folder: FolderState, kind: EntryKind, id: string): Promise<string[]> {
  await folder.indexed;
  return [...folder.digests.values()].filter((d) => !ws.isOpen(d.path) && compactUses(d, kind, id)).map((d) => d.path);
}

/** Every mention and id of an entry in the folder: briefs and team glossary files. */
async function entryReferences(ws: NavigationWorkspace, folder: FolderState, kind: EntryKind, id: string, token: CancelToken): Promise<{ mentions: Location[]; ids: Location[]; declaration: Location | undefined }> {
  const { mentions, ids } = await briefUses(ws, folder, kind, id, token);
  let declaration: Location | undefined;
  for (const path of folder.glossaryPaths) {
    const source = folder.inUse(path);
    if (!source) continue;
    const lines = new LineIndex(source.text);
    for (const node of findGlossaryIds(source)) {
      if (node.id !== id || node.kind !== kind) continue;
      const location = { uri: ws.uriOf(path), range: lines.range(node.start, node.end) };
      if (node.role === 'broader') ids.push(location);
      else declaration ??= location;
    }
  }
  return { mentions, ids, declaration };
}

export async function findReferences(ws: NavigationWorkspace, doc: OpenDocument, position: Position, includeDeclaration: boolean, token: CancelToken): Promise<Location[] | null> {
  const target = targetAt(ws, doc, position);
  if (!target) return null;
  if (target.type === 'claim') {
    const out: Location[] = [{ uri: doc.uri, range: target.range }];
    const reviewPath = reviewPathFor(doc.path);
    const record = ws.folderFor(doc.path).review(reviewPath)?.records.get(target.id);
    const text = ws.folderFor(doc.path).reviewText(reviewPath);
    if (record && text !== undefined) out.push({ uri: ws.uriOf(reviewPath), range: new LineIndex(text).range(record.start, record.end) });
    return out;
  }
  const folder = ws.folderFor(doc.path);
  const found = await entryReferences(ws, folder, target.kind, target.id, token);
  const out = [...found.mentions, ...found.ids];
  if (includeDeclaration) {
    const entry = entryOf(folder.glossary, target.kind, target.id);
    const link = found.declaration ?? (entry ? toLocation(await entryLocator(ws, folder)(entry)) : undefined);
    if (link) out.unshift(link);
  }
  return out;
}

/** `briefmark/mentions`: where one brief, or every brief of the workspace, mentions an entry; brief by brief, in document order. */
export async function mentionsOf(ws: NavigationWorkspace, params: MentionsParams, token: CancelToken): Promise<Location[]> {
  if ((params?.kind !== 'concept' && params?.kind !== 'actor') || typeof params.id !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'briefmark/mentions needs a kind ("concept" or "actor") and an id.');
  }
  await ws.ready;
  if (params.uri !== undefined) {
    await ws.document(params.uri)?.ready;
    const path = ws.keyOf(params.uri);
    return (await briefUses(ws, ws.folderFor(path), params.kind, params.id, token, path)).mentions;
  }
  await ws.settled(token);
  if (token.isCancellationRequested) throw cancelled();
  const found: Location[] = [];
  for (const folder of [...ws.folders, ws.looseFolder]) found.push(...(await briefUses(ws, folder, params.kind, params.id, token)).mentions);
  // A stable sort: the briefs in order, each brief's mentions still in document order.
  return found.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/** A definition as a plain location: the file and the id's range. */
export function toLocation(link: LocationLink | undefined): Location | undefined {
  return link ? { uri: link.targetUri, range: link.targetSelectionRange } : undefined;
}

export function prepareRename(ws: NavigationWorkspace, doc: OpenDocument, position: Position): { range: Range; placeholder: string } | null {
  const target = targetAt(ws, doc, position);
  if (!target) return null;
  if (target.type === 'entry' && !target.onId) {
    throw new ResponseError(LSPErrorCodes.RequestFailed, `Rename works on ids: put the cursor on "${target.id}" in ref=, actor=, about= or in the glossary file.`);
  }
  if (target.type === 'entry') {
    const folder = ws.folderFor(doc.path);
    const entry = entryOf(folder.glossary, target.kind, target.id);
    if (entry?.origin.startsWith('builtin:')) throw new ResponseError(LSPErrorCodes.RequestFailed, `"${target.id}" is a built-in entry: copy it into a team glossary to rename it.`);
  }
  return { range: target.range, placeholder: target.id };
}

export async function renameAt(ws: NavigationWorkspace, doc: OpenDocument, position: Position, newName: string, token: CancelToken): Promise<WorkspaceEdit | null> {
  const target = targetAt(ws, doc, position);
  if (!target) return null;
  const name = newName.trim();
  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, range: Range) => (changes[uri] ??= []).push({ range, newText: name });
  if (target.type === 'claim') {
    if (!/^[^\s{}]+$/.test(name)) throw new ResponseError(LSPErrorCodes.RequestFailed, `"${name}" cannot be a claim id: no spaces or braces.`);
    const report = ws.report(doc);
    if (report?.claims.some((c) => c.id === name)) throw new ResponseError(LSPErrorCodes.RequestFailed, `This brief already has a claim "${name}".`);
    for (const c of report?.claims ?? []) if (c.id === target.id) add(doc.uri, c.idRange);
    const reviewPath = reviewPathFor(doc.path);
    const folder = ws.folderFor(doc.path);
    const record = folder.review(reviewPath)?.records.get(target.id);
    const text = folder.reviewText(reviewPath);
    if (record && text !== undefined) add(ws.uriOf(reviewPath), new LineIndex(text).range(record.start, record.end));
    return { changes };
  }
  prepareRename(ws, doc, position);
  if (!glossarySchemas().entryId.safeParse(name).success) throw new ResponseError(LSPErrorCodes.RequestFailed, `"${name}" is not a valid id: lower-case letters and digits joined by "-", "_" or ".".`);
  const folder = ws.folderFor(doc.path);
  if (folder.glossary.concepts.has(name) || folder.glossary.actors.has(name)) throw new ResponseError(LSPErrorCodes.RequestFailed, `The glossary already has an entry "${name}".`);
  const found = await entryReferences(ws, folder, target.kind, target.id, token);
  for (const location of found.ids) add(location.uri, location.range);
  if (found.declaration) add(found.declaration.uri, found.declaration.range);
  return { changes };
}

/** At most this many workspace symbols: entries first (up to 1,000), then claims. */
const MAX_SYMBOLS = 2000;

export async function workspaceSymbols(ws: NavigationWorkspace, query: string, token: CancelToken): Promise<WorkspaceSymbol[]> {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const matches = (text: string) => wanted === '' || fuzzyIncludes(text.toLowerCase(), wanted);
  const out: WorkspaceSymbol[] = [];
  const seen = new Set<string>();
  // The loose folder (built-in glossary only) serves files outside every folder; listed beside the
  // folders without such a file, it added the built-in entries that a team glossary replaces.
  const looseInUse = ws.folders.length === 0 || [...ws.documents.values()].some((d) => ws.folderFor(d.path) === ws.looseFolder);
  for (const folder of looseInUse ? [...ws.folders, ws.looseFolder] : ws.folders) {
    const locate = entryLocator(ws, folder);
    for (const entry of folder.glossary.entries) {
      if (out.length >= 1000 || token.isCancellationRequested) break;
      const key = `${entry.origin}:${entry.kind}:${entry.id}`;
      if (seen.has(key) || !(matches(entry.label) || matches(entry.id))) continue;
      seen.add(key);
      const link = await locate(entry);
      if (!link) continue;
      out.push({ name: entry.label, kind: entry.kind === 'actor' ? SymbolKind.Class : SymbolKind.Constant, containerName: `${entry.kind} ${entry.id}`, location: { uri: link.targetUri, range: link.targetSelectionRange } });
    }
  }
  await ws.settled(token);
  // The editor asks again at each key typed in its symbol picker and cancels the last request: a
  // turn now and then lets that cancel in, since each brief's claims are decoded from its digest.
  for (const [i, brief] of ws.briefs().entries()) {
    if (out.length >= MAX_SYMBOLS) break;
    if (i % BRIEFS_PER_TURN === 0) await nextTurn();
    if (token.isCancellationRequested) throw cancelled();
    for (const claim of brief.claims()) {
      if (out.length >= MAX_SYMBOLS) break;
      if (!claim.id || !(matches(claim.id) || matches(claim.text))) continue;
      out.push({ name: `#${claim.id}`, kind: SymbolKind.Event, containerName: `claim · ${claim.status}`, location: { uri: ws.uriOf(brief.path), range: claim.idRange } });
    }
  }
  if (token.isCancellationRequested) throw cancelled();
  return out;
}

/** The query's characters in order (as editors filter symbols). */
function fuzzyIncludes(text: string, query: string): boolean {
  let at = 0;
  for (const c of query) {
    at = text.indexOf(c, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

export function cancelled(): ResponseError<void> {
  return new ResponseError(-32800, 'The request was cancelled.');
}
