import path from 'node:path';
import { DEFAULT_OPTIONS } from '../../server/src/core/analysis/analyzeBlock';
import { analyzeDocument } from '../../server/src/core/analysis/analyzeDocument';
import { builtinGlossary } from '../../server/src/core/glossary/builtinGlossary';
import { thresholdOf } from '../../server/src/core/analysis/claimModel';
import { resolveBrief } from '../../server/src/core/analysis/resolveBrief';
import { corpusDir, loadDevelopmentGold } from './developmentGold';
import {
  addScores,
  inScope,
  majorityOf,
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

interface FileResult {
  name: string;
  /** Undefined for a file annotated for claims only. */
  mentions: Score | undefined;
  candidates: Score | undefined;
  /** Suggestions from the editor's default threshold ("likely") up, and all that the CLI lists. */
  likely: Score;
  all: Score;
  attributes: AttributeScore;
}

function evaluate(gold: GoldFile, text: string, majority: { kind: string; layer: string }): FileResult {
  const glossary = builtinGlossary();
  const report = resolveBrief(gold.corpus, analyzeDocument(text, glossary, DEFAULT_OPTIONS), undefined);
  const forMentions = (s: Span) => inScope(gold, s.line, false);
  const forClaims = (s: Span) => inScope(gold, s.line, true);
  const span = (r: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): Span =>
    // A span over a line break is scored on its first line, to the line's end.
    r.range.start.line === r.range.end.line ? { line: r.range.start.line, start: r.range.start.character, end: r.range.end.character } : { line: r.range.start.line, start: r.range.start.character, end: Number.MAX_SAFE_INTEGER };
  const claimRows = gold.rows.filter((r) => r.kind === 'claim' && forClaims(r));
  const suggestions = report.suggestions.filter((s) => forClaims(span(s)));
  const likely = suggestions.filter((s) => s.confidence >= thresholdOf('likely')).map(span);
  const result: FileResult = {
    name: gold.corpus,
    mentions: undefined,
    candidates: undefined,
    likely: scoreSuggestions(claimRows, likely),
    all: scoreSuggestions(claimRows, suggestions.map(span)),
    attributes: scoreAttributes(claimRows, inferredAttributes(tagGoldClaims(text, claimRows)), majority),
  };
  if (gold.kinds.includes('concept') || gold.kinds.includes('actor')) {
    const rows = gold.rows.filter((r) => r.kind !== 'claim' && forMentions(r));
    const mentions: Mention[] = report.mentions.map((m) => ({ ...span(m), kind: m.kind })).filter(forMentions);
    const candidates: Span[] = report.candidates.map(span).filter(forMentions);
    const lines = text.split('\n');
    const { score, missed } = scoreMentions(rows, mentions);
    result.mentions = score;
    result.candidates = scoreCandidates(rows, missed, (s) => lines[s.line]!.slice(s.start, s.end), candidates);
  }
  return result;
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

function row(name: string, m: Score, c: Score): string {
  return `| ${name} | ${m.gold} | ${m.predicted} | ${ratio(recall(m), m.gold)} | ${ratio(precision(m), m.predicted)} | ${c.gold} | ${c.predicted} | ${ratio(recall(c), c.gold)} | ${ratio(precision(c), c.predicted)} |`;
}

function claimRow(name: string, r: { likely: Score; all: Score; attributes: AttributeScore }): string {
  const a = r.attributes;
  const share = (n: number) => ratio(a.claims === 0 ? 0 : n / a.claims, a.claims);
  const level = (s: Score) => `${s.predicted} | ${ratio(recall(s), s.gold)} | ${ratio(precision(s), s.predicted)}`;
  return `| ${name} | ${r.likely.gold} | ${level(r.likely)} | ${level(r.all)} | ${share(a.kindRight)} | ${share(a.kindBaseline)} | ${share(a.layerRight)} | ${share(a.layerBaseline)} |`;
}

const ZERO: Score = { gold: 0, predicted: 0, found: 0, right: 0 };

function main(): void {
  const files = loadDevelopmentGold(ROOT);
  if (!files) {
    console.log(`eval: the development corpus ${corpusDir(ROOT)} is absent; nothing to measure.`);
    return;
  }
  const allRows = files.flatMap((f) => f.gold.rows);
  const majority = { kind: majorityOf(allRows, 'type'), layer: majorityOf(allRows, 'layer') };
  const results = files.map((f) => evaluate(f.gold, f.text, majority));
  console.log('| file | gold mentions | tagged | recall | precision | missed names | candidates | candidate recall | candidate precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let mentions = ZERO;
  let candidates = ZERO;
  for (const r of results) {
    if (!r.mentions || !r.candidates) continue;
    console.log(row(r.name, r.mentions, r.candidates));
    mentions = addScores(mentions, r.mentions);
    candidates = addScores(candidates, r.candidates);
  }
  console.log(row('**total**', mentions, candidates));
  console.log('');
  console.log(`Claims: suggestions from the editor's default threshold ("likely", confidence ≥ ${thresholdOf('likely')}) and all that \`check --format json\` lists (≥ ${thresholdOf('all')}); kind and layer with every gold claim tagged bare, beside always "${majority.kind}" and always "${majority.layer}":`);
  console.log('');
  console.log('| file | gold claims | likely: suggested | recall | precision | all: suggested | recall | precision | kind accuracy | kind baseline | layer accuracy | layer baseline |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const total = { likely: ZERO, all: ZERO, attributes: { claims: 0, kindRight: 0, layerRight: 0, kindBaseline: 0, layerBaseline: 0 } as AttributeScore };
  for (const r of results) {
    console.log(claimRow(r.name, r));
    total.likely = addScores(total.likely, r.likely);
    total.all = addScores(total.all, r.all);
    for (const k of Object.keys(total.attributes) as Array<keyof AttributeScore>) total.attributes[k] += r.attributes[k];
  }
  console.log(claimRow('**total**', total));
}

main();
