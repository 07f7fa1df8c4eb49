// DESIGN.md section 9: random and mutated briefs and glossaries, deterministic (seeded PRNG).
// Checks: no throw, every range inside the document, incremental result = full result.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, flattenAnalysis, updateAnalysis, type DocumentAnalysis, type TextEdit } from '../../../../server/src/core/analysis/analyzeDocument';
import { buildGlossary, type Glossary } from '../../../../server/src/core/glossary/buildGlossary';
import { isWordCode } from '../../../../server/src/core/text/foldText';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import { PieceText } from '../../../../server/src/core/text/pieceText';
import { parseReviewFile, setReviewRecord } from '../../../../server/src/core/review/reviewFile';
import { resolveBrief } from '../../../../server/src/core/analysis/resolveBrief';
import { applyEdit, builtinGlossary, comparable, prng, TEAM_YAML, teamGlossary } from '../../helpers';

const FRAGMENTS = [
  // glossary terms (team and built-in)
  'Europe', 'EU', 'US', 'U.S.', 'IT', 'it', 'us', 'Élysée', 'Elysee', 'ÉLYSÉE', 'Mistral AI', 'Mistral', 'OpenAI', 'Nvidia',
  'strategic autonomy', 'strategic\nautonomy', 'strategic autonomy gap', 'strategic independence', 'data centres', 'data center',
  'foundation models', 'open-weight model', 'open–weight models', 'AI sovereignty', 'supplies', 'AI factories', 'compute',
  'Europe’s', "Europe's", 'Europeans', 'European Union', 'United States', 'ChatGPT', 'France', 'Macron', 'technological sovereignty',
  // spans and markup
  '[', ']', '{', '}', '(', ')', '[Europe]{.notag}', '[the Élysée]{.actor ref=elysee}', '[x]{.actor ref=nope}', '[Europe]{.actor}',
  '[Mistral lags OpenAI]{.claim #c1 layer=models}', '[claim]{.claim}', '{.claim #x kind=factual stance=pro actor=openai about=compute}',
  ']{.claim #', ']{.concept ref=compute}', ']{', '{#a #b}', '{.claim .actor}', 'key="quoted \\" value"', "k='x", '"', "'", '=',
  '[@smith2020]', '@key', '[link](https://example.org/Europe)', '](', '<https://europe.eu>', 'https://www.europe.eu/x', 'www.EU.org',
  '`', '``', '`Europe`', '```', '```\n', '~~~\n', '    indented Europe\n', '<!--', '-->', '<!-- Europe -->', '<span title="EU">',
  '---\n', '---\ntitle: Europe\n---\n', '...\n', '[ref]: https://x.org\n', '- ', '1. ', '> ', '# ', '| a | b |\n',
  // white space, unicode, oddities
  ' ', ' ', '  ', '\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', '\u00a0', '\u2019', '\u2014', '😀', 'ﬁ', 'Straße', 'æ', '\u0301', '\ud800', '\u0000',
  'The', 'should', 'will', 'more than', '42%', '€10 billion', '.', ',', '. ', '? ', '\\', '*', '_',
];

const OPENINGS = ['---\ntitle: Europe\n---\n', '---\n', '---\na: 1\n\nb: EU\n...\n', '```\n', '<!--\n', '    ', '- '];

function randomBrief(rand: () => number, maxPieces: number): string {
  const count = 1 + Math.floor(rand() * maxPieces);
  // One brief in five opens with front matter or another construct that changes what follows.
  let out = rand() < 0.2 ? OPENINGS[Math.floor(rand() * OPENINGS.length)]! : '';
  for (let i = 0; i < count; i++) out += FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)]!;
  return out;
}

function randomEdit(rand: () => number, text: string): TextEdit {
  // Edits near the start (front matter) are over-represented.
  const start = rand() < 0.2 ? Math.floor(rand() * Math.min(8, text.length + 1)) : Math.floor(rand() * (text.length + 1));
  const kind = rand();
  const end = kind < 0.3 ? start : Math.min(text.length, start + Math.floor(rand() * 12));
  const insert = kind < 0.15 ? '' : randomBrief(rand, 3);
  return { start, end, text: kind > 0.3 && kind < 0.45 ? '' : insert };
}

/** A mutation of an existing text: cut, duplicate, insert a fragment or a random character. */
function mutate(rand: () => number, text: string, alphabet: readonly string[]): string {
  const at = Math.floor(rand() * (text.length + 1));
  const len = Math.floor(rand() * 20);
  switch (Math.floor(rand() * 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
    case 2:
      return text.slice(0, at) + alphabet[Math.floor(rand() * alphabet.length)]! + text.slice(at);
    case 3:
      return text.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0x3000)) + text.slice(at + 1);
    default: {
      const other = Math.floor(rand() * (text.length + 1));
      return text.slice(0, at) + text.slice(other, other + len) + text.slice(at + len);
    }
  }
}

function checkRanges(text: string, analysis: DocumentAnalysis): void {
  const n = text.length;
  const inside = (s: number, e: number, what: string) => {
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= n)) {
      throw new Error(`${what} [${s}, ${e}) is outside a document of ${n} characters: ${JSON.stringify(text)}`);
    }
  };
  const blocks = analysis.blocks;
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks[0]!.start).toBe(0);
  expect(blocks[blocks.length - 1]!.end).toBe(n);
  for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBe(blocks[i - 1]!.end);
  const flat = flattenAnalysis(analysis);
  let previousEnd = 0;
  for (const m of flat.mentions) {
    inside(m.start, m.end, 'mention');
    // Sorted, never nested or overlapping; a matched (not explicit) one starts and ends with a word
    // character. (Its neighbours may be word characters of masked text: "[@key20́Europe", "Europewww.eu".)
    if (m.start < previousEnd) throw new Error(`mention [${m.start}, ${m.end}) overlaps the one before: ${JSON.stringify(text)}`);
    previousEnd = m.end;
    if (!m.explicit && (m.start >= m.end || !isWordCode(text.charCodeAt(m.start)) || !isWordCode(text.charCodeAt(m.end - 1)))) {
      throw new Error(`mention [${m.start}, ${m.end}) is not on word boundaries: ${JSON.stringify(text)}`);
    }
  }
  for (const c of flat.claims) {
    inside(c.start, c.end, 'claim text');
    inside(c.spanStart, c.spanEnd, 'claim span');
  }
  for (const s of flat.suggestions) inside(s.start, s.end, 'suggestion');
  for (const d of flat.diagnostics) inside(d.start, d.end, `diagnostic ${d.code}`);
}

function checkPositions(text: string, analysis: DocumentAnalysis): void {
  const report = resolveBrief('fuzz.md', analysis, parseReviewFile('version: 1\nclaims:\n  c1:\n    status: verified\n    fingerprint: 00000000\n'));
  const lines = new LineIndex(text);
  const ranges = [...report.mentions.map((m) => m.range), ...report.claims.map((c) => c.range), ...report.diagnostics.map((d) => d.range), ...report.suggestions.map((s) => s.range)];
  for (const r of ranges) {
    for (const p of [r.start, r.end]) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.line).toBeLessThan(lines.lineCount);
      expect(lines.offsetAt(p)).toBeLessThanOrEqual(text.length);
    }
  }
}

function fuzzBriefs(glossary: Glossary, seed: number, cases: number, maxPieces: number): number {
  const rand = prng(seed);
  let checked = 0;
  let previous = '';
  for (let i = 0; i < cases; i++) {
    // Half the cases are fresh briefs, half mutate the previous one.
    const text = i % 2 === 0 || previous === '' ? randomBrief(rand, maxPieces) : mutate(rand, previous, FRAGMENTS);
    previous = text;
    let analysis: DocumentAnalysis;
    try {
      analysis = analyzeDocument(text, glossary);
      checkRanges(text, analysis);
      if (i % 5 === 0) checkPositions(text, analysis);
      // A sequence of edits, each compared with a full analysis of the edited text.
      // The same edits again with the text in pieces, as the language server keeps it.
      let current = analysis;
      let inPieces = analysis;
      let pieces = PieceText.of(text);
      let currentText = text;
      for (let k = 0; k < 2; k++) {
        const edit = randomEdit(rand, currentText);
        const nextText = applyEdit(currentText, edit);
        const incremental = updateAnalysis(current, edit);
        expect(incremental.text).toBe(nextText);
        const full = analyzeDocument(nextText, glossary);
        expect(comparable(incremental), `edit ${JSON.stringify(edit)} of ${JSON.stringify(currentText)}`).toEqual(comparable(full));
        checkRanges(nextText, incremental);
        pieces = pieces.edit(edit.start, edit.end, edit.text);
        inPieces = updateAnalysis(inPieces, edit, pieces);
        expect(comparable(inPieces), `in pieces: edit ${JSON.stringify(edit)} of ${JSON.stringify(currentText)}`).toEqual(comparable(full));
        current = incremental;
        currentText = nextText;
      }
    } catch (error) {
      throw new Error(`seed ${seed}, case ${i}: ${(error as Error).message}\nbrief: ${JSON.stringify(text)}`, { cause: error });
    }
    checked++;
  }
  return checked;
}

// Mutations of a valid glossary: they must come back as a file or as located errors.
const YAML_BITS = [':', ': ', '- ', '-', '[', ']', '{', '}', '"', "'", '#', '\n', '\n  ', '  ', '\t', '&a ', '*a', '!!str ', '? ', '|', '>-', '---\n', '...\n', 'id: x', 'layer: nope', 'type: robot', 'version: 2', 'aliases: [EU, EU]', 'label: ""', '\ufeff', '\u0000', '%YAML 1.2\n', '<<: *a', 'é'];

function fuzzGlossaries(seed: number, cases: number): number {
  const rand = prng(seed);
  let checked = 0;
  let files = 0;
  for (let i = 0; i < cases; i++) {
    let text = TEAM_YAML;
    const steps = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < steps; k++) text = mutate(rand, text, YAML_BITS);
    const path = i % 10 === 0 ? 'team.glossary.json' : 'team.glossary.yaml';
    if (path.endsWith('.json')) text = mutate(rand, JSON.stringify(parseGlossaryFile('x.yaml', TEAM_YAML).file, null, 2), YAML_BITS);
    try {
      const source = parseGlossaryFile(path, text);
      if (source.file) files++;
      else expect(source.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      const built = buildGlossary([source]);
      for (const diagnostics of built.diagnostics.values()) {
        for (const d of diagnostics) {
          if (!(d.start >= 0 && d.start <= d.end && d.end <= text.length)) throw new Error(`diagnostic ${d.code} [${d.start}, ${d.end}) outside ${text.length}`);
        }
      }
      // The glossary still works for analysis, whatever happened to it.
      if (i % 20 === 0) checkRanges('Europe and the EU build data centres.', analyzeDocument('Europe and the EU build data centres.', built.glossary));
    } catch (error) {
      throw new Error(`seed ${seed}, case ${i}: ${(error as Error).message}\nglossary: ${JSON.stringify(text)}`, { cause: error });
    }
    checked++;
  }
  // The mutations are not all fatal: some files still load.
  expect(files).toBeGreaterThan(0);
  expect(files).toBeLessThan(cases);
  return checked;
}

function fuzzReviewFiles(seed: number, cases: number): number {
  const rand = prng(seed);
  const base = '# reviews\nversion: 1\nclaims:\n  a:\n    status: verified # ok\n    reviewer: ana\n    fingerprint: 0123abcd\n\n  b:\n    status: disputed\n    note: "no"\n';
  let checked = 0;
  for (let i = 0; i < cases; i++) {
    let text = base;
    for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) text = mutate(rand, text, YAML_BITS);
    const parsed = parseReviewFile(text);
    for (const d of parsed.diagnostics) expect(d.end).toBeLessThanOrEqual(text.length);
    const update = setReviewRecord(text, i % 2 ? 'a' : 'new', { status: 'retracted', reviewer: 'zo' });
    if (update.ok) {
      const back = parseReviewFile(update.text);
      // A written file reads back with the record (unless the original was not a review file).
      if (parsed.valid && back.valid) expect(back.records.get(i % 2 ? 'a' : 'new')?.status).toBe('retracted');
    } else expect(update.error.length).toBeGreaterThan(0);
    checked++;
  }
  return checked;
}

// BRIEFMARK_FUZZ_SCALE=20 (and BRIEFMARK_FUZZ_SEED) run a longer, different search locally.
const SCALE = Math.max(1, Number(process.env.BRIEFMARK_FUZZ_SCALE) || 1);
const SEED = Number(process.env.BRIEFMARK_FUZZ_SEED) || 0;
const n = (cases: number) => cases * SCALE;

describe('fuzz (seeded, deterministic)', () => {
  let total = 0;

  it('random and mutated briefs against the team glossary: no throw, ranges inside, incremental = full', () => {
    total += fuzzBriefs(teamGlossary(), SEED + 0xb1ef, n(4000), 24);
  });

  it('random and mutated briefs against the built-in glossary', () => {
    total += fuzzBriefs(builtinGlossary(), SEED + 0x5eed, n(2500), 40);
  });

  it('long random briefs with many blocks', () => {
    total += fuzzBriefs(teamGlossary(), SEED + 0x10ad, n(300), 400);
  });

  it('mutated glossaries (YAML and JSON): a file or an error, diagnostics inside the text', () => {
    total += fuzzGlossaries(SEED + 0x6105, n(2500));
  });

  it('mutated review files: parse and update never throw', () => {
    total += fuzzReviewFiles(SEED + 0x7e71, n(1000));
  });

  it('ran at least 10,000 cases in total', () => {
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
