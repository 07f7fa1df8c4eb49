import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { BlockClaim } from '../../core/analysis/analyzeBlock';
import { CROSS_CUTTING_LAYER, entryOf, type Glossary } from '../../core/glossary/buildGlossary';
import { fingerprintClaim } from '../../core/review/reviewFile';
import { reviewPathFor } from '../../core/review/reviewPath';
import { statusOf } from '../../core/analysis/resolveBrief';
import { uriBaseName } from '../../core/host';
import type { GlossaryEntry } from '../../core/types';
import type { DocumentAnalyses } from '../workspace/BriefmarkWorkspace';
import { blockAt, type OpenDocument } from '../workspace/OpenDocument';

/**
 * Hover on a mention or an id in `ref=`/`actor=`/`about=`: the glossary entry. Hover inside a
 * claim: its review status too, and its layer and kind with where they come from (written, or
 * inferred from the claim's words). Reads the block under the cursor only, so it stays fast.
 */
export function hoverAt(ws: DocumentAnalyses, doc: OpenDocument, position: Position): Hover | null {
  const folder = ws.folderFor(doc.path);
  const glossary = folder.glossary;
  const analysis = doc.analyze(glossary);
  if (!analysis) return null;
  const offset = doc.document.offsetAt(position);
  const block = blockAt(analysis, offset);
  if (!block) return null;
  const at = offset - block.start;
  const result = block.result;
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  const entryHit = result.mentions.find((m) => at >= m.start && at < m.end) ?? result.refs.find((r) => at >= r.start && at <= r.end);
  if (entryHit) {
    const entry = entryOf(glossary, entryHit.kind, entryHit.id);
    if (entry) {
      parts.push(describeEntry(entry, glossary, countMentions(analysis.blocks, entry)));
      start = entryHit.start;
      end = entryHit.end;
    }
  }
  const claim = result.claims.find((c) => at >= c.spanStart && at < c.spanEnd);
  if (claim) {
    const record = claim.id ? folder.review(reviewPathFor(doc.path))?.records.get(claim.id) : undefined;
    parts.push(describeClaim(claim, record, glossary));
    if (start === -1) {
      start = claim.spanStart;
      end = claim.spanEnd;
    }
  }
  if (parts.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: doc.document.positionAt(block.start + start), end: doc.document.positionAt(block.start + end) },
  };
}

function countMentions(blocks: ReadonlyArray<{ result: { mentions: ReadonlyArray<{ id: string; kind: string }> } }>, entry: GlossaryEntry): number {
  let count = 0;
  for (const block of blocks) for (const m of block.result.mentions) if (m.id === entry.id && m.kind === entry.kind) count++;
  return count;
}

export function describeEntry(entry: GlossaryEntry, glossary: Glossary, mentions?: number): string {
  const layer = layerLabel(glossary, entry.layer);
  const facts = entry.kind === 'concept' ? ['concept', `layer: ${layer}`] : ['actor', entry.type ?? 'other', ...(entry.country ? [entry.country] : []), `layer: ${layer}`];
  const lines = [`**${escape(entry.label)}** · ${facts.map(escape).join(' · ')}`, ''];
  lines.push(entry.definition ? escape(entry.definition) : `*No ${entry.kind === 'concept' ? 'definition' : 'description'} yet.*`);
  const more: string[] = [];
  if (entry.aliases.length) more.push(`*Also:* ${entry.aliases.map(escape).join(', ')}`);
  if (entry.broader.length) more.push(`*Broader:* ${entry.broader.map((id) => escape(glossary.concepts.get(id)?.label ?? id)).join(', ')}`);
  if (entry.avoid.length) more.push(`*Avoid:* ${entry.avoid.map(escape).join(', ')}`);
  if (entry.sources.length) more.push(`*Sources:* ${entry.sources.map(formatSource).join(', ')}`);
  const origin = entry.origin.startsWith('builtin:') ? 'built-in glossary' : uriBaseName(entry.origin);
  const usage = mentions === undefined ? '' : `${mentions} mention${mentions === 1 ? '' : 's'} in this brief · `;
  more.push(`${usage}\`${entry.id}\` from ${escape(origin)}`);
  return [...lines, '', more.join('  \n')].join('\n');
}

function describeClaim(claim: BlockClaim, record: { status: string; reviewer?: string; date?: string; note?: string; evidence?: string[]; fingerprint?: string } | undefined, glossary: Glossary): string {
  const status = statusOf(record as never, fingerprintClaim(claim.text));
  const by = record?.reviewer ? ` by ${escape(record.reviewer)}` : '';
  const when = record?.date ? ` on ${escape(record.date)}` : '';
  const head = `**Claim** ${claim.id ? `\`#${claim.id}\`` : '*(no id)*'} · **${status}**${status === 'unchecked' ? '' : status === 'stale' ? ` (was ${escape(record!.status)}${by}${when}; the wording changed since)` : `${by}${when}`}`;
  const layerSource = claim.layerSource === 'explicit' ? 'set by layer=' : claim.layerSource === 'inferred' ? 'inferred from its words and mentions' : 'no layer found';
  const facts = [`*Layer:* ${escape(layerLabel(glossary, claim.layer))} (${layerSource})`];
  const kindSource = claim.kindSource === 'explicit' ? ' (set by kind=)' : claim.kindSource === 'inferred' ? ' (inferred from its wording — add kind= to set it)' : '';
  if (claim.kind) facts.push(`*Kind:* ${escape(claim.kind)}${kindSource}`);
  if (claim.actor) facts.push(`*Asserted by:* ${escape(glossary.actors.get(claim.actor)?.label ?? claim.actor)}`);
  if (claim.stance) facts.push(`*Stance:* ${escape(claim.stance)}`);
  if (claim.about.length) facts.push(`*About:* ${claim.about.map((id) => escape(glossary.concepts.get(id)?.label ?? id)).join(', ')}`);
  if (claim.sources.length) facts.push(`*Sources:* ${claim.sources.map(formatSource).join(', ')}`);
  if (record?.note) facts.push(`*Note:* ${escape(record.note)}`);
  if (record?.evidence?.length) facts.push(`*Evidence:* ${record.evidence.map(formatSource).join(', ')}`);
  return [head, '', facts.join('  \n')].join('\n');
}

function layerLabel(glossary: Glossary, id: string): string {
  return glossary.layers.find((l) => l.id === id)?.label ?? (id === CROSS_CUTTING_LAYER.id ? CROSS_CUTTING_LAYER.label : id);
}

/** A URL becomes a link (when it is a plain http(s) URL); anything else is shown as text. */
function formatSource(source: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(source) ? `[${escape(source)}](${source})` : escape(source);
}

/** Glossary and brief text is data: Markdown and HTML in it are shown, never interpreted. */
function escape(text: string): string {
  return text
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2');
}
