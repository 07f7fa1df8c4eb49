// Blanking out what must never be matched (code, comments, attributes…) keeps every offset in
// place, so matches found in the masked text are ranges of the original.
const MASK = '\u0000';

/** `text` with each [start, end) pair of `masks` blanked out. */
export function maskText(text: string, masks: readonly number[]): string {
  if (masks.length === 0) return text;
  const sorted = inOrder(masks) ? masks : sortPairs(masks);
  // Joined, not concatenated: `+=` makes a rope that the tokeniser's first read flattens into a
  // second copy of the block.
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < sorted.length; i += 2) {
    const end = sorted[i + 1]!;
    if (end <= at) continue;
    const from = Math.max(sorted[i]!, at);
    if (from > at) parts.push(text.slice(at, from));
    parts.push(MASK.repeat(end - from));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts.join('');
}

function inOrder(masks: readonly number[]): boolean {
  for (let i = 2; i < masks.length; i += 2) if (masks[i]! < masks[i - 2]!) return false;
  return true;
}

/** The pairs in order of start (a stable sort: pairs with one start keep their order). */
function sortPairs(masks: readonly number[]): number[] {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < masks.length; i += 2) pairs.push([masks[i]!, masks[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}
