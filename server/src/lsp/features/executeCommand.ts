import { ResponseError, type Connection } from 'vscode-languageserver';
import { CLAIM_KINDS, REVIEW_STATUSES, type ClaimKind, type ReviewStatus } from '../../core/types';
import { Commands, type AddEntriesToGlossaryArgs, type AddToGlossaryArgs, type CommandResult, type SetReviewArgs, type TagClaimArgs, type TagClaimsArgs } from '../../protocol';
import type { BriefmarkWorkspace, WorkspaceFiles } from '../workspace/BriefmarkWorkspace';
import { findClaim } from './findClaim';
import type { OpenDocument } from '../workspace/OpenDocument';
import { addToGlossaryEdit, editForClient, setReviewEdit, tagClaimEdit, tagClaimsEdit, takenClaimIds, type ClaimTagRequest, type EditResult } from './workspaceEdits';

/** What the server's commands read of the workspace. */
export type CommandWorkspace = Pick<BriefmarkWorkspace, 'document' | 'folderFor' | 'keyOf' | 'ready' | 'report' | 'settingsFor' | 'briefDigest'> & WorkspaceFiles;

// `workspace/executeCommand`: each command computes a WorkspaceEdit and asks the client to apply it.

export const COMMANDS = Object.values(Commands);

export interface CommandContext {
  ws: CommandWorkspace;
  connection: Connection;
  canCreateFiles: boolean;
  /** Whether the client takes `documentChanges` in a WorkspaceEdit. */
  documentChanges: boolean;
  today(): string;
}

export async function executeCommand(context: CommandContext, command: string, args: unknown[] | undefined): Promise<CommandResult> {
  const arg = (args?.[0] ?? {}) as Record<string, unknown>;
  let result: EditResult;
  switch (command) {
    case Commands.tagClaim:
      result = await tagClaim(context, arg as unknown as TagClaimArgs);
      break;
    case Commands.tagClaims:
      result = await tagClaims(context, arg as unknown as TagClaimsArgs);
      break;
    case Commands.setReview:
      result = await setReview(context, arg as unknown as SetReviewArgs);
      break;
    case Commands.addToGlossary:
      result = await addToGlossary(context, arg as unknown as AddToGlossaryArgs);
      break;
    case Commands.addEntriesToGlossary:
      result = await addEntriesToGlossary(context, arg as unknown as AddEntriesToGlossaryArgs);
      break;
    default:
      throw new ResponseError(-32602, `Unknown command "${command}".`);
  }
  if (!result.ok) return { applied: false, message: result.error };
  const edit = editForClient(result.edit, context.documentChanges);
  if (!edit) return { applied: false, message: 'The client cannot create the file this edit needs.' };
  const applied = await context.connection.workspace.applyEdit({ label: result.title, edit });
  if (!applied.applied) return { applied: false, message: applied.failureReason ?? 'The client did not apply the edit.' };
  return result.message ? { applied: true, message: result.message } : { applied: true };
}

async function tagClaim({ ws }: CommandContext, args: TagClaimArgs): Promise<EditResult> {
  if (typeof args.uri !== 'string' || !isRange(args.range)) return invalid('briefmark.tagClaim needs { uri, range }.');
  if (given(args.id) && (typeof args.id !== 'string' || !/^[^\s{}[\]#="'\\]+$/.test(args.id))) return invalid('The claim id must be one word without spaces, braces, brackets, #, = or quotes.');
  const doc = await openBrief(ws, args.uri);
  if (typeof doc === 'string') return invalid(doc);
  const attributes = checkAttributes(ws, doc, [args]);
  if (attributes) return invalid(attributes);
  return tagClaimEdit(doc, args.range, ws.report(doc)?.claims ?? [], { id: args.id || undefined, kind: args.kind || undefined, layer: args.layer || undefined, taken: takenClaimIds(ws, doc) });
}

/** Several ranges in one edit (one undo): the Claims view's "Tag Suggested Claims…". */
async function tagClaims({ ws }: CommandContext, args: TagClaimsArgs): Promise<EditResult> {
  const claims: unknown = args.claims;
  if (typeof args.uri !== 'string' || !Array.isArray(claims) || !claims.every((c) => isRange((c as ClaimTagRequest | null)?.range))) {
    return invalid('briefmark.tagClaims needs { uri, claims: [{ range, kind?, layer? }] }.');
  }
  if (claims.length === 0) return invalid('There is no claim to tag.');
  const doc = await openBrief(ws, args.uri);
  if (typeof doc === 'string') return invalid(doc);
  const requests = claims as ClaimTagRequest[];
  const attributes = checkAttributes(ws, doc, requests);
  if (attributes) return invalid(attributes);
  return tagClaimsEdit(doc, requests, ws.report(doc)?.claims ?? [], takenClaimIds(ws, doc));
}

/** The open brief at `uri`, ready; or why claims cannot be tagged there. */
async function openBrief(ws: CommandWorkspace, uri: string): Promise<OpenDocument | string> {
  const doc = ws.document(uri);
  if (!doc) return 'Open the brief first: claims are tagged in open documents.';
  await doc.ready;
  if (doc.role !== 'brief') return 'Claims are tagged in briefs (Markdown files) only.';
  if (doc.tooLarge) return 'This brief is larger than briefmark.maxFileSize, so Briefmark does not analyse it or tag its claims.';
  return doc;
}

/** The first `kind=` or `layer=` value the brief's glossary does not know, as an error message. */
function checkAttributes(ws: CommandWorkspace, doc: OpenDocument, requests: ReadonlyArray<{ kind?: unknown; layer?: unknown }>): string | undefined {
  const layers = ws.folderFor(doc.path).glossary.layers.map((l) => l.id);
  for (const { kind, layer } of requests) {
    if (given(kind) && !CLAIM_KINDS.includes(kind as ClaimKind)) return `The kind must be one of ${CLAIM_KINDS.join(', ')}.`;
    if (given(layer) && !layers.includes(layer as string)) return `Unknown layer "${String(layer)}"; layers: ${layers.join(', ')}.`;
  }
  return undefined;
}

async function setReview(context: CommandContext, args: SetReviewArgs): Promise<EditResult> {
  const { ws } = context;
  if (typeof args.uri !== 'string' || typeof args.claimId !== 'string') return invalid('briefmark.review.set needs { uri, claimId, status }.');
  if (!REVIEW_STATUSES.includes(args.status as ReviewStatus)) return invalid(`The status must be one of ${REVIEW_STATUSES.join(', ')}.`);
  const claim = await findClaim(ws, args.uri, args.claimId);
  if (!claim) return invalid(`There is no claim "#${args.claimId}" in this brief.`);
  const settings = await ws.settingsFor(args.uri);
  const reviewer = typeof args.reviewer === 'string' && args.reviewer.trim() ? args.reviewer : settings.reviewer || undefined;
  const evidence = Array.isArray(args.evidence) ? args.evidence.filter((e): e is string => typeof e === 'string') : undefined;
  const note = typeof args.note === 'string' ? args.note : undefined;
  return setReviewEdit(ws, args.uri, claim, { claimId: args.claimId, status: args.status, note, evidence, reviewer }, context.today(), context.canCreateFiles);
}

async function addToGlossary(context: CommandContext, args: AddToGlossaryArgs): Promise<EditResult> {
  if (typeof args.uri !== 'string' || typeof args.term !== 'string') return invalid('briefmark.glossary.add needs { uri, term, kind }.');
  return addEntries(context, args.uri, [args]);
}

async function addEntriesToGlossary(context: CommandContext, args: AddEntriesToGlossaryArgs): Promise<EditResult> {
  if (typeof args.uri !== 'string' || !Array.isArray(args.entries) || args.entries.some((e) => typeof e?.term !== 'string')) {
    return invalid('briefmark.glossary.addEntries needs { uri, entries: [{ term, kind }] }.');
  }
  return addEntries(context, args.uri, args.entries);
}

async function addEntries(context: CommandContext, uri: string, entries: ReadonlyArray<Omit<AddToGlossaryArgs, 'uri'>>): Promise<EditResult> {
  const { ws } = context;
  if (entries.some((e) => e.kind !== 'concept' && e.kind !== 'actor')) return invalid('The kind must be "concept" or "actor".');
  const bad = entries.find((e) => e.aliases !== undefined && (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string')));
  if (bad) return invalid('The aliases must be a list of strings.');
  await ws.ready;
  const folder = ws.folderFor(ws.keyOf(uri));
  return addToGlossaryEdit(ws, folder, uri, entries, context.canCreateFiles);
}

/** null and '' count as absent, as JSON clients may send them. */
function given(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function invalid(error: string): EditResult {
  return { ok: false, error };
}

function isRange(value: unknown): boolean {
  const r = value as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  return typeof r?.start?.line === 'number' && typeof r.start.character === 'number' && typeof r.end?.line === 'number' && typeof r.end.character === 'number';
}
