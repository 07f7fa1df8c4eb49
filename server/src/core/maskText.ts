// Blanking out what must never be matched (code, comments, attributes…) keeps every offset in
// place, so matches found in the masked text are ranges of the original.
const MASK = '\u0000';

/** `text` with each [start, end) pair of `masks` blanked out. */
export function maskText(text: string, masks: readonly number[]): string {
  if (masks.length === 0) return text;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < masks.length; i += 2) pairs.push([masks[i]!, masks[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of pairs) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + MASK.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}
