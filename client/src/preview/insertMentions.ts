import type { Token } from 'markdown-it';
import type { Glossary } from '../../../server/src/core/glossary/buildGlossary';
import { matchInlineText } from '../../../server/src/core/matching/matchInlineText';
import type { GlossaryEntry } from '../../../server/src/core/types';
import type { SpanMeta } from './bracketedSpanRule';

// Finds the untagged glossary mentions in an inline token list at render time (the glossary is only
// known then) and wraps each in `briefmark_mention_open` / `briefmark_mention_close` tokens.
// Matching runs over each run of adjacent text and line breaks, so a phrase may wrap across one
// line as in the engine; code spans, HTML and link destinations are not text tokens, and
// autolinks, `.notag`, `.actor` and `.concept` spans are skipped.

export type MentionMeta = { entry: GlossaryEntry };

export type TokenConstructor = new (type: string, tag: string, nesting: Token['nesting']) => Token;

const RUN_TYPES = new Set(['text', 'softbreak', 'hardbreak']);

/** `tokens` with the mentions wrapped; the parsed tokens are never changed (VS Code caches them). */
export function insertMentions(tokens: Token[], glossary: Glossary, TokenClass: TokenConstructor): Token[] {
  const out: Token[] = [];
  let run: Token[] = [];
  let changed = false;
  const flush = () => {
    if (run.length > 0) changed = wrapRun(run, glossary, TokenClass, out) || changed;
    run = [];
  };
  // Per open token: whether matching is off inside it.
  const skipping: boolean[] = [];
  let skipDepth = 0;
  for (const token of tokens) {
    if (skipDepth === 0 && RUN_TYPES.has(token.type)) {
      run.push(token);
      continue;
    }
    flush();
    out.push(token);
    if (token.nesting === 1) {
      const skip = stopsMatching(token);
      skipping.push(skip);
      if (skip) skipDepth++;
    } else if (token.nesting === -1 && skipping.pop()) skipDepth--;
  }
  flush();
  return changed ? out : tokens;
}

function stopsMatching(token: Token): boolean {
  if (token.type === 'link_open') return token.info === 'auto'; // autolinks and linkified URLs
  if (token.type !== 'briefmark_span_open') return false;
  const role = (token.meta as SpanMeta).role;
  return role === 'notag' || role === 'actor' || role === 'concept';
}

/** Pushes the run's tokens to `out`, text split around the mentions; true when it found any. */
function wrapRun(run: Token[], glossary: Glossary, TokenClass: TokenConstructor, out: Token[]): boolean {
  const text = run.map((t) => (t.type === 'text' ? t.content : '\n')).join('');
  const matches = matchInlineText(text, glossary.matcher);
  if (matches.length === 0) {
    out.push(...run);
    return false;
  }
  const textToken = (content: string) => Object.assign(new TokenClass('text', '', 0), { content });
  let m = 0;
  let open = false;
  let start = 0;
  for (const token of run) {
    if (token.type !== 'text') {
      out.push(token);
      start += 1;
      continue;
    }
    const end = start + token.content.length;
    let at = start;
    let split = false;
    for (; m < matches.length; open = !open) {
      const match = matches[m]!;
      const boundary = open ? match.end : match.start;
      // A mention starts in the token that holds its first character, and may end at a token's end.
      if (boundary > end || (!open && boundary === end)) break;
      if (boundary > at) out.push(textToken(token.content.slice(at - start, boundary - start)));
      if (open) {
        out.push(new TokenClass('briefmark_mention_close', 'span', -1));
        m++;
      } else {
        const mention = new TokenClass('briefmark_mention_open', 'span', 1);
        mention.meta = { entry: glossary.entries[match.entry]! } satisfies MentionMeta;
        out.push(mention);
      }
      at = boundary;
      split = true;
    }
    if (!split) out.push(token);
    else if (at < end) out.push(textToken(token.content.slice(at - start)));
    start = end;
  }
  return true;
}
