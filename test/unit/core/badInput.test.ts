// DESIGN.md section 9 at core level: bad input gets a diagnostic or nothing, never an exception or a hang.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, flattenAnalysis, updateAnalysis } from '../../../server/src/core/analysis/analyzeDocument';
import { resolveBrief } from '../../../server/src/core/analysis/resolveBrief';
import { builtinGlossary, comparable, teamGlossary } from '../helpers';

/** Analyses, resolves and edits `text`; checks every offset is inside it. */
function survive(text: string, glossary = teamGlossary()) {
  const analysis = analyzeDocument(text, glossary);
  const flat = flattenAnalysis(analysis);
  const offsets = [
    ...flat.mentions.flatMap((m) => [m.start, m.end]),
    ...flat.claims.flatMap((c) => [c.start, c.end, c.spanStart, c.spanEnd]),
    ...flat.suggestions.flatMap((s) => [s.start, s.end]),
    ...flat.candidates.flatMap((c) => [c.start, c.end]),
    ...flat.diagnostics.flatMap((d) => [d.start, d.end]),
  ];
  for (const o of offsets) expect(o >= 0 && o <= text.length).toBe(true);
  const report = resolveBrief('bad.md', analysis, undefined);
  const middle = Math.floor(text.length / 2);
  const edited = updateAnalysis(analysis, { start: middle, end: middle, text: '\n\nEurope ' });
  expect(comparable(edited)).toEqual(comparable(analyzeDocument(edited.text, glossary)));
  return { flat, report };
}

describe('bad input', () => {
  it('an empty brief', () => {
    const { flat, report } = survive('');
    expect(flat).toEqual({ mentions: [], refs: [], claims: [], suggestions: [], candidates: [], diagnostics: [] });
    expect(report.diagnostics).toEqual([]);
  });

  it('a brief of white space and line ends only', () => {
    expect(survive(' \n\r\n\t\n\n\u00a0').flat.mentions).toEqual([]);
  });

  it('a binary-looking brief with NUL bytes', () => {
    let binary = '';
    for (let i = 0; i < 4096; i++) binary += String.fromCharCode((i * 7919) % 256);
    const { flat } = survive(`\u0000\u0000Europe\u0000EU\u0001${binary}\ufffd\ufffe\uffff`);
    expect(flat.mentions.slice(0, 2).map((m) => m.id)).toEqual(['europe', 'european-union']);
  });

  it('lone surrogates and odd unicode', () => {
    expect(survive('\ud800Europe\udc00 \u202eEU\u200b 😀 Élysée\u0301').flat.mentions.map((m) => m.id)).toEqual(['european-union', 'elysee']);
  });

  it('a huge single line', () => {
    const line = 'Europe and the EU build data centres [x]{.claim} `code` <!-- c --> '.repeat(15_000);
    const { flat } = survive(line);
    expect(flat.mentions).toHaveLength(45_000);
    expect(flat.claims).toHaveLength(15_000);
  });

  it('deeply nested brackets, braces and parentheses', () => {
    expect(survive('['.repeat(10_000)).flat.mentions).toEqual([]);
    expect(survive(']'.repeat(10_000) + '['.repeat(10_000)).flat.mentions).toEqual([]);
    expect(survive('['.repeat(10_000) + 'Europe' + ']'.repeat(10_000)).flat.mentions.map((m) => m.id)).toEqual(['europe']);
    expect(survive('{'.repeat(10_000) + '}'.repeat(10_000)).flat.diagnostics).toEqual([]);
    expect(survive('[a]' + '('.repeat(10_000)).flat.mentions).toEqual([]);
  });

  it('thousands of unclosed links, spans and references in one paragraph', () => {
    survive('[a]('.repeat(20_000));
    expect(survive('[a]{'.repeat(5_000)).flat.diagnostics.every((d) => d.code === 'malformed-span')).toBe(true);
    survive('[a]['.repeat(20_000));
    survive('[a]{k="'.repeat(5_000));
  });

  it('claims nested a thousand deep', () => {
    const { flat } = survive('[Europe '.repeat(1_000) + ']{.claim #c}'.repeat(1_000));
    expect(flat.claims).toHaveLength(1_000);
    expect(flat.claims[999]!.text).toBe(('Europe ').repeat(1_000).trim());
  });

  it('unclosed everything: front matter, fence, comment, span, quote, code', () => {
    const text = '---\ntitle: "x\n```\n<!-- [Europe]{.claim #a k="v `code';
    const { flat } = survive(text);
    expect(flat.mentions).toEqual([]);
    survive('[Europe]{.claim k="v `code <!-- x\n\nEU'.repeat(2_000));
    survive('<!--\n'.repeat(5_000));
    survive('```\n~~~\n'.repeat(5_000));
  });

  it('many short lines and many blocks', () => {
    expect(survive('Europe\n'.repeat(50_000)).flat.mentions).toHaveLength(50_000);
    expect(survive('EU\n\n'.repeat(20_000)).flat.mentions).toHaveLength(20_000);
  });

  it('long runs of punctuation between words', () => {
    survive('strategic' + ' -'.repeat(100_000) + ' autonomy');
    survive('U.S.'.repeat(30_000));
    survive('@'.repeat(10_000) + ' @a'.repeat(10_000));
    survive('<'.repeat(10_000) + 'http://'.repeat(10_000) + '`'.repeat(10_000));
  });

  it('CRLF and CR-only line ends', () => {
    expect(survive('strategic\r\nautonomy\r\n\r\nEU').flat.mentions.map((m) => m.id)).toEqual(['strategic-autonomy', 'european-union']);
    survive('Europe\rEU\r\r[x]{.claim\r#a}');
  });

  it('the same inputs with the built-in glossary', () => {
    survive('['.repeat(10_000) + 'Europe' + ']'.repeat(10_000), builtinGlossary());
    survive('Emmanuel Macron '.repeat(20_000), builtinGlossary());
  });
});
