import { describe, expect, it } from 'vitest';
import { isCaseSensitiveAlias, Matcher } from '../../../../server/src/core/matching/buildMatcher';
import { tokenize } from '../../../../server/src/core/text/tokenize';

/** A matcher over `phrases`, entry index = position in the list (avoid wordings marked with `!`). */
function matcher(phrases: string[][]): Matcher {
  const m = new Matcher();
  phrases.forEach((list, entry) => {
    for (const p of list) m.add(p.replace(/^!/, ''), { entry, avoid: p.startsWith('!') });
  });
  return m;
}

function run(m: Matcher, text: string): Array<[number, string, boolean]> {
  return m.findMatches(text, tokenize(text)).map((x) => [x.entry, text.slice(x.start, x.end), x.avoid]);
}

describe('isCaseSensitiveAlias', () => {
  it('is true for aliases written in capitals only', () => {
    expect(['EU', 'US', 'IT', 'U.S.', 'G7', 'ÉU'].map(isCaseSensitiveAlias)).toEqual([true, true, true, true, true, true]);
  });

  it('is false as soon as there is a lower-case letter, or no letter', () => {
    expect(['Eu', 'eu', 'EU Commission', 'OpenAI', '2024', '-'].map(isCaseSensitiveAlias)).toEqual([false, false, false, false, false, false]);
  });

  it('reads letters beyond ASCII by their Unicode case, wherever they stand', () => {
    expect(['ÉU', 'UÉ', 'ÆØ', 'G7 ÖSTERREICH'].map(isCaseSensitiveAlias)).toEqual([true, true, true, true]);
    expect(['Éu', 'UÉé', 'é', 'EUß', '—'].map(isCaseSensitiveAlias)).toEqual([false, false, false, false, false]);
  });
});

describe('Matcher', () => {
  const m = matcher([
    ['strategic autonomy'], // 0
    ['strategic autonomy gap'], // 1
    ['EU'], // 2
    ['US', 'U.S.', 'United States'], // 3
    ['IT'], // 4
    ['Élysée'], // 5
    ['open-weight model'], // 6
    ['data centre', 'data center'], // 7
    ['supply'], // 8
    ['AI factory'], // 9
    ['!strategic independence', 'strategic autonomy'], // 10: loses "strategic autonomy" to 0
    ['box'], // 11
    ["People's Republic"], // 12
  ]);

  it('takes the longest match and never nests', () => {
    expect(run(m, 'a strategic autonomy gap and strategic autonomy')).toEqual([
      [1, 'strategic autonomy gap', false],
      [0, 'strategic autonomy', false],
    ]);
  });

  it('falls back to a shorter phrase when the longer one breaks off', () => {
    expect(run(m, 'strategic autonomy goals')).toEqual([[0, 'strategic autonomy', false]]);
  });

  it('matches case-insensitively, except aliases in capitals', () => {
    expect(run(m, 'Strategic Autonomy, STRATEGIC AUTONOMY, EU eu Eu, US us Us, IT it It')).toEqual([
      [0, 'Strategic Autonomy', false],
      [0, 'STRATEGIC AUTONOMY', false],
      [2, 'EU', false],
      [3, 'US', false],
      [4, 'IT', false],
    ]);
  });

  it('folds diacritics both ways', () => {
    expect(run(m, 'Elysee, ÉLYSÉE, élysée')).toEqual([
      [5, 'Elysee', false],
      [5, 'ÉLYSÉE', false],
      [5, 'élysée', false],
    ]);
  });

  it('treats hyphens, typographic dashes, spaces and one line break alike', () => {
    expect(run(m, 'open weight model; open–weight model; open—weight model; open -\nweight model; open\nweight model')).toEqual([
      [6, 'open weight model', false],
      [6, 'open–weight model', false],
      [6, 'open—weight model', false],
      [6, 'open -\nweight model', false],
      [6, 'open\nweight model', false],
    ]);
  });

  it('never matches across a blank line or masked text', () => {
    expect(run(m, 'strategic\n\nautonomy')).toEqual([]);
    expect(run(m, 'strategic \n \n autonomy')).toEqual([]);
    expect(run(m, 'strategic\u0000autonomy')).toEqual([]);
  });

  it('requires other punctuation inside a phrase to match, folding apostrophes', () => {
    expect(run(m, 'U.S. and U-S and U S')).toEqual([[3, 'U.S', false]]);
    expect(run(m, 'People’s Republic, Peoples Republic, People\'s Republic')).toEqual([
      [12, 'People’s Republic', false],
      [12, "People's Republic", false],
    ]);
  });

  it('matches the same after toData and fromData, plural first words and capitals included', () => {
    const text = 'Supplies for the EU, the U.S. and IT; data centres and AI factories.';
    const loaded = Matcher.fromData(JSON.parse(JSON.stringify(m.toData())));
    expect(run(m, text)).toHaveLength(6);
    expect(run(loaded, text)).toEqual(run(m, text));
  });

  it('matches a phrase in capitals that starts with a number, in capitals only', () => {
    const numbered = matcher([['01.AI'], ['5G']]);
    expect(run(numbered, 'The 01.AI model, 5G masts; not 01.ai, 5g.')).toEqual([
      [0, '01.AI', false],
      [1, '5G', false],
    ]);
  });

  it('matches the regular plural of the last word only', () => {
    expect(run(m, 'data centres, data centers, supplies, AI factories, boxes, datas centre')).toEqual([
      [7, 'data centres', false],
      [7, 'data centers', false],
      [8, 'supplies', false],
      [9, 'AI factories', false],
      [11, 'boxes', false],
    ]);
  });

  it('respects word boundaries', () => {
    expect(run(m, 'EUR, USA, ITALY, supplyline, oversupply, strategicautonomy, dataset centre')).toEqual([]);
  });

  it('reports deprecated wordings as avoid matches', () => {
    expect(run(m, 'strategic independence')).toEqual([[10, 'strategic independence', true]]);
  });

  it('reports a phrase claimed by two entries as a conflict and keeps the first', () => {
    const c = new Matcher();
    expect(c.add('Orange', { entry: 0, avoid: false })).toBeUndefined();
    expect(c.add('orange', { entry: 1, avoid: false })).toEqual({ phrase: 'orange', kept: { entry: 0, avoid: false }, rejected: { entry: 1, avoid: false } });
    expect(run(c, 'ORANGE')).toEqual([[0, 'ORANGE', false]]);
  });

  it('lets an alias of an entry win over a deprecated wording of the same entry, silently', () => {
    const c = new Matcher();
    expect(c.add('cloud act', { entry: 0, avoid: true })).toBeUndefined();
    expect(c.add('Cloud Act', { entry: 0, avoid: false })).toBeUndefined();
    expect(run(c, 'the CLOUD Act')).toEqual([[0, 'CLOUD Act', false]]);
  });

  it('keeps case-sensitive and insensitive phrases apart (no conflict between "IT" and "it")', () => {
    const c = new Matcher();
    expect(c.add('IT', { entry: 0, avoid: false })).toBeUndefined();
    expect(c.add('it', { entry: 1, avoid: false })).toBeUndefined();
    expect(run(c, 'IT it')).toEqual([
      [0, 'IT', false],
      [1, 'it', false],
    ]);
  });

  it('prefers a case-sensitive match of the same length', () => {
    const c = new Matcher();
    c.add('us', { entry: 0, avoid: false });
    c.add('US', { entry: 1, avoid: false });
    expect(run(c, 'US us')).toEqual([
      [1, 'US', false],
      [0, 'us', false],
    ]);
  });

  it('ignores phrases without any word', () => {
    const c = new Matcher();
    expect(c.add(' -- ', { entry: 0, avoid: false })).toBeUndefined();
    expect(run(c, ' -- ')).toEqual([]);
  });

  it('appends to the array it is given', () => {
    const out = [{ start: 0, end: 0, entry: 99, avoid: false }];
    m.findMatches('EU', tokenize('EU'), out);
    expect(out.map((x) => x.entry)).toEqual([99, 2]);
  });
});
