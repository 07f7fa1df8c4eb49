import type { MarkdownIt, Token } from 'markdown-it';
import { entryOf } from '../../../server/src/core/glossary/buildGlossary';
import { lookupPhrase } from '../../../server/src/core/analysis/analyzeBlock';
import type { ClaimStatus, EntryKind, GlossaryEntry } from '../../../server/src/core/types';
import { bracketedSpanRule, type SpanMeta } from './bracketedSpanRule';
import { insertMentions, type MentionMeta } from './insertMentions';
import type { PreviewData } from './PreviewData';
import { claimTooltip, entryTooltip } from './tooltips';

// The markdown-it side of the preview: spans are parsed from the source alone, and everything that
// needs the server's data (claim status, mentions, tooltips) happens at render time, where VS Code
// says which document it renders. Every string from a brief or a glossary is escaped, and class
// names are built only from fixed words.

/** The server's data for the document being rendered, found from markdown-it's `env`. */
export type PreviewDataSource = (env: unknown) => PreviewData | undefined;

const STATUSES: readonly ClaimStatus[] = ['unchecked', 'verified', 'disputed', 'retracted', 'stale'];

export function briefmarkPlugin(md: MarkdownIt, dataFor: PreviewDataSource): void {
  const escape = md.utils.escapeHtml;
  // markdown-it 15 keeps its Token class on parser states only.
  const TokenClass = new md.core.State('', md, {}).Token;
  md.inline.ruler.before('link', 'briefmark_span', bracketedSpanRule);

  const rules = md.renderer.rules;
  rules.briefmark_span_open = (tokens, idx, _options, env) => openSpan(tokens[idx]!.meta as SpanMeta, dataFor(env), escape);
  rules.briefmark_span_close = (tokens, idx, _options, env) => closeSpan(tokens[idx]!.meta as SpanMeta, dataFor(env));
  rules.briefmark_mention_open = (tokens, idx, _options, env) => {
    const { entry } = tokens[idx]!.meta as MentionMeta;
    return mentionOpen(entry.kind, false, tooltipOf(entry, dataFor(env)), escape);
  };
  rules.briefmark_mention_close = () => '</span>';

  const renderInline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens: Token[], options, env) => {
    const data = dataFor(env);
    return renderInline(data ? insertMentions(tokens, data.glossary, TokenClass) : tokens, options, env);
  };
}

function openSpan(meta: SpanMeta, data: PreviewData | undefined, escape: (s: string) => string): string {
  switch (meta.role) {
    case 'claim': {
      const status = claimStatus(meta, data);
      const claim = meta.id === undefined ? undefined : data?.claims.get(meta.id);
      const classes = status ? `briefmark-claim briefmark-status-${status}` : 'briefmark-claim';
      return `<span class="${classes}" title="${escape(claimTooltip(meta.id, status, claim))}">`;
    }
    case 'actor':
    case 'concept':
      return mentionOpen(meta.role, true, tooltipOf(data && explicitEntry(meta, meta.role, data), data), escape);
    case 'notag':
      return '<span class="briefmark-notag">';
    default:
      return '<span>';
  }
}

function closeSpan(meta: SpanMeta, data: PreviewData | undefined): string {
  const status = meta.role === 'claim' ? claimStatus(meta, data) : undefined;
  return status ? `<span class="briefmark-badge">${status}</span></span>` : '</span>';
}

/**
 * A claim without an id is unchecked (no review record can name it); one with an id has the status
 * the server reports, and none while the server has not reported it.
 */
function claimStatus(meta: SpanMeta, data: PreviewData | undefined): ClaimStatus | undefined {
  if (meta.id === undefined) return 'unchecked';
  const status = data?.claims.get(meta.id)?.status;
  return status && STATUSES.includes(status) ? status : undefined;
}

/** The entry an `.actor` / `.concept` span names, by `ref=` or else by its text, as the engine resolves it. */
function explicitEntry(meta: SpanMeta, kind: 'actor' | 'concept', data: PreviewData): GlossaryEntry | undefined {
  const id = meta.ref ?? lookupPhrase(meta.term, kind, data.glossary);
  return id === undefined ? undefined : entryOf(data.glossary, kind, id);
}

function mentionOpen(kind: EntryKind, explicit: boolean, title: string | undefined, escape: (s: string) => string): string {
  const classes = `briefmark-mention briefmark-${kind === 'actor' ? 'actor' : 'concept'}${explicit ? ' briefmark-explicit' : ''}`;
  return title === undefined ? `<span class="${classes}">` : `<span class="${classes}" title="${escape(title)}">`;
}

function tooltipOf(entry: GlossaryEntry | undefined, data: PreviewData | undefined): string | undefined {
  return entry && data ? entryTooltip(entry, data.glossary) : undefined;
}
