import type { EntryIndex } from '../glossary/buildGlossary';
import { buildNetwork, type Network } from '../summary/buildNetwork';
import { escapeCell } from '../text/escapeCell';
import type { ClaimReport, MentionReport } from '../analysis/resolveBrief';
import type { Range } from '../types';

// `briefmark export claims|network` and the server's `briefmark/export`: the claims register and
// the actor–concept network, formatted the same way for both.

/** The formats of each export; callers check a request against this before formatting. */
export const EXPORT_FORMATS = {
  claims: ['csv', 'json', 'markdown'],
  network: ['csv', 'json', 'markdown', 'graphml'],
} as const;

export type ExportKind = keyof typeof EXPORT_FORMATS;
export type ExportFormat = (typeof EXPORT_FORMATS)[ExportKind][number];

/** What the exports read of a brief: its claims, and its mentions (for the concepts inside a claim). */
export interface ExportDocument {
  /** As the export shows it (the CLI: relative to the current folder). */
  path: string;
  claims: readonly ClaimReport[];
  mentions: ReadonlyArray<Pick<MentionReport, 'kind' | 'id' | 'range'>>;
}

/** The briefs to export, in order, and the entries that label the network's nodes. A BriefsReport is one. */
export interface ExportInput {
  index: EntryIndex;
  documents: readonly ExportDocument[];
}

/** One export; `format` is one of EXPORT_FORMATS[what]. */
export function formatExport(input: ExportInput, what: ExportKind, format: ExportFormat): string {
  return what === 'claims' ? exportClaims(input, format) : exportNetwork(input, format);
}

const CLAIM_COLUMNS = ['path', 'line', 'id', 'status', 'layer', 'layerSource', 'kind', 'kindSource', 'actor', 'about', 'stance', 'sources', 'text'] as const;

function claimRows(report: ExportInput): Array<Record<(typeof CLAIM_COLUMNS)[number], string>> {
  return report.documents.flatMap((doc) =>
    doc.claims.map((c) => ({
      path: doc.path,
      line: String(c.range.start.line + 1),
      id: c.id ?? '',
      status: c.status,
      layer: c.layer,
      layerSource: c.layerSource,
      kind: c.kind ?? '',
      kindSource: c.kindSource,
      actor: c.actor ?? '',
      about: c.about.join(' '),
      stance: c.stance ?? '',
      sources: c.sources.join(' '),
      text: c.text,
    })),
  );
}

function exportClaims(report: ExportInput, format: ExportFormat): string {
  if (format === 'json') {
    const claims = report.documents.flatMap((doc) => doc.claims.map((c) => ({ path: doc.path, ...publicClaim(c) })));
    return JSON.stringify({ version: 1, claims }, null, 2) + '\n';
  }
  const rows = claimRows(report);
  if (format === 'csv') return toCsv([...CLAIM_COLUMNS], rows.map((r) => CLAIM_COLUMNS.map((k) => r[k])));
  const header = ['Brief', 'Line', 'Id', 'Status', 'Layer', 'Claim', 'Actor', 'About', 'Sources'];
  const lines = ['# Claims register', '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${[r.path, r.line, r.id, r.status, r.layer, r.text, r.actor, r.about, r.sources].map(escapeCell).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

function publicClaim(c: ClaimReport) {
  return { id: c.id, text: c.text, layer: c.layer, layerSource: c.layerSource, kind: c.kind, kindSource: c.kindSource, actor: c.actor, about: c.about, stance: c.stance, sources: c.sources, status: c.status, range: c.range };
}

function exportNetwork(report: ExportInput, format: ExportFormat): string {
  const network = buildNetwork(
    report.index,
    report.documents.flatMap((doc) =>
      doc.claims.map((claim) => ({
        path: doc.path,
        claim,
        concepts: doc.mentions.filter((m) => m.kind === 'concept' && within(m.range, claim.range)).map((m) => m.id),
      })),
    ),
  );
  if (format === 'graphml') return toGraphml(network);
  if (format === 'json') return JSON.stringify({ version: 1, ...network }, null, 2) + '\n';
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  if (format === 'csv') return toCsv(['source', 'target', 'source_label', 'target_label', 'stance', 'weight', 'claims'], network.edges.map((e) => [e.source, e.target, label.get(e.source)!, label.get(e.target)!, e.stance, String(e.weight), e.claims.join(' ')]));
  const lines = ['# Discourse network', '', '| Actor | Concept | Stance | Claims |', '| --- | --- | --- | ---: |'];
  for (const e of network.edges) lines.push(`| ${escapeCell(label.get(e.source)!)} | ${escapeCell(label.get(e.target)!)} | ${e.stance} | ${e.weight} |`);
  return lines.join('\n') + '\n';
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** RFC 4180 CSV; a cell starting with = + - @ is prefixed with ' so spreadsheets do not run it. */
function toCsv(header: string[], rows: string[][]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** GraphML with typed keys, as Gephi and visone read it. */
function toGraphml(network: Network): string {
  const keys = [
    ['label', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['type', 'node', 'string'],
    ['layer', 'node', 'string'],
    ['stance', 'edge', 'string'],
    ['weight', 'edge', 'double'],
    ['claims', 'edge', 'string'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([name, domain, type]) => `  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="briefmark" edgedefault="directed">',
  ];
  for (const n of network.nodes) {
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const k of ['label', 'kind', 'type', 'layer'] as const) lines.push(`      <data key="${k}">${xml(n[k])}</data>`);
    lines.push('    </node>');
  }
  network.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    lines.push(`      <data key="stance">${xml(e.stance)}</data>`, `      <data key="weight">${e.weight}</data>`, `      <data key="claims">${xml(e.claims.join(' '))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
