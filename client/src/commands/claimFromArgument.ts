import type { ClaimItem } from '../../../server/src/protocol';

/**
 * The claim a command was given: a Claims/Layers view node (which carries its claim) or a claim
 * itself. Anything else (no argument, the editor's URI from a context menu) gives undefined.
 */
export function claimFromArgument(arg: unknown): ClaimItem | undefined {
  const candidate = isRecord(arg) && isRecord(arg.claim) ? arg.claim : arg;
  return isClaimItem(candidate) ? candidate : undefined;
}

function isClaimItem(value: unknown): value is ClaimItem {
  return isRecord(value) && typeof value.uri === 'string' && typeof value.text === 'string' && typeof value.status === 'string' && isRecord(value.range);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
