import type { BriefsReport } from '../core/analysis/analyzeBriefs';
import type { Summary } from '../core/summary/summarizeLayers';
import { CLAIM_KINDS, type Diagnostic, type Severity } from '../core/types';
import { escapeCell } from '../core/text/escapeCell';
import { pad, type Style } from './style';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

/** `briefmark check` for a person: findings per file, aligned, then one line of totals. */
export function formatCheckText(report: BriefsReport, style: Style): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const paint: Record<Severity, (s: string) => string> = { error: style.red, warning: style.yellow, information: style.blue, hint: style.dim };
  for (const doc of report.documents) {
    if (doc.diagnostics.length === 0) continue;
    lines.push(style.bold(doc.path));
    const sorted = [...doc.diagnostics].sort(byPosition);
    const where = sorted.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const whereWidth = Math.max(...where.map((w) => w.length));
    const codeWidth = Math.max(...sorted.map((d) => d.code.length));
    sorted.forEach((d, i) => {
      counts[d.severity]++;
      lines.push(`  ${style.dim(pad(where[i]!, whereWidth))}  ${paint[d.severity](pad(d.severity, 11))} ${style.dim(pad(d.code, codeWidth))}  ${d.message}${quote(doc, d, style)}`);
    });
    lines.push('');
  }
  const briefs = report.documents.filter((d) => d.role === 'brief');
  const mentions = briefs.reduce((n, d) => n + d.mentions.length, 0);
  const claims = briefs.flatMap((d) => d.claims);
  const byStatus = new Map<string, number>();
  for (const c of claims) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
  const statusText = [...byStatus].map(([s, n]) => `${n} ${s}`).join(', ');
  const findings = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => paint[s](`${counts[s]} ${plural(s, counts[s])}`));
  const mark = counts.error > 0 ? style.red('✖') : counts.warning > 0 ? style.yellow('⚠') : style.green('✔');
  lines.push(
    `${mark} ${findings.length ? findings.join(', ') : 'no problems'} in ${briefs.length} ${briefs.length === 1 ? 'brief' : 'briefs'}` +
      ` · ${mentions} ${mentions === 1 ? 'mention' : 'mentions'} · ${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}${statusText ? ` (${statusText})` : ''}`,
  );
  return lines.join('\n') + '\n';
}

/** For a possible claim, its confidence and the start of the sentence: in a terminal there is no highlight to show it. */
function quote(doc: BriefsReport['documents'][number], d: Diagnostic, style: Style): string {
  if (d.code !== 'possible-claim') return '';
  const s = doc.suggestions.find((x) => x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
  if (!s) return '';
  return style.dim(` (confidence ${s.confidence.toFixed(2)}) “${s.text.length > 60 ? s.text.slice(0, 59).trimEnd() + '…' : s.text}”`);
}

function plural(severity: Severity, n: number): string {
  const word = severity === 'information' ? 'info' : severity;
  return n === 1 || word === 'info' ? word : word + 's';
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** `briefmark summary` for a person: per layer, concepts, actors and claims; gaps shown. */
export function formatSummaryText(report: BriefsReport, style: Style): string {
  const briefs = report.documents.filter((d) => d.role === 'brief').length;
  const g = report.glossary;
  const source = [g.builtin ? 'built-in' : '', ...g.files].filter(Boolean).join(' + ') || 'none';
  const lines = [`${style.bold('Briefmark summary')} · ${briefs} ${briefs === 1 ? 'brief' : 'briefs'} · glossary: ${source} (${g.concepts} concepts, ${g.actors} actors)`, ''];
  for (const layer of report.summary.layers) {
    const empty = layer.concepts.length === 0 && layer.actors.length === 0 && layer.claims.total === 0;
    lines.push(style.bold(style.cyan(layer.label)) + (empty ? style.dim('  — nothing in this layer yet (a gap)') : ''));
    if (empty) {
      lines.push('');
      continue;
    }
    lines.push(`  ${pad('concepts', 9)} ${listCounts(layer.concepts, style)}`);
    lines.push(`  ${pad('actors', 9)} ${listCounts(layer.actors, style)}`);
    lines.push(`  ${pad('claims', 9)} ${claimLine(layer, style)}`);
    if (layer.claims.total > 0) lines.push(`  ${pad('kinds', 9)} ${kindList(layer)} ${style.dim(`(${kindOrigin(layer)})`)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function listCounts(items: Summary['layers'][number]['concepts'], style: Style): string {
  if (items.length === 0) return style.dim('—');
  const total = items.reduce((n, i) => n + i.count, 0);
  const shown = items.slice(0, 12).map((i) => `${i.label} ${style.dim('×' + i.count)}`);
  const more = items.length > 12 ? style.dim(` … and ${items.length - 12} more`) : '';
  return `${style.dim(`${items.length} (${total} ${total === 1 ? "mention" : "mentions"}):`)} ${shown.join(', ')}${more}`;
}

function claimLine(layer: Summary['layers'][number], style: Style): string {
  const c = layer.claims;
  if (c.total === 0) return style.dim('—');
  const parts = (['verified', 'unchecked', 'stale', 'disputed', 'retracted'] as const).filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`);
  const how = layer.claimLayerSources;
  const origin = [how.explicit ? `${how.explicit} by layer=` : '', how.inferred ? `${how.inferred} inferred` : '', how.none ? `${how.none} without layer` : ''].filter(Boolean).join(', ');
  return `${c.total}: ${parts.join(', ')} ${style.dim(`(${origin})`)}`;
}

/** The claims per kind, most first: `2 normative, 1 factual`. */
function kindList(layer: Summary['layers'][number]): string {
  const kinds = CLAIM_KINDS.filter((k) => layer.claimKinds[k] > 0).sort((a, b) => layer.claimKinds[b] - layer.claimKinds[a]);
  return kinds.length ? kinds.map((k) => `${layer.claimKinds[k]} ${k}`).join(', ') : 'no kind';
}

/** How the claims got their kind: `1 by kind=, 2 inferred`. */
function kindOrigin(layer: Summary['layers'][number]): string {
  const how = layer.claimKindSources;
  return [how.explicit ? `${how.explicit} by kind=` : '', how.inferred ? `${how.inferred} inferred` : '', how.none ? `${how.none} without kind` : ''].filter(Boolean).join(', ');
}

/** `briefmark summary --format markdown`: a table per layer, for pasting into a brief or a PR. */
export function formatSummaryMarkdown(report: BriefsReport): string {
  const lines = ['# Briefmark summary', '', '| Layer | Concepts | Actors | Claims | Verified | Unchecked | Stale | Disputed | Retracted | Kinds |', '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const layer of report.summary.layers) {
    const c = layer.claims;
    const names = (items: typeof layer.concepts) => (items.length ? items.map((i) => `${escapeCell(i.label)} (${i.count})`).join(', ') : '—');
    const kinds = c.total ? `${kindList(layer)} (${kindOrigin(layer)})` : '—';
    lines.push(`| ${escapeCell(layer.label)} | ${names(layer.concepts)} | ${names(layer.actors)} | ${c.total} | ${c.verified} | ${c.unchecked} | ${c.stale} | ${c.disputed} | ${c.retracted} | ${kinds} |`);
  }
  const gaps = report.summary.layers.filter((l) => l.concepts.length + l.actors.length + l.claims.total === 0);
  if (gaps.length) lines.push('', `Gaps: ${gaps.map((l) => l.label).join(', ')}.`);
  return lines.join('\n') + '\n';
}
