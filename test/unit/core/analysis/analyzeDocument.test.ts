import { describe, expect, it } from 'vitest';
import { analyzeDocument, flattenAnalysis, forEachBlock, updateAnalysis, type AnalyzedBlock, type TextEdit } from '../../../../server/src/core/analysis/analyzeDocument';
import { PieceText } from '../../../../server/src/core/text/pieceText';
import { analyze, applyEdit, builtinGlossary, comparable, find, mentionsOf, prng, teamGlossary } from '../../helpers';

describe('analyzeDocument: what is never matched', () => {
  it('skips fenced code (backticks and tildes), also with blank lines inside', () => {
    expect(mentionsOf('Europe\n\n```\nEurope\n\nEU\n```\nNvidia\n\n~~~md\nOpenAI\n~~~\nEU')).toEqual([
      ['europe', 'Europe'],
      ['nvidia', 'Nvidia'],
      ['european-union', 'EU'],
    ]);
  });

  it('skips an unclosed fence to the end', () => {
    expect(mentionsOf('Europe\n\n```\nEU\n\nNvidia')).toEqual([['europe', 'Europe']]);
  });

  it('skips indented code, not indented list continuations', () => {
    expect(mentionsOf('Para\n\n    Europe in code\n\n- item\n\n    Nvidia in the list')).toEqual([['nvidia', 'Nvidia']]);
  });

  it('skips front matter', () => {
    expect(mentionsOf('---\ntitle: Europe and the EU\n---\nNvidia')).toEqual([['nvidia', 'Nvidia']]);
  });

  it('skips HTML comments on one line and over several lines, blank lines included', () => {
    expect(mentionsOf('<!-- Europe -->Nvidia <!-- EU\n\nOpenAI\n-->Mistral')).toEqual([
      ['nvidia', 'Nvidia'],
      ['mistral-ai', 'Mistral'],
    ]);
  });

  it('skips reference definitions, but matches their link text where used', () => {
    expect(mentionsOf('[Europe]: https://europe.eu "Europe"\n\nSee [Europe][].')).toEqual([['europe', 'Europe']]);
  });

  it('does not let a phrase run into skipped text', () => {
    expect(mentionsOf('strategic <!-- x --> autonomy')).toEqual([]);
    expect(mentionsOf('strategic `code` autonomy')).toEqual([]);
  });
});

describe('analyzeDocument and flattenAnalysis', () => {
  it('gives absolute offsets over all blocks', () => {
    const text = 'The EU.\n\n[Nvidia grows]{.claim #g}\n\nEurope';
    const flat = analyze(text);
    expect(flat.mentions.map((m) => [m.id, m.start, m.end])).toEqual([
      ['european-union', ...find(text, 'EU')],
      ['nvidia', ...find(text, 'Nvidia')],
      ['europe', ...find(text, 'Europe')],
    ]);
    const [open] = find(text, '[Nvidia');
    const [, close] = find(text, '#g}');
    expect(flat.claims.map((c) => [c.id, c.start, c.end, c.spanStart, c.spanEnd])).toEqual([['g', open + 1, open + 1 + 'Nvidia grows'.length, open, close]]);
  });

  it('keeps the text, glossary and options it was given', () => {
    const options = { requireSource: true, suggestClaims: 'off' as const };
    const analysis = analyzeDocument('x', teamGlossary(), options);
    expect(analysis.text).toBe('x');
    expect(analysis.glossary).toBe(teamGlossary());
    expect(analysis.options).toBe(options);
  });

  it('analyses an empty text as one empty block', () => {
    const analysis = analyzeDocument('', teamGlossary());
    expect(analysis.blocks.map((b) => [b.start, b.end])).toEqual([[0, 0]]);
    expect(flattenAnalysis(analysis)).toEqual({ mentions: [], refs: [], claims: [], suggestions: [], candidates: [], diagnostics: [] });
  });
});

const BRIEF = `---
title: Europe and AI
---
# Strategic autonomy

The EU and the US compete. Europe's data centres matter.

[Mistral lags OpenAI on foundation models]{.claim #lag layer=models}

\`\`\`
Nvidia in code
\`\`\`

- The Élysée backs it.

    Continuation about the AI factory.

<!-- a comment about Europe
spanning lines -->
Last paragraph about strategic
autonomy.`;

/** Asserts that updateAnalysis gives what a fresh analysis of the edited text gives. */
function expectIncrementalEqualsFull(text: string, edits: TextEdit[], glossary = teamGlossary()): void {
  let analysis = analyzeDocument(text, glossary);
  // The same edits with the edited text handed in, as the language server does.
  let handedIn = analysis;
  // And in pieces, as the language server keeps an open document.
  let inPieces = analysis;
  let pieces = PieceText.of(text);
  let current = text;
  for (const edit of edits) {
    current = applyEdit(current, edit);
    analysis = updateAnalysis(analysis, edit);
    handedIn = updateAnalysis(handedIn, edit, current);
    pieces = pieces.edit(edit.start, edit.end, edit.text);
    inPieces = updateAnalysis(inPieces, edit, pieces);
    expect(analysis.text).toBe(current);
    expect(comparable(analysis)).toEqual(comparable(analyzeDocument(current, glossary)));
    expect(comparable(handedIn)).toEqual(comparable(analysis));
    expect(comparable(inPieces)).toEqual(comparable(analysis));
    expect(inPieces.text).toBe(current);
  }
}

describe('analyzeDocument of a text in pieces', () => {
  it('equals the analysis of the string, however the pieces and windows fall', () => {
    const body = BRIEF.slice(BRIEF.indexOf('# Strategic'));
    const long = Array.from({ length: Math.ceil(90_000 / body.length) }, (_, i) => `## Part ${i}\n\n${body}`).join('\n\n');
    // A fence and a comment open in one window and close in a later one, a block longer than a
    // window, front matter, CRLF line ends.
    const fenced = `${long.slice(0, 30_000)}\n\n\`\`\`\n${'code Europe\n'.repeat(4000)}\`\`\`\n\n${long.slice(30_000)}`;
    const commented = `Intro about Europe.\n\n<!--\n${'hidden Nvidia\n'.repeat(5000)}-->\nAfter the comment, the EU.\n`;
    const oneBlock = `${'Europe and Nvidia in one paragraph '.repeat(3000)}\n`;
    const texts = [long, fenced, commented, oneBlock, `---\ntitle: x\n---\n${long}`, long.replace(/\n/g, '\r\n'), '', 'EU'];
    const rand = prng(0x9a7);
    for (const text of texts) {
      const expected = comparable(analyzeDocument(text, teamGlossary()));
      for (const size of [1000, 7777, 40_000]) {
        const parts: string[] = [];
        for (let at = 0; at < text.length; ) {
          const next = Math.min(text.length, at + Math.max(1, Math.floor(size * (0.5 + rand()))));
          parts.push(text.slice(at, next));
          at = next;
        }
        const analysis = analyzeDocument(PieceText.fromPieces(parts), teamGlossary());
        expect(comparable(analysis), `${text.slice(0, 30)}… in parts of about ${size}`).toEqual(expected);
        expect(analysis.text).toBe(text);
      }
    }
  });
});

describe('forEachBlock', () => {
  it('hands on the blocks of a full analysis, in order, and returns where the front matter ends', () => {
    const text = `---\ntitle: x\n---\n${BRIEF}\n\n${BRIEF}`;
    const expected = analyzeDocument(text, teamGlossary());
    const seen: AnalyzedBlock[] = [];
    const pieces = PieceText.fromPieces(text.match(/[\s\S]{1,500}/g)!);
    expect(forEachBlock(pieces, teamGlossary(), expected.options, (block) => seen.push(block))).toBe(expected.frontMatterEnd);
    expect(expected.frontMatterEnd).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual(expected.blocks);
  });
});

describe('updateAnalysis equals a fresh analysis', () => {
  const at = (needle: string) => find(BRIEF, needle)[0];

  it('in a long brief, where an edit in pieces reads only a window around it, also when a fence or a comment changes all that follows', () => {
    // About 60 KB: far longer than the first window an edit reads.
    const body = BRIEF.slice(BRIEF.indexOf('# Strategic'));
    const long = Array.from({ length: Math.ceil(60_000 / body.length) }, (_, i) => `## Part ${i}\n\n${body}`).join('\n\n');
    expect(long.length).toBeGreaterThan(50_000);
    const rand = prng(0x51de);
    const inserts = ['```\n', '<!-- ', '--> ', '\n\n', '- ', '    ', 'Europe and Nvidia ', '', '\n', '~~~\n'];
    const edits: TextEdit[] = [];
    let length = long.length;
    for (let i = 0; i < 40; i++) {
      const start = Math.floor(rand() * length);
      const end = Math.min(length, start + (rand() < 0.5 ? 0 : Math.floor(rand() * 6)));
      const text = inserts[Math.floor(rand() * inserts.length)]!;
      edits.push({ start, end, text });
      length += text.length - (end - start);
    }
    expectIncrementalEqualsFull(long, edits);
    // With front matter, whose end an edit far below it does not look for again.
    expectIncrementalEqualsFull(`---\ntitle: Long\n---\n${long}`, edits.map((e) => ({ ...e, start: e.start + 20, end: e.end + 20 })));
  });

  it('after typing inside a paragraph', () => {
    expectIncrementalEqualsFull(BRIEF, [{ start: at('compete'), end: at('compete'), text: 'Nvidia and OpenAI ' }]);
  });

  it('after opening a code fence that swallows the rest, and closing it again', () => {
    const p = at('The EU');
    expectIncrementalEqualsFull(BRIEF, [
      { start: p, end: p, text: '```\n' },
      { start: p, end: p + 4, text: '' },
    ]);
  });

  it('after removing the closing fence', () => {
    const [start, end] = find(BRIEF, '```\n', 1);
    expectIncrementalEqualsFull(BRIEF, [{ start, end, text: '' }]);
  });

  it('after adding and removing a blank line (splitting and joining blocks)', () => {
    const p = at('Europe\'s data');
    expectIncrementalEqualsFull(BRIEF, [
      { start: p, end: p, text: '\n\n' },
      { start: p, end: p + 2, text: '' },
      { start: at('[Mistral') - 1, end: at('[Mistral'), text: '' }, // join with the paragraph before
    ]);
  });

  it('after joining a phrase across a removed blank line', () => {
    const text = 'strategic\n\nautonomy';
    expectIncrementalEqualsFull(text, [{ start: 9, end: 10, text: '' }]);
    expect(updateAnalysis(analyzeDocument(text, teamGlossary()), { start: 9, end: 10, text: '' }).blocks).toHaveLength(1);
  });

  it('after editing, removing and adding front matter', () => {
    expectIncrementalEqualsFull(BRIEF, [
      { start: at('Europe and AI'), end: at('Europe and AI') + 6, text: 'Nvidia' },
      { start: 0, end: 4, text: '' }, // the front matter is gone: its text is now prose
      { start: 0, end: 0, text: '---\n' },
      { start: at('---\n# Strategic'), end: at('---\n# Strategic') + 4, text: '' }, // unclosed
    ]);
  });

  it('after opening and closing a multi-line HTML comment', () => {
    const p = at('Last paragraph');
    expectIncrementalEqualsFull(BRIEF, [
      { start: at('The EU'), end: at('The EU'), text: '<!-- ' },
      { start: p, end: p, text: '--> ' },
      { start: at('The EU'), end: at('The EU') + 5, text: '' },
    ]);
  });

  it('after starting and ending a list (indented code or not)', () => {
    const p = at('- The Élysée');
    expectIncrementalEqualsFull(BRIEF, [
      { start: p, end: p + 2, text: '' },
      { start: p, end: p, text: '1. ' },
    ]);
  });

  it('after edits at offset 0 and at the end', () => {
    expectIncrementalEqualsFull(BRIEF, [
      { start: 0, end: 0, text: 'Nvidia\n\n' },
      { start: BRIEF.length + 8, end: BRIEF.length + 8, text: ' More about the EU.\n\n```' },
      { start: 0, end: 8, text: '' },
    ]);
  });

  it('after replacing everything, deleting everything, and edits outside the text (clamped)', () => {
    expectIncrementalEqualsFull(BRIEF, [
      { start: 0, end: BRIEF.length, text: 'Europe\n\nEU' },
      { start: 0, end: 10, text: '' },
      { start: 50, end: 99, text: 'Nvidia' },
      { start: -3, end: 0, text: 'OpenAI ' },
    ]);
  });

  it('after editing a claim span and its attributes', () => {
    const p = at('#lag');
    expectIncrementalEqualsFull(BRIEF, [
      { start: p + 4, end: p + 4, text: ' kind=factual' },
      { start: p - 7, end: p - 1, text: '' }, // remove ".claim" → span without role
      { start: at(']{'), end: at(']{') + 1, text: '' }, // break the span
    ]);
  });

  it('with CRLF line endings', () => {
    const crlf = BRIEF.replace(/\n/g, '\r\n');
    const p = crlf.indexOf('The EU');
    expectIncrementalEqualsFull(crlf, [
      { start: p, end: p, text: '\r\n\r\n' },
      { start: p - 2, end: p + 2, text: '' },
    ]);
  });

  it('reuses the blocks an edit did not touch, shifted', () => {
    const text = 'Europe\n\nNvidia\n\nOpenAI\n\nEU';
    const before = analyzeDocument(text, teamGlossary());
    const after = updateAnalysis(before, { start: 8, end: 8, text: 'The ' });
    expect(after.blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 8],
      [8, 20],
      [20, 28],
      [28, 30],
    ]);
    // The last two blocks are reused, not re-analysed.
    expect(after.blocks[2]!.result).toBe(before.blocks[2]!.result);
    expect(after.blocks[3]!.result).toBe(before.blocks[3]!.result);
  });

  it('with the built-in glossary', () => {
    const text = 'Emmanuel Macron and the EU\n\nOpen AI builds data centres';
    expectIncrementalEqualsFull(text, [{ start: 9, end: 9, text: '\n\n' }, { start: 0, end: 0, text: '<!--' }], builtinGlossary());
  });
});
