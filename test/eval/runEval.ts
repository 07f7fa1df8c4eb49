import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OPTIONS } from '../../server/src/core/analyzeBlock';
import { analyzeDocument } from '../../server/src/core/analyzeDocument';
import { builtinGlossary } from '../../server/src/core/builtinGlossary';
import { resolveBrief } from '../../server/src/core/resolveBrief';
import {
  addScores,
  majorityOf,
  parseGold,
  precision,
  recall,
  scoreAttributes,
  scoreCandidates,
  scoreMentions,
  scoreSuggestions,
  tagGoldClaims,
  type AttributeScore,
  type GoldFile,
  type Mention,
  type Score,
  type Span,
} from './scoreAnnotations';

// `npm run eval`: Briefmark's annotations of the development corpus (../shared/corpus, outside this
// repository) against the gold kept here by position (test/eval/gold/*.tsv), with the built-in
// glossary alone. Prints one Markdown table. Without ../shared it says so and exits 0.

const ROOT = path.resolve(__dirname, '..');
const GOLD = path.join(ROOT, 'test/eval/gold');
const CORPUS = path.resolve(ROOT, '../shared/corpus');

interface FileResult {
  name: string;
  mentions: Score;
  candidates: Score;
  suggestions: Score;
  attributes: AttributeScore;
}

function evaluate(gold: GoldFile, text: string, majority: { kind: string; layer: string }): FileResult {
  const glossary = builtinGlossary();
  const report = resolveBrief(gold.corpus, analyzeDocument(text, glossary, DEFAULT_OPTIONS), undefined);
  const inScope = (s: Span) => !gold.lines || (s.line >= gold.lines[0] && s.line <= gold.lines[1]);
  const span = (r: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): Span | undefined =>
    // A span over a line break is scored on its first line, to the line's end.
    r.range.start.line === r.range.end.line ? { line: r.range.start.line, start: r.range.start.character, end: r.range.end.character } : { line: r.range.start.line, start: r.range.start.character, end: Number.MAX_SAFE_INTEGER };
  const mentions: Mention[] = report.mentions.map((m) => ({ ...span(m)!, kind: m.kind })).filter(inScope);
  const candidates: Span[] = report.candidates.map((c) => span(c)!).filter(inScope);
  const rows = gold.rows.filter(inScope);
  const lines = text.split('\n');
  const { score, missed } = scoreMentions(rows, mentions);
  const suggestions = report.suggestions.map((s) => span(s)!).filter(inScope);
  return {
    name: gold.corpus,
    mentions: score,
    candidates: scoreCandidates(rows, missed, (s) => lines[s.line]!.slice(s.start, s.end), candidates),
    suggestions: scoreSuggestions(rows, suggestions),
    attributes: scoreAttributes(rows, inferredAttributes(tagGoldClaims(text, rows)), majority),
  };
}

/** The kind and layer Briefmark gives each bare claim of `tagged`, per line in order. */
function inferredAttributes(tagged: string): Map<number, Array<{ kind: string | null; layer: string }>> {
  const report = resolveBrief('tagged.md', analyzeDocument(tagged, builtinGlossary(), DEFAULT_OPTIONS), undefined);
  const byLine = new Map<number, Array<{ kind: string | null; layer: string }>>();
  for (const c of report.claims) byLine.set(c.range.start.line, [...(byLine.get(c.range.start.line) ?? []), { kind: c.kind, layer: c.layer }]);
  return byLine;
}

/** A share, or a dash when nothing was there to share. */
const ratio = (value: number, denominator: number) => (denominator === 0 ? '–' : value.toFixed(2));

function row(name: string, r: { mentions: Score; candidates: Score }): string {
  const m = r.mentions;
  const c = r.candidates;
  return `| ${name} | ${m.gold} | ${m.predicted} | ${ratio(recall(m), m.gold)} | ${ratio(precision(m), m.predicted)} | ${c.gold} | ${c.predicted} | ${ratio(recall(c), c.gold)} | ${ratio(precision(c), c.predicted)} |`;
}

function claimRow(name: string, r: { suggestions: Score; attributes: AttributeScore }): string {
  const s = r.suggestions;
  const a = r.attributes;
  const share = (n: number) => ratio(a.claims === 0 ? 0 : n / a.claims, a.claims);
  return `| ${name} | ${s.gold} | ${s.predicted} | ${ratio(recall(s), s.gold)} | ${ratio(precision(s), s.predicted)} | ${share(a.kindRight)} | ${share(a.kindBaseline)} | ${share(a.layerRight)} | ${share(a.layerBaseline)} |`;
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`eval: the development corpus ${CORPUS} is absent; nothing to measure.`);
    return;
  }
  const files = readdirSync(GOLD).filter((f) => f.endsWith('.tsv')).sort().map((file) => {
    const corpus = file.replace(/\.tsv$/, '.md');
    const gold = parseGold(corpus, readFileSync(path.join(GOLD, file), 'utf8'));
    const text = readFileSync(path.join(CORPUS, corpus), 'utf8');
    const sha = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (sha !== gold.sha) console.error(`eval: ${corpus} changed since its gold was made (sha ${sha}, gold ${gold.sha}): positions may be off.`);
    return { gold, text };
  });
  const allRows = files.flatMap((f) => f.gold.rows);
  const majority = { kind: majorityOf(allRows, 'type'), layer: majorityOf(allRows, 'layer') };
  const results = files.map((f) => evaluate(f.gold, f.text, majority));
  const zero: Score = { gold: 0, predicted: 0, found: 0, right: 0 };
  const total = results.reduce((a, r) => ({ mentions: addScores(a.mentions, r.mentions), candidates: addScores(a.candidates, r.candidates) }), { mentions: zero, candidates: zero });
  console.log('| file | gold mentions | tagged | recall | precision | missed names | candidates | candidate recall | candidate precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) console.log(row(r.name, r));
  console.log(row('**total**', total));
  console.log('');
  console.log(`Claims (gold claims tagged bare for kind and layer; baselines: always "${majority.kind}", always "${majority.layer}"):`);
  console.log('');
  console.log('| file | gold claims | suggested | suggestion recall | suggestion precision | kind accuracy | kind baseline | layer accuracy | layer baseline |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const zeroAttributes: AttributeScore = { claims: 0, kindRight: 0, layerRight: 0, kindBaseline: 0, layerBaseline: 0 };
  const claimTotal = results.reduce(
    (a, r) => ({
      suggestions: addScores(a.suggestions, r.suggestions),
      attributes: { claims: a.attributes.claims + r.attributes.claims, kindRight: a.attributes.kindRight + r.attributes.kindRight, layerRight: a.attributes.layerRight + r.attributes.layerRight, kindBaseline: a.attributes.kindBaseline + r.attributes.kindBaseline, layerBaseline: a.attributes.layerBaseline + r.attributes.layerBaseline },
    }),
    { suggestions: zero, attributes: zeroAttributes },
  );
  for (const r of results) console.log(claimRow(r.name, r));
  console.log(claimRow('**total**', claimTotal));
}

main();
