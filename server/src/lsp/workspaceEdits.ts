import { CreateFile, TextDocumentEdit, TextEdit, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import { addGlossaryEntry } from '../core/addGlossaryEntry';
import { LineIndex } from '../core/lineIndex';
import { makeClaimId } from '../core/makeClaimId';
import { minimalEdit } from '../core/minimalEdit';
import { setReviewRecord, type ReviewRecord } from '../core/reviewFile';
import { reviewPathFor } from '../core/reviewPath';
import type { ClaimReport } from '../core/resolveBrief';
import type { ReviewStatus } from '../core/types';
import type { AddToGlossaryArgs } from '../protocol';
import type { BriefmarkWorkspace } from './BriefmarkWorkspace';
import type { FolderState } from './FolderState';
import type { OpenDocument } from './OpenDocument';

// The edits Briefmark makes, each a WorkspaceEdit the client applies (so the user can undo it).

export type EditResult = { ok: true; edit: WorkspaceEdit; title: string } | { ok: false; error: string };

const NEW_GLOSSARY_NAME = 'team.glossary.yaml';

/** Wraps the selection in `[…]{.claim #id}`; never inside or across another claim. */
export function tagClaimEdit(doc: OpenDocument, range: Range, claims: readonly ClaimReport[], id?: string): EditResult {
  const text = doc.text;
  let start = doc.document.offsetAt(range.start);
  let end = doc.document.offsetAt(range.end);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return { ok: false, error: 'Select the words of the claim first.' };
  const selected = text.slice(start, end);
  if (/\n[ \t]*\r?\n/.test(selected)) return { ok: false, error: 'A claim cannot cross a blank line: select one paragraph at most.' };
  const inside = claims.find((c) => {
    const spanStart = doc.document.offsetAt(c.spanRange.start);
    const spanEnd = doc.document.offsetAt(c.spanRange.end);
    return start < spanEnd && end > spanStart;
  });
  if (inside) return { ok: false, error: `The selection overlaps the claim ${inside.id ? `#${inside.id}` : 'without an id'}: a claim cannot hold another.` };
  const taken = new Set<string>();
  for (const m of text.matchAll(/\{[^}\n]*#([^\s}]+)/g)) taken.add(m[1]!);
  const claimId = id ?? makeClaimId(selected, taken);
  const edits = [TextEdit.insert(doc.document.positionAt(start), '['), TextEdit.insert(doc.document.positionAt(end), `]{.claim #${claimId}}`)];
  return { ok: true, title: `Tag as claim #${claimId}`, edit: documentEdit(doc, edits) };
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
export async function addToGlossaryEdit(ws: BriefmarkWorkspace, folder: FolderState, briefUri: string, requests: readonly NewEntryRequest[], canCreate: boolean): Promise<EditResult> {
  if (requests.length === 0) return { ok: false, error: 'There is no term to add.' };
  const glossary = folder.glossary;
  const taken = new Set([...glossary.concepts.keys(), ...glossary.actors.keys()]);
  const target = glossaryTarget(ws, folder, briefUri);
  const existing = target.exists ? await ws.readCurrent(target.path) : undefined;
  const fileName = target.path.split(/[\\/]/).pop();
  let text = existing;
  let title = '';
  for (const request of requests) {
    const term = request.term.replace(/\s+/g, ' ').trim();
    if (!term) return { ok: false, error: 'There is no term to add.' };
    const id = request.id ?? makeClaimId(term, taken, 6);
    if (request.id && taken.has(request.id)) return { ok: false, error: `The glossary already has an entry "${request.id}".` };
    taken.add(id);
    const layer = request.layer && glossary.layers.some((l) => l.id === request.layer) ? request.layer : undefined;
    const aliases = (request.aliases ?? []).map((a) => a.replace(/\s+/g, ' ').trim()).filter((a) => a && a.toLowerCase() !== term.toLowerCase());
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

function glossaryTarget(ws: BriefmarkWorkspace, folder: FolderState, briefUri: string): { path: string; uri: string; exists: boolean } {
  const yaml = folder.glossaryPaths.find((p) => /\.ya?ml$/i.test(p));
  const path = yaml ?? folder.glossaryPaths[0];
  if (path) return { path, uri: ws.uriOf(path), exists: true };
  const base = folder.path !== undefined ? URI.parse(folder.uri) : Utils.dirname(URI.parse(briefUri));
  const uri = Utils.joinPath(base, NEW_GLOSSARY_NAME);
  return { path: ws.pathOf(uri.toString()), uri: uri.toString(), exists: false };
}

/** The smallest replacement that turns `before` into `after`, as an edit of the document. */
function wholeFileEdit(ws: BriefmarkWorkspace, uri: string, before: string, after: string): WorkspaceEdit {
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
export async function setReviewEdit(ws: BriefmarkWorkspace, briefUri: string, claim: ClaimReport, request: ReviewRequest, today: string, canCreate: boolean): Promise<EditResult> {
  const reviewPath = reviewPathFor(ws.pathOf(briefUri));
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
