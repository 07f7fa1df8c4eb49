import { describe, expect, it } from 'vitest';
import { applyInsertions, claimAttributes, claimIdsIn, claimTagEdits, type ClaimToTag } from '../../../../server/src/core/review/claimTagEdits';

/** The span of `sentence` in `text` (its first occurrence from `from`). */
function spanOf(text: string, sentence: string, extra: Partial<ClaimToTag> = {}, from = 0): ClaimToTag {
  const start = text.indexOf(sentence, from);
  if (start === -1) throw new Error(`not in the text: ${sentence}`);
  return { start, end: start + sentence.length, ...extra };
}

/** The whole span of the claim `[…]{…}` that starts with `opening` (as flat.claims gives spanStart/spanEnd). */
function claimSpan(text: string, opening: string): { start: number; end: number } {
  const start = text.indexOf(opening);
  return { start, end: text.indexOf('}', start) + 1 };
}

describe('claimIdsIn', () => {
  it('collects the ids written in any span, and nothing outside braces', () => {
    const text = '[A]{.claim #alpha kind=factual} [B]{#beta .concept ref=x} #gamma {no id} [C]{.claim layer=models #delta}';
    expect([...claimIdsIn(text)]).toEqual(['alpha', 'beta', 'delta']);
  });

  it('does not read an id across a line break', () => {
    expect(claimIdsIn('{.claim\n#split}').size).toBe(0);
  });
});

describe('claimAttributes', () => {
  it('writes the id, then kind and layer when they are known', () => {
    expect(claimAttributes('x', 'normative', 'models')).toBe('.claim #x kind=normative layer=models');
    expect(claimAttributes('x', undefined, 'models')).toBe('.claim #x layer=models');
    expect(claimAttributes('x', 'factual')).toBe('.claim #x kind=factual');
    expect(claimAttributes('x')).toBe('.claim #x');
  });
});

describe('claimTagEdits', () => {
  it('wraps each span in `[` … `]{.claim #id kind=… layer=…}`, ids made from its words', () => {
    const text = 'Europe must build its own cloud. The EU relies on Nvidia chips.';
    const spans = [spanOf(text, 'Europe must build its own cloud.', { kind: 'normative', layer: 'infrastructure' }), spanOf(text, 'The EU relies on Nvidia chips.', { kind: 'factual' })];
    const { insertions, ids, skipped } = claimTagEdits(text, spans, []);
    expect(ids).toEqual(['europe-must-build-own', 'eu-relies-nvidia-chips']);
    expect(skipped).toEqual([]);
    expect(insertions).toEqual([
      { at: 0, text: '[' },
      { at: 32, text: ']{.claim #europe-must-build-own kind=normative layer=infrastructure}' },
      { at: 33, text: '[' },
      { at: 63, text: ']{.claim #eu-relies-nvidia-chips kind=factual}' },
    ]);
    expect(applyInsertions(text, insertions)).toBe(
      '[Europe must build its own cloud.]{.claim #europe-must-build-own kind=normative layer=infrastructure} [The EU relies on Nvidia chips.]{.claim #eu-relies-nvidia-chips kind=factual}',
    );
  });

  it('gives ids no claim of the text has, nor each other', () => {
    const text = '[Old]{.claim #eu-relies-nvidia-chips} The EU relies on Nvidia chips. The EU relies on Nvidia chips!';
    const first = spanOf(text, 'The EU relies on Nvidia chips.');
    const second = spanOf(text, 'The EU relies on Nvidia chips!');
    const { ids } = claimTagEdits(text, [first, second], [claimSpan(text, '[Old]')]);
    expect(ids).toEqual(['eu-relies-nvidia-chips-2', 'eu-relies-nvidia-chips-3']);
  });

  it('takes the ids to avoid from the caller, and adds the new ones to them', () => {
    const text = 'Europe must build its own cloud.';
    const taken = new Set(['europe-must-build-own']);
    const { ids } = claimTagEdits(text, [spanOf(text, text)], [], taken);
    expect(ids).toEqual(['europe-must-build-own-2']);
    expect([...taken]).toEqual(['europe-must-build-own', 'europe-must-build-own-2']);
  });

  it('returns the insertions in document order whatever the order of the spans', () => {
    const text = 'One two three four. Five six seven eight.';
    const late = spanOf(text, 'Five six seven eight.');
    const early = spanOf(text, 'One two three four.');
    const { insertions, ids } = claimTagEdits(text, [late, early], []);
    expect(ids).toEqual(['one-two-three-four', 'five-six-seven-eight']);
    expect(insertions.map((i) => i.at)).toEqual([0, 19, 20, 41]);
  });

  it('never tags inside, around or across a tagged claim, and lists what it left out', () => {
    const text = 'Before it. [Europe leads on chips]{.claim #lead} after it. Far away here.';
    const claim = claimSpan(text, '[Europe');
    const inside = spanOf(text, 'Europe leads');
    const around = { start: 0, end: text.indexOf('after it.') + 'after it.'.length };
    const acrossStart = spanOf(text, 'Before it. [Europe');
    const acrossEnd = spanOf(text, '{.claim #lead} after');
    const clear = spanOf(text, 'Far away here.');
    const { insertions, ids, skipped } = claimTagEdits(text, [inside, around, acrossStart, acrossEnd, clear], [claim]);
    expect(ids).toEqual(['far-away-here']);
    expect(skipped).toEqual([acrossStart, around, inside, acrossEnd]);
    expect(applyInsertions(text, insertions)).toBe('Before it. [Europe leads on chips]{.claim #lead} after it. [Far away here.]{.claim #far-away-here}');
  });

  it('tags a span that only touches a claim, before or after it', () => {
    const text = 'Left words here[Europe leads]{.claim #lead}right words here';
    const claim = claimSpan(text, '[Europe');
    const { insertions, skipped } = claimTagEdits(text, [spanOf(text, 'Left words here'), spanOf(text, 'right words here')], [claim]);
    expect(skipped).toEqual([]);
    expect(applyInsertions(text, insertions)).toBe('[Left words here]{.claim #left-words-here}[Europe leads]{.claim #lead}[right words here]{.claim #right-words-here}');
  });

  it('keeps the first of two overlapping spans and skips the other', () => {
    const text = 'Alpha beta gamma delta epsilon.';
    const first = { start: 0, end: 16 };
    const overlapping = { start: 6, end: 31 };
    const { ids, skipped } = claimTagEdits(text, [overlapping, first], []);
    expect(ids).toEqual(['alpha-beta-gamma']);
    expect(skipped).toEqual([overlapping]);
  });

  it('tags adjacent spans: the first closes before the second opens', () => {
    const text = 'Alpha beta gamma.Delta epsilon zeta.';
    const { insertions, skipped } = claimTagEdits(text, [spanOf(text, 'Delta epsilon zeta.'), spanOf(text, 'Alpha beta gamma.')], []);
    expect(skipped).toEqual([]);
    expect(insertions.slice(1, 3)).toEqual([
      { at: 17, text: ']{.claim #alpha-beta-gamma}' },
      { at: 17, text: '[' },
    ]);
    expect(applyInsertions(text, insertions)).toBe('[Alpha beta gamma.]{.claim #alpha-beta-gamma}[Delta epsilon zeta.]{.claim #delta-epsilon-zeta}');
  });

  it('skips empty, reversed and out-of-range spans', () => {
    const text = 'Short text.';
    const bad = [
      { start: 3, end: 3 },
      { start: 5, end: 2 },
      { start: -1, end: 4 },
      { start: 2, end: 12 },
    ];
    const { insertions, ids, skipped } = claimTagEdits(text, bad, []);
    expect(insertions).toEqual([]);
    expect(ids).toEqual([]);
    expect(skipped).toHaveLength(4);
  });

  it('wraps a span across lines without touching the line breaks', () => {
    const text = 'Europe must build\r\nits own cloud.\r\n';
    const { insertions } = claimTagEdits(text, [spanOf(text, 'Europe must build\r\nits own cloud.')], []);
    expect(applyInsertions(text, insertions)).toBe('[Europe must build\r\nits own cloud.]{.claim #europe-must-build-own}\r\n');
  });
});

describe('applyInsertions', () => {
  it('returns the text as it is without insertions', () => {
    expect(applyInsertions('unchanged', [])).toBe('unchanged');
  });

  it('inserts at the start and the end, and keeps the order of insertions at one offset', () => {
    expect(applyInsertions('abc', [{ at: 0, text: '<' }, { at: 1, text: '1' }, { at: 1, text: '2' }, { at: 3, text: '>' }])).toBe('<a12bc>');
  });

  it('changes nothing but what it inserts (surrogate pairs, CRLF, a byte order mark)', () => {
    const text = '\uFEFFLéa 🚀 says\r\nmore';
    const out = applyInsertions(text, [{ at: 1, text: '[' }, { at: 12, text: ']' }]);
    expect(out).toBe('\uFEFF[Léa 🚀 says]\r\nmore');
    expect(out.replace('[', '').replace(']', '')).toBe(text);
  });
});
