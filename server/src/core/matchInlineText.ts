import type { Match, Matcher } from './buildMatcher';
import { scanInline } from './scanInline';
import { tokenize } from './tokenize';

const MASK = '\u0000';

/**
 * The glossary matches in one piece of inline text that a Markdown parser has already cut out of
 * its block (as the preview's text tokens are): what scanInline masks there (citation keys, bare
 * URLs, HTML tags, span attributes) is never matched, and no phrase runs across it.
 */
export function matchInlineText(text: string, matcher: Matcher): Match[] {
  const masked = maskText(text, scanInline(text).masks);
  return matcher.findMatches(masked, tokenize(masked));
}

/** `text` with each [start, end) pair of `masks` blanked out. */
function maskText(text: string, masks: readonly number[]): string {
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
