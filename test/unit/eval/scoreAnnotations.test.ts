import { describe, expect, it } from 'vitest';
import { inScope, isWrittenAsName, majorityOf, matchSpans, parseGold, precision, recall, sameSpan, scoreAttributes, scoreCandidates, scoreMentions, scoreSuggestions, tagGoldClaims, type GoldRow } from '../../../test/eval/scoreAnnotations';

const row = (line: number, start: number, end: number, kind: GoldRow['kind'] = 'concept'): GoldRow => ({ line, start, end, kind, id: 'x', type: '-', layer: '-' });

describe('scoreAnnotations', () => {
  it('reads the gold header (corpus hash, annotated lines) and its rows, and refuses a bad row', () => {
    const gold = parseGold('c.md', '# corpus-sha256: abc123\n# annotated-lines: 0-199 (0-based)\n3\t4\t9\tactor\tnca\tinstitution\t-\n\n');
    expect(gold).toEqual({ corpus: 'c.md', text: undefined, kinds: ['concept', 'actor', 'claim'], sha: 'abc123', lines: [0, 199], claimLines: undefined, rows: [{ line: 3, start: 4, end: 9, kind: 'actor', id: 'nca', type: 'institution', layer: '-' }] });
    const seed = parseGold('s.md', '# text: seeds/s.txt\n# annotated-kinds: claim\n# annotated-lines: 0-9\n# annotated-claim-lines: 0-20\n');
    expect(seed).toMatchObject({ text: 'seeds/s.txt', kinds: ['claim'], lines: [0, 9], claimLines: [0, 20] });
    expect([inScope(seed, 15, true), inScope(seed, 15, false), inScope(seed, 9, false)]).toEqual([true, false, true]);
    expect(() => parseGold('c.md', '1\t2\t3\tthing\tx\t-\t-')).toThrow(/bad gold row/);
  });

  it('counts two spans as one annotation when they overlap by half the longer one', () => {
    expect(sameSpan(row(1, 0, 10), row(1, 0, 10))).toBe(true);
    expect(sameSpan(row(1, 0, 10), row(1, 5, 10))).toBe(true);
    expect(sameSpan(row(1, 0, 10), row(1, 6, 10))).toBe(false);
    expect(sameSpan(row(1, 0, 10), row(2, 0, 10))).toBe(false);
    expect(sameSpan(row(1, 0, 4), row(1, 4, 8))).toBe(false);
  });

  it('matches one to one, the largest overlap first', () => {
    // Two predictions on one gold span: only one is matched.
    expect(matchSpans([row(0, 0, 10)], [row(0, 0, 8), row(0, 0, 10)], () => true)).toEqual([1]);
    expect(matchSpans([row(0, 0, 10), row(0, 0, 9)], [row(0, 0, 10)], () => true)).toEqual([0, -1]);
  });

  it('scores mentions by span and kind, and lists the missed ones', () => {
    const gold = [row(0, 0, 5, 'actor'), row(0, 10, 15), row(1, 0, 4), row(2, 0, 9, 'claim')];
    const { score, missed } = scoreMentions(gold, [
      { line: 0, start: 0, end: 5, kind: 'concept' }, // right span, wrong kind
      { line: 0, start: 10, end: 15, kind: 'concept' },
    ]);
    expect(score).toEqual({ gold: 3, predicted: 2, found: 1, right: 1 });
    expect(recall(score)).toBeCloseTo(1 / 3);
    expect(precision(score)).toBe(0.5);
    expect(missed).toEqual([row(0, 0, 5, 'actor'), row(1, 0, 4)]);
  });

  it('counts as names the mentions written with a capital other than the field word AI', () => {
    expect(['Skills England', 'ICs', 'AI Office', 'AI market', 'missions', 'scientific panel'].filter(isWrittenAsName)).toEqual(['Skills England', 'ICs', 'AI Office']);
  });

  it('scores candidates against the missed names, and their precision against every gold mention', () => {
    const lines = ['Skills England funds the AI market', 'missions'];
    const text = (s: { line: number; start: number; end: number }) => lines[s.line]!.slice(s.start, s.end);
    const gold = [row(0, 0, 14, 'actor'), row(0, 25, 34), row(1, 0, 8, 'actor')];
    const missed = gold; // the glossary found none of them
    expect(scoreCandidates(gold, missed, text, [row(0, 0, 14), row(0, 15, 20)])).toEqual({ gold: 1, predicted: 2, found: 1, right: 1 });
  });

  it('scores claim suggestions against the gold claims only', () => {
    const gold = [row(0, 0, 30, 'claim'), row(1, 0, 20, 'claim'), row(1, 0, 5, 'actor')];
    expect(scoreSuggestions(gold, [row(0, 2, 30), row(2, 0, 9)])).toEqual({ gold: 2, predicted: 2, found: 1, right: 1 });
  });

  it('wraps each gold claim as a bare span, several on one line', () => {
    const claim = (line: number, start: number, end: number): GoldRow => ({ ...row(line, start, end, 'claim'), type: 'normative', layer: 'models' });
    expect(tagGoldClaims('One claim. Two claims.\nNone here.', [claim(0, 0, 10), claim(0, 11, 22)])).toBe('[One claim.]{.claim} [Two claims.]{.claim}\nNone here.');
  });

  it('scores kind and layer per line in order, beside the majority baselines', () => {
    const claim = (line: number, start: number, type: string, layer: string): GoldRow => ({ ...row(line, start, start + 5, 'claim'), type, layer });
    const gold = [claim(0, 10, 'factual', 'models'), claim(0, 0, 'normative', 'models'), claim(2, 0, 'normative', 'cross-cutting')];
    expect(majorityOf(gold, 'type')).toBe('normative');
    expect(majorityOf(gold, 'layer')).toBe('models');
    const found = new Map([
      [0, [{ kind: 'normative', layer: 'models' }, { kind: null, layer: 'cross-cutting' }]],
      [2, [{ kind: 'normative', layer: 'infrastructure' }]],
    ]);
    expect(scoreAttributes(gold, found, { kind: 'normative', layer: 'models' })).toEqual({ claims: 3, kindRight: 2, layerRight: 1, kindBaseline: 2, layerBaseline: 2 });
  });
});
