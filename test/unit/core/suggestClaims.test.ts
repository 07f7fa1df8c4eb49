import { describe, expect, it } from 'vitest';
import { analyzeBlock } from '../../../server/src/core/analyzeBlock';
import { teamGlossary } from '../helpers';

/** The suggested sentences of a block, as text. */
function suggested(text: string): string[] {
  return analyzeBlock(text, [], teamGlossary(), { requireSource: false, suggestClaims: 'off' }).suggestions.map((s) => text.slice(s.start, s.end));
}

describe('suggestClaims', () => {
  it('suggests a sentence with a glossary entry and a figure', () => {
    expect(suggested('Nvidia sold chips worth €10 billion last year to them. Nvidia is a firm in the chip trade.')).toEqual(['Nvidia sold chips worth €10 billion last year to them.']);
    expect(suggested('Compute capacity grew by 40% in two years here.')).toEqual(['Compute capacity grew by 40% in two years here.']);
  });

  it('suggests a normative sentence', () => {
    expect(suggested('Europe must invest in its own data centres now.')).toEqual(['Europe must invest in its own data centres now.']);
  });

  it('suggests a forecast with a comparison, or either with two entries', () => {
    expect(suggested('Europe will be faster than anyone at this soon.')).toEqual(['Europe will be faster than anyone at this soon.']);
    expect(suggested('Nvidia will supply OpenAI with more chips soon.')).toEqual(['Nvidia will supply OpenAI with more chips soon.']);
    expect(suggested('Nvidia will ship the chips for this project.')).toEqual([]);
    expect(suggested('Mistral lags behind OpenAI on many benchmarks today.')).toEqual(['Mistral lags behind OpenAI on many benchmarks today.']);
  });

  it('needs a glossary entry in the sentence', () => {
    expect(suggested('Someone must invest 40% more in something now.')).toEqual([]);
  });

  it('skips questions, headings, short sentences and sentences inside claims', () => {
    expect(suggested('Must Europe invest 40% more in data centres now?')).toEqual([]);
    expect(suggested('# Europe must invest 40% more in data centres')).toEqual([]);
    expect(suggested('Europe must act.')).toEqual([]);
    expect(suggested('[Europe must invest 40% more in data centres now.]{.claim #c}')).toEqual([]);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(suggested('The U.S. must invest 40% more in data centres, e.g. in Texas.')).toEqual(['The U.S. must invest 40% more in data centres, e.g. in Texas.']);
  });

  it('ends a sentence at a list item and at a blank line', () => {
    expect(suggested('- Europe must invest in its own data centres\n- Nvidia is a firm in the chip trade')).toEqual(['- Europe must invest in its own data centres']);
  });

});
