import { ResponseError, type Connection } from 'vscode-languageserver';
import { REVIEW_STATUSES, type ReviewStatus } from '../core/types';
import { Commands, type AddEntriesToGlossaryArgs, type AddToGlossaryArgs, type CommandResult, type SetReviewArgs, type TagClaimArgs } from '../protocol';
import type { BriefmarkWorkspace } from './BriefmarkWorkspace';
import { findClaim } from './findClaim';
import { addToGlossaryEdit, editForClient, setReviewEdit, tagClaimEdit, type EditResult } from './workspaceEdits';

// `workspace/executeCommand`: each command computes a WorkspaceEdit and asks the client to apply it.

export const COMMANDS = Object.values(Commands);

export interface CommandContext {
  ws: BriefmarkWorkspace;
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
  return applied.applied ? { applied: true } : { applied: false, message: applied.failureReason ?? 'The client did not apply the edit.' };
}

async function tagClaim({ ws }: CommandContext, args: TagClaimArgs): Promise<EditResult> {
  if (typeof args.uri !== 'string' || !isRange(args.range)) return invalid('briefmark.tagClaim needs { uri, range }.');
  const doc = ws.document(args.uri);
  if (!doc) return invalid('Open the brief first: claims are tagged in open documents.');
  await doc.ready;
  return tagClaimEdit(doc, args.range, ws.report(doc)?.claims ?? [], typeof args.id === 'string' && args.id ? args.id : undefined);
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
  const folder = ws.folderFor(ws.pathOf(uri));
  return addToGlossaryEdit(ws, folder, uri, entries, context.canCreateFiles);
}

function invalid(error: string): EditResult {
  return { ok: false, error };
}

function isRange(value: unknown): boolean {
  const r = value as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  return typeof r?.start?.line === 'number' && typeof r.start.character === 'number' && typeof r.end?.line === 'number' && typeof r.end.character === 'number';
}
