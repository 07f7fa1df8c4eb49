import type { StateInline } from 'markdown-it';
import { scanInline, type Span } from '../../../server/src/core/markdown/scanInline';

// Parses `[text]{attributes}` into `briefmark_span_open` / `briefmark_span_close` tokens around the
// span's inline content, so the `{…}` never reaches the output. Which spans exist is decided by the
// core's scanInline, as in the engine. Only what the source says goes into the tokens: VS Code
// parses without telling which document it is, and caches the tokens per document version.

export type SpanRole = 'claim' | 'actor' | 'concept' | 'notag';

/** What a span's open and close tokens carry (a type alias: markdown-it's `meta` is a Record). */
export type SpanMeta = {
  /** The span's Briefmark class; undefined for a span with none (rendered as a plain `<span>`). */
  role: SpanRole | undefined;
  /** The `#id`. */
  id: string | undefined;
  /** The `ref=` value. */
  ref: string | undefined;
  /** The text between the brackets as written: an explicit mention without `ref=` is looked up by it. */
  term: string;
};

const ROLES: readonly string[] = ['claim', 'actor', 'concept', 'notag'];

// The rule is asked at every `[` of an inline source; scanInline reads the source once for all of them.
const spansBySource = new WeakMap<StateInline, Map<number, Span>>();

export function bracketedSpanRule(state: StateInline, silent: boolean): boolean {
  // Silent calls come from a link's label being measured: a token starting with `[` there reads as
  // a nested link, which cancels the outer link. Read as text, the span keeps the link intact.
  if (silent || state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const span = spansOf(state).get(state.pos);
  if (!span || span.attrEnd > state.posMax) return false;
  const meta = spanMeta(state.src, span);
  state.push('briefmark_span_open', 'span', 1).meta = meta;
  const max = state.posMax;
  state.pos = span.textStart;
  state.posMax = span.textEnd;
  state.md.inline.tokenize(state);
  state.posMax = max;
  state.push('briefmark_span_close', 'span', -1).meta = meta;
  state.pos = span.attrEnd;
  return true;
}

function spansOf(state: StateInline): Map<number, Span> {
  let spans = spansBySource.get(state);
  if (!spans) {
    spans = new Map(scanInline(state.src).spans.map((span) => [span.open, span]));
    spansBySource.set(state, spans);
  }
  return spans;
}

function spanMeta(src: string, span: Span): SpanMeta {
  const { classes, id, values } = span.attributes;
  // The first Briefmark class decides, as in the engine.
  const role = classes.find((c) => ROLES.includes(c.name))?.name as SpanRole | undefined;
  return { role, id: id?.value, ref: values.get('ref')?.value, term: src.slice(span.textStart, span.textEnd) };
}
