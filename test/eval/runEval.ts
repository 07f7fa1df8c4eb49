import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OPTIONS } from '../../server/src/core/analyzeBlock';
import { analyzeDocument } from '../../server/src/core/analyzeDocument';
import { builtinGlossary } from '../../server/src/core/builtinGlossary';
import { resolveBrief } from '../../server/src/core/resolveBrief';
import { addScores, parseGold, precision, recall, scoreCandidates, scoreMentions, type GoldFile, type Mention, type Score, type Span } from './scoreAnnotations';

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
}

function evaluate(gold: GoldFile, text: string): FileResult {
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
  return { name: gold.corpus, mentions: score, candidates: scoreCandidates(rows, missed, (s) => lines[s.line]!.slice(s.start, s.end), candidates) };
}

/** A share, or a dash when nothing was there to share. */
const ratio = (value: number, denominator: number) => (denominator === 0 ? '–' : value.toFixed(2));

function row(name: string, r: { mentions: Score; candidates: Score }): string {
  const m = r.mentions;
  const c = r.candidates;
  return `| ${name} | ${m.gold} | ${m.predicted} | ${ratio(recall(m), m.gold)} | ${ratio(precision(m), m.predicted)} | ${c.gold} | ${c.predicted} | ${ratio(recall(c), c.gold)} | ${ratio(precision(c), c.predicted)} |`;
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`eval: the development corpus ${CORPUS} is absent; nothing to measure.`);
    return;
  }
  const results: FileResult[] = [];
  for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.tsv')).sort()) {
    const corpus = file.replace(/\.tsv$/, '.md');
    const gold = parseGold(corpus, readFileSync(path.join(GOLD, file), 'utf8'));
    const text = readFileSync(path.join(CORPUS, corpus), 'utf8');
    const sha = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (sha !== gold.sha) console.error(`eval: ${corpus} changed since its gold was made (sha ${sha}, gold ${gold.sha}): positions may be off.`);
    results.push(evaluate(gold, text));
  }
  const zero: Score = { gold: 0, predicted: 0, found: 0, right: 0 };
  const total = results.reduce((a, r) => ({ mentions: addScores(a.mentions, r.mentions), candidates: addScores(a.candidates, r.candidates) }), { mentions: zero, candidates: zero });
  console.log('| file | gold mentions | tagged | recall | precision | missed names | candidates | candidate recall | candidate precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) console.log(row(r.name, r));
  console.log(row('**total**', total));
}

main();
