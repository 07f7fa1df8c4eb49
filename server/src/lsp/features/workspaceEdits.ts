import { CreateFile, TextDocumentEdit, TextEdit, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import { addGlossaryEntry } from '../../core/glossary/addGlossaryEntry';
import { uriBaseName } from '../../core/host';
import { claimAttributes, claimIdsIn, claimTagEdits, type ClaimToTag, type Insertion } from '../../core/review/claimTagEdits';
import { LineIndex } from '../../core/text/lineIndex';
import { makeClaimId } from '../../core/review/makeClaimId';
import { squash } from '../../core/text/foldText';
import { minimalEdit } from '../../core/text/minimalEdit';
import { setReviewRecord, type ReviewRecord } from '../../core/review/reviewFile';
import { reviewPathFor } from '../../core/review/reviewPath';
import type { ClaimReport } from '../../core/analysis/resolveBrief';
import type { ReviewStatus } from '../../core/types';
import type { AddToGlossaryArgs } from '../../protocol';
import type { DocumentAnalyses, WorkspaceFiles } from '../workspace/BriefmarkWorkspace';
import type { FolderState } from '../workspace/FolderState';
import type { OpenDocument } from '../workspace/OpenDocument';

// The edits Briefmark makes, each a WorkspaceEdit the client applies (so the user can undo it).

/** `message`: what the user should know although the edit is made (e.g. ranges that were skipped). */
export type EditResult = { ok: true; edit: WorkspaceEdit; title: string; message?: string } | { ok: false; error: string };

const NEW_GLOSSARY_NAME = 'team.glossary.yaml';

/** A range to tag as a claim, with the `kind=` and `layer=` to write (both optional). */
export interface ClaimTagRequest {
  range: Range;
  kind?: string;
  layer?: string;
}

/**
 * The ids a new claim must not take: those written in the brief, and those its review sidecar
 * still holds a record for (a new claim must not inherit a review it never had).
 */
export function takenClaimIds(ws: Pick<DocumentAnalyses, 'folderFor'>, doc: OpenDocument): Set<string> {
  const taken = claimIdsIn(doc.text);
  const review = ws.folderFor(doc.path).review(reviewPathFor(doc.path));
  for (const id of review?.records.keys() ?? []) taken.add(id);
  return taken;
}

/**
 * Wraps the selection in `[…]{.claim #id kind=… layer=…}` (claimTagEdits' markup); never inside
 * or across another claim. `id` is written as given; otherwise one is made from the words that
 * is not in `taken` (by default, the ids written in the brief).
 */
export function tagClaimEdit(
  doc: OpenDocument,
  range: Range,
  claims: readonly ClaimReport[],
  options: { id?: string; kind?: string; layer?: string; taken?: Set<string> } = {},
): EditResult {
  const span = trimmedSpan(doc, range);
  if (typeof span === 'string') return { ok: false, error: span === 'empty' ? 'Select the words of the claim first.' : 'A claim cannot cross a blank line: select one paragraph at most.' };
  const inside = claims.find((c) => overlaps(span, claimSpan(doc, c)));
  if (inside) return { ok: false, error: `The selection overlaps the claim ${inside.id ? `#${inside.id}` : 'without an id'}: a claim cannot hold another.` };
  const { kind, layer } = options;
  let id = options.id;
  let insertions: Insertion[];
  if (id) insertions = [{ at: span.start, text: '[' }, { at: span.end, text: `]{${claimAttributes(id, kind, layer)}}` }];
  else {
    const tagged = claimTagEdits(doc.text, [{ ...span, kind, layer }], [], options.taken ?? claimIdsIn(doc.text));
    id = tagged.ids[0];
    insertions = tagged.insertions;
    if (!id) return { ok: false, error: 'Select the words of the claim first.' };
  }
  return { ok: true, title: `Tag as claim #${id}`, edit: documentEdit(doc, insertionEdits(doc, insertions)) };
}

/**
 * Tags several ranges at once: one edit, so one undo removes every new claim. A range that is
 * empty, crosses a blank line, or overlaps a claim or an earlier range of the list is skipped,
 * and the result's message says which and why; the ids are unique (see takenClaimIds).
 */
export function tagClaimsEdit(doc: OpenDocument, requests: readonly ClaimTagRequest[], claims: readonly ClaimReport[], taken: Set<string>): EditResult {
  const spans: ClaimToTag[] = [];
  const lineOf = new Map<ClaimToTag, number>();
  const skipped: Array<{ line: number; reason: string }> = [];
  for (const request of requests) {
    const span = trimmedSpan(doc, request.range);
    const line = (typeof span === 'string' ? request.range.start.line : doc.document.positionAt(span.start).line) + 1;
    if (span === 'empty') skipped.push({ line, reason: 'has no words to tag' });
    else if (span === 'blank line') skipped.push({ line, reason: 'crosses a blank line' });
    else {
      const item: ClaimToTag = { ...span, kind: request.kind, layer: request.layer };
      spans.push(item);
      lineOf.set(item, line);
    }
  }
  const claimSpans = claims.map((c) => ({ claim: c, ...claimSpan(doc, c) }));
  const tagged = claimTagEdits(doc.text, spans, claimSpans, taken);
  for (const span of tagged.skipped) {
    const claim = claimSpans.find((c) => overlaps(span, c))?.claim;
    const reason = claim ? `overlaps the claim ${claim.id ? `#${claim.id}` : 'without an id'}` : 'overlaps another range of the list';
    skipped.push({ line: lineOf.get(span) ?? 0, reason });
  }
  skipped.sort((a, b) => a.line - b.line);
  const why = skipped.map((s) => `line ${s.line} ${s.reason}`).join('; ');
  const count = tagged.ids.length;
  if (count === 0) return { ok: false, error: requests.length === 0 ? 'There is no claim to tag.' : `Nothing was tagged: ${why}.` };
  const title = count === 1 ? `Tag as claim #${tagged.ids[0]}` : `Tag ${count} claims`;
  const message = skipped.length ? `Tagged ${count} claim${count === 1 ? '' : 's'}; skipped ${skipped.length}: ${why}.` : undefined;
  return { ok: true, title, edit: documentEdit(doc, insertionEdits(doc, tagged.insertions)), ...(message ? { message } : {}) };
}

/** The range as offsets without the white space around it; 'empty' or 'blank line' when it cannot be a claim. */
function trimmedSpan(doc: OpenDocument, range: Range): { start: number; end: number } | 'empty' | 'blank line' {
  const text = doc.text;
  let start = doc.document.offsetAt(range.start);
  let end = doc.document.offsetAt(range.end);
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return 'empty';
  if (/\n[ \t]*\r?\n/.test(text.slice(start, end))) return 'blank line';
  return { start, end };
}

/** A claim's whole span, `[` to `}`, as offsets. */
function claimSpan(doc: OpenDocument, claim: ClaimReport): { start: number; end: number } {
  return { start: doc.document.offsetAt(claim.spanRange.start), end: doc.document.offsetAt(claim.spanRange.end) };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && a.end > b.start;
}

/** Insertions in document order as text edits; at one offset, LSP keeps the array's order. */
function insertionEdits(doc: OpenDocument, insertions: readonly Insertion[]): TextEdit[] {
  return insertions.map((i) => TextEdit.insert(doc.document.positionAt(i.at), i.text));
}

/** Inserts ` #id` after `.claim` in the claim's attributes. */
export function addClaimIdEdit(doc: OpenDocument, claim: ClaimReport, taken: ReadonlySet<string>): EditResult {
  const text = doc.text;
  const spanEnd = doc.document.offsetAt(claim.spanRange.end);
  const brace = text.lastIndexOf('{', spanEnd);
  const dotClaim = text.indexOf('.claim', brace);
  if (brace === -1 || dotClaim === -1 || dotClaim > spanEnd) return { ok: false, error: 'The claim’s attributes were not found.' };
  const id = makeClaimId(claim.text, taken);
  return { ok: true, title: `Add claim id #${id}`, edit: documentEdit(doc, [TextEdit.insert(doc.document.positionAt(dotClaim + '.claim'.length), ` #${id}`)]) };
}

export function replaceEdit(doc: OpenDocument, range: Range, newText: string, title: string): EditResult {
  return { ok: true, title, edit: documentEdit(doc, [TextEdit.replace(range, newText)]) };
}

/**
 * The edit as the client can take it: clients without `documentChanges` get `changes`; an edit
 * that creates a file needs `documentChanges` and is then undefined.
 */
export function editForClient(edit: WorkspaceEdit, documentChanges: boolean): WorkspaceEdit | undefined {
  if (documentChanges || !edit.documentChanges) return edit;
  const changes: Record<string, TextEdit[]> = {};
  for (const change of edit.documentChanges) {
    if (!('textDocument' in change)) return undefined;
    (changes[change.textDocument.uri] ??= []).push(...(change.edits as TextEdit[]));
  }
  return { changes };
}

function documentEdit(doc: OpenDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.document.version }, edits)] };
}

export type NewEntryRequest = Omit<AddToGlossaryArgs, 'uri'>;

/** Adds entries to the folder's first team glossary, or creates `team.glossary.yaml`: one edit, one undo. */
export async function addToGlossaryEdit(ws: WorkspaceFiles, folder: FolderState, briefUri: string, requests: readonly NewEntryRequest[], canCreate: boolean): Promise<EditResult> {
  if (requests.length === 0) return { ok: false, error: 'There is no term to add.' };
  const glossary = folder.glossary;
  const taken = new Set([...glossary.concepts.keys(), ...glossary.actors.keys()]);
  const target = glossaryTarget(ws, folder, briefUri);
  const existing = target.exists ? await ws.readCurrent(target.path) : undefined;
  const fileName = uriBaseName(target.path);
  let text = existing;
  let title = '';
  for (const request of requests) {
    const term = squash(request.term);
    if (!term) return { ok: false, error: 'There is no term to add.' };
    const id = request.id ?? makeClaimId(term, taken, 6);
    if (request.id && taken.has(request.id)) return { ok: false, error: `The glossary already has an entry "${request.id}".` };
    taken.add(id);
    const layer = request.layer && glossary.layers.some((l) => l.id === request.layer) ? request.layer : undefined;
    const aliases = (request.aliases ?? []).map(squash).filter((a) => a && a.toLowerCase() !== term.toLowerCase());
    const update = addGlossaryEntry(text, target.path, { kind: request.kind, id, label: term, aliases, layer, definition: request.definition, type: request.type });
    if (!update.ok) return { ok: false, error: update.error };
    text = update.text;
    title = `Add "${term}" to ${fileName} as ${request.kind} "${id}"`;
  }
  if (requests.length > 1) title = `Add ${requests.length} entries to ${fileName}`;
  if (existing === undefined) {
    if (!canCreate) return { ok: false, error: `There is no team glossary yet, and the client cannot create ${NEW_GLOSSARY_NAME}.` };
    return {
      ok: true,
      title,
      edit: {
        documentChanges: [
          CreateFile.create(target.uri, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri: target.uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, text!)]),
        ],
      },
    };
  }
  return { ok: true, title, edit: wholeFileEdit(ws, target.uri, existing, text!) };
}

function glossaryTarget(ws: WorkspaceFiles, folder: FolderState, briefUri: string): { path: string; uri: string; exists: boolean } {
  const yaml = folder.glossaryPaths.find((p) => /\.ya?ml$/i.test(p));
  const path = yaml ?? folder.glossaryPaths[0];
  if (path) return { path, uri: ws.uriOf(path), exists: true };
  const base = folder.root !== undefined ? URI.parse(folder.uri) : Utils.dirname(URI.parse(briefUri));
  const uri = Utils.joinPath(base, NEW_GLOSSARY_NAME);
  return { path: ws.keyOf(uri.toString()), uri: uri.toString(), exists: false };
}

/** The smallest replacement that turns `before` into `after`, as an edit of the document. */
function wholeFileEdit(ws: WorkspaceFiles, uri: string, before: string, after: string): WorkspaceEdit {
  const change = minimalEdit(before, after);
  const lines = new LineIndex(before);
  const edits = change ? [TextEdit.replace(lines.range(change.start, change.end), change.text)] : [];
  const open = ws.document(uri);
  return { documentChanges: [TextDocumentEdit.create({ uri, version: open ? open.document.version : null }, edits)] };
}

export interface ReviewRequest {
  claimId: string;
  status: ReviewStatus;
  note?: string;
  evidence?: string[];
  reviewer?: string;
}

/** Writes the claim's record into the brief's review sidecar (created when missing). */
export async function setReviewEdit(ws: WorkspaceFiles, briefUri: string, claim: ClaimReport, request: ReviewRequest, today: string, canCreate: boolean): Promise<EditResult> {
  const reviewPath = reviewPathFor(ws.keyOf(briefUri));
  const reviewUri = ws.uriOf(reviewPath);
  const existing = await ws.readCurrent(reviewPath);
  const record: ReviewRecord = { status: request.status, date: today, fingerprint: claim.fingerprint };
  if (request.reviewer?.trim()) record.reviewer = request.reviewer.trim();
  if (request.note?.trim()) record.note = request.note.trim();
  const evidence = (request.evidence ?? []).map((e) => e.trim()).filter(Boolean);
  if (evidence.length) record.evidence = evidence;
  const update = setReviewRecord(existing, request.claimId, record);
  if (!update.ok) return { ok: false, error: update.error };
  const title = `Mark claim #${request.claimId} ${request.status}`;
  if (existing === undefined) {
    if (!canCreate) return { ok: false, error: 'The review file does not exist yet, and the client cannot create files.' };
    return {
      ok: true,
      title,
      edit: {
        documentChanges: [
          CreateFile.create(reviewUri, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri: reviewUri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, update.text)]),
        ],
      },
    };
  }
  return { ok: true, title, edit: wholeFileEdit(ws, reviewUri, existing, update.text) };
}
