import { describe, expect, it } from 'vitest';
import { analyzeBlock, type AnalysisOptions } from '../../../../server/src/core/analysis/analyzeBlock';
import { thresholdOf } from '../../../../server/src/core/analysis/claimModel';
import { teamGlossary } from '../../helpers';

const QUIET: AnalysisOptions = { requireSource: false, suggestClaims: 'off' };

/** The suggestions of a block: text, kind, layer, confidence. */
function suggested(text: string) {
  return analyzeBlock(text, [], teamGlossary(), QUIET).suggestions.map((s) => ({ text: text.slice(s.start, s.end), kind: s.kind, layer: s.layer, confidence: s.confidence }));
}

const texts = (text: string) => suggested(text).map((s) => s.text);

describe('suggestClaims', () => {
  it('scores every prose sentence and lists those that read like claims, with kind and layer', () => {
    const out = suggested('Europe must build its own data centres within five years. Nvidia sold 40% more chips to Europe last year.');
    expect(out.map((s) => [s.text, s.kind, s.layer])).toEqual([
      ['Europe must build its own data centres within five years.', 'normative', 'infrastructure'],
      ['Nvidia sold 40% more chips to Europe last year.', 'statistical', 'infrastructure'],
    ]);
    expect(out[0]!.confidence).toBeGreaterThanOrEqual(thresholdOf('likely'));
    expect(out[1]!.confidence).toBeGreaterThanOrEqual(thresholdOf('all'));
  });

  it('needs no glossary entry: the wording alone can make a claim', () => {
    expect(texts('The regional grid operator will double its capacity by 2030.')).toEqual(['The regional grid operator will double its capacity by 2030.']);
  });

  it('never suggests questions, headings, sentences inside claims or fragments of two words', () => {
    expect(texts('Must Europe invest 40% more in data centres now?')).toEqual([]);
    expect(texts('# Europe must invest 40% more in data centres')).toEqual([]);
    expect(texts('[Europe must invest 40% more in data centres now.]{.claim #c} Europe will follow within the decade.')).toEqual(['Europe will follow within the decade.']);
    expect(texts('Europe acts.')).toEqual([]);
  });

  it('gives lead-ins, bylines and source lines a low confidence, under the listing threshold', () => {
    expect(texts('The government should:')).toEqual([]);
    expect(texts('*Published 3 March 2025 by the Department of Compute*')).toEqual([]);
    expect(texts('Source: the annual report of the agency')).toEqual([]);
  });

  it('ranks a plain assertion above a lead-in of the same words', () => {
    const claim = suggested('- Europe must invest in its own data centres')[0]!;
    const all = analyzeBlock('Europe must invest in its own data centres:', [], teamGlossary(), { ...QUIET, keepClaimFacts: true }).suggestions[0]!;
    expect(claim.confidence).toBeGreaterThan(all.confidence);
  });

  it('reads list items as sentences', () => {
    expect(texts('- Europe must invest in its own data centres\n- Nvidia is the largest maker of AI chips')).toEqual(['Europe must invest in its own data centres', 'Nvidia is the largest maker of AI chips']);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(texts('The U.S. must invest 40% more in data centres, e.g. in Texas.')).toEqual(['The U.S. must invest 40% more in data centres, e.g. in Texas.']);
  });

  it('keeps every sentence with its features when asked (to train the model)', () => {
    const all = analyzeBlock('The government should: build. Is it?', [], teamGlossary(), { ...QUIET, keepClaimFacts: true }).suggestions;
    expect(all.length).toBe(1);
    expect(all[0]!.facts!.detection.length).toBeGreaterThan(10);
    expect(all[0]!.facts!.layer.length).toBe(teamGlossary().layers.length);
  });
});
