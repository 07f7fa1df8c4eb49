import type { Match, Matcher } from './buildMatcher';
import { maskText } from '../markdown/maskText';
import { scanInline } from '../markdown/scanInline';
import { tokenize } from '../text/tokenize';

/**
 * The glossary matches in one piece of inline text that a Markdown parser has already cut out of
 * its block (as the preview's text tokens are): what scanInline masks there (citation keys, bare
 * URLs, HTML tags, span attributes) is never matched, and no phrase runs across it.
 */
export function matchInlineText(text: string, matcher: Matcher): Match[] {
  const masked = maskText(text, scanInline(text).masks);
  return matcher.findMatches(masked, tokenize(masked));
}
