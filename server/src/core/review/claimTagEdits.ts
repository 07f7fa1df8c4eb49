import { makeClaimId } from './makeClaimId';
import type { LayerSource } from '../types';

// The markup that tags sentences as claims: `[` before each, `]{.claim #id kind=… layer=…}` after,
// as insertions only, so nothing the writer wrote changes. Used by the "Tag as claim" quick fix,
// "Tag Suggested Claims…" and `briefmark tag`.

export interface ClaimToTag {
  start: number;
  end: number;
  kind?: string;
  layer?: string;
}

/** Text to insert at an offset of the original text. */
export interface Insertion {
  at: number;
  text: string;
}

/** The claim ids written in `text` (`{… #id …}`), so new ids do not repeat them. */
export function claimIdsIn(text: string): Set<string> {
  const taken = new Set<string>();
  for (const m of text.matchAll(/\{[^}\n]*#([^\s}]+)/g)) taken.add(m[1]!);
  return taken;
}

/**
 * The insertions that tag `spans` (offsets into `text`), in document order. A span that overlaps
 * a tagged claim (`claims`, whole spans `[` to `}`) or a span before it is left out and listed in
 * `skipped`: a claim never holds or crosses another.
 */
export function claimTagEdits(
  text: string,
  spans: readonly ClaimToTag[],
  claims: ReadonlyArray<{ start: number; end: number }>,
  taken: Set<string> = claimIdsIn(text),
): { insertions: Insertion[]; ids: string[]; skipped: ClaimToTag[] } {
  const insertions: Insertion[] = [];
  const ids: string[] = [];
  const skipped: ClaimToTag[] = [];
  const placed: Array<{ start: number; end: number }> = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const overlaps = (c: { start: number; end: number }) => span.start < c.end && span.end > c.start;
    if (span.end <= span.start || span.start < 0 || span.end > text.length || claims.some(overlaps) || placed.some(overlaps)) {
      skipped.push(span);
      continue;
    }
    const id = makeClaimId(text.slice(span.start, span.end), taken);
    taken.add(id);
    ids.push(id);
    placed.push(span);
    insertions.push({ at: span.start, text: '[' }, { at: span.end, text: `]{${claimAttributes(id, span.kind, span.layer)}}` });
  }
  return { insertions, ids, skipped };
}

/** The layer a tag of a suggestion writes: none when nothing in the sentence points to one (it stays cross-cutting by default). */
export function layerToWrite(s: { layer: string; layerSource: LayerSource }): string | undefined {
  return s.layerSource === 'none' ? undefined : s.layer;
}

/** `.claim #id kind=… layer=…`, with the attributes that are known. */
export function claimAttributes(id: string, kind?: string, layer?: string): string {
  return `.claim #${id}${kind ? ` kind=${kind}` : ''}${layer ? ` layer=${layer}` : ''}`;
}

/** `text` with the insertions made (they are in document order; equal offsets keep their order). */
export function applyInsertions(text: string, insertions: readonly Insertion[]): string {
  let out = '';
  let at = 0;
  for (const i of insertions) {
    out += text.slice(at, i.at) + i.text;
    at = i.at;
  }
  return out + text.slice(at);
}
