import { describe, expect, it } from 'vitest';
import { analyzeBlock, DEFAULT_OPTIONS, lookupPhrase, type AnalysisOptions } from '../../../../server/src/core/analysis/analyzeBlock';
import { buildGlossary } from '../../../../server/src/core/glossary/buildGlossary';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import { analyzeDocument, flattenAnalysis } from '../../../../server/src/core/analysis/analyzeDocument';
import { find, teamGlossary } from '../../helpers';

const QUIET: AnalysisOptions = { requireSource: false, suggestClaims: 'off' };

function block(text: string, options: AnalysisOptions = QUIET, skips: number[] = []) {
  return analyzeBlock(text, skips, teamGlossary(), options);
}

/** `[id, text]` of the mentions of a block. */
function tags(text: string): Array<[string, string]> {
  return block(text).mentions.map((m) => [m.id, text.slice(m.start, m.end)]);
}

/** `[code, text]` of the diagnostics of a block. */
function problems(text: string, options: AnalysisOptions = QUIET): Array<[string, string]> {
  return block(text, options).diagnostics.map((d) => [d.code, text.slice(d.start, d.end)]);
}

describe('analyzeBlock: matching rules', () => {
  it('never tags "it" or "us"; tags the capital aliases EU, US and IT only in capitals', () => {
    expect(tags('It is up to us. Let us ask it: the EU, the US and IT. Eu, Us and It are not.')).toEqual([
      ['european-union', 'EU'],
      ['united-states', 'US'],
      ['italy', 'IT'],
    ]);
  });

  it('takes the longest match, without nesting', () => {
    expect(tags('The strategic autonomy gap is not strategic autonomy.')).toEqual([
      ['strategic-autonomy-gap', 'strategic autonomy gap'],
      ['strategic-autonomy', 'strategic autonomy'],
    ]);
  });

  it('is case-insensitive for ordinary labels and aliases', () => {
    expect(tags('STRATEGIC AUTONOMY, Strategic Autonomy, EUROPE, openai')).toEqual([
      ['strategic-autonomy', 'STRATEGIC AUTONOMY'],
      ['strategic-autonomy', 'Strategic Autonomy'],
      ['europe', 'EUROPE'],
      ['openai', 'openai'],
    ]);
  });

  it('folds diacritics, typographic apostrophes and dashes', () => {
    expect(tags('Elysee, Élysée, autonomie strategique, open weight model, open–weight model, open—weight model')).toEqual([
      ['elysee', 'Elysee'],
      ['elysee', 'Élysée'],
      ['strategic-autonomy', 'autonomie strategique'],
      ['open-weight-model', 'open weight model'],
      ['open-weight-model', 'open–weight model'],
      ['open-weight-model', 'open—weight model'],
    ]);
  });

  it('keeps word boundaries: no match inside longer words', () => {
    expect(tags('Europeans, EUROPEAN, pan-Europe, Europe2, EUR, USA, ITALIAN, oversupply, OpenAIx')).toEqual([
      ['europe', 'Europe'], // "pan-Europe": the hyphen is a boundary
    ]);
  });

  it('matches before a possessive \'s or ’s, which stays outside the mention', () => {
    expect(tags("Europe's plan, Europe’s plan, the EU's and the EU’s rules")).toEqual([
      ['europe', 'Europe'],
      ['europe', 'Europe'],
      ['european-union', 'EU'],
      ['european-union', 'EU'],
    ]);
  });

  it('matches regular plurals of the last word (-s, -es, -ies)', () => {
    expect(tags('data centres, data centers, foundation models, AI factories, supplies, Nvidias')).toEqual([
      ['data-centre', 'data centres'],
      ['data-centre', 'data centers'],
      ['foundation-model', 'foundation models'],
      ['ai-factory', 'AI factories'],
      ['supply-chain', 'supplies'],
      ['nvidia', 'Nvidias'],
    ]);
  });

  it('matches a phrase across one line break, never across a blank line', () => {
    expect(tags('strategic\nautonomy')).toEqual([['strategic-autonomy', 'strategic\nautonomy']]);
    expect(tags('strategic\r\nautonomy')).toEqual([['strategic-autonomy', 'strategic\r\nautonomy']]);
    expect(tags('strategic\n\nautonomy')).toEqual([]);
  });

  it('matches across emphasis markers between words', () => {
    expect(tags('strategic *autonomy*')).toEqual([['strategic-autonomy', 'strategic *autonomy']]);
  });

  it('matches "U.S." with its dots', () => {
    expect(tags('the U.S. and the U.S')).toEqual([
      ['united-states', 'U.S'],
      ['united-states', 'U.S'],
    ]);
  });

  it('matches nothing in inline code, HTML tags, autolinks, bare URLs or citation keys', () => {
    expect(tags('`Europe` ``EU `x` EU`` <span title="Europe"> <https://europe.eu/Europe> https://www.eu.org/Europe www.Europe.eu [@Europe2020] @EU')).toEqual([]);
  });

  it('matches link text but not link destinations or titles', () => {
    const text = '[Europe](https://x.org/Europe "Europe") and [Nvidia][Europe]';
    expect(tags(text)).toEqual([
      ['europe', 'Europe'],
      ['nvidia', 'Nvidia'],
    ]);
    expect(block(text).mentions[0]).toMatchObject({ start: 1, end: 7 });
  });

  it('matches nothing in the skipped regions it is given', () => {
    const text = 'Europe <!-- Europe --> Europe';
    const [start, end] = find(text, '<!-- Europe -->');
    expect(block(text, QUIET, [start, end]).mentions.map((m) => m.start)).toEqual([0, 23]);
  });

  it('gives block-relative offsets', () => {
    expect(block('The EU and Europe.').mentions).toEqual([
      { kind: 'actor', id: 'european-union', start: 4, end: 6, explicit: false },
      { kind: 'actor', id: 'europe', start: 11, end: 17, explicit: false },
    ]);
  });
});

describe('analyzeBlock: .notag, .actor and .concept spans', () => {
  it('suppresses matching inside .notag, and the attributes are never matched', () => {
    expect(tags('[Europe and the EU]{.notag} Nvidia {.notag}')).toEqual([['nvidia', 'Nvidia']]);
  });

  it('tags an explicit mention with ref=, over the whole span text', () => {
    const text = 'Said [the Élysée palace]{.actor ref=elysee} and [that gap]{.concept ref=strategic-autonomy-gap}.';
    const result = block(text);
    expect(result.mentions).toEqual([
      { kind: 'actor', id: 'elysee', start: 6, end: 23, explicit: true },
      { kind: 'concept', id: 'strategic-autonomy-gap', start: 49, end: 57, explicit: true },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('does not match glossary terms again inside an explicit mention', () => {
    expect(tags('[Europe and the EU]{.actor ref=europe}')).toEqual([['europe', 'Europe and the EU']]);
  });

  it('keeps only the outer one of nested explicit mentions (no nesting)', () => {
    const text = '[the [Élysée]{.actor} and [EU]{.actor ref=european-union} palace]{.actor ref=elysee}';
    expect(block(text).mentions).toEqual([{ kind: 'actor', id: 'elysee', start: 1, end: text.lastIndexOf(']{'), explicit: true }]);
  });

  it('looks up an .actor or .concept without ref by label or alias', () => {
    const result = block('[Mistral]{.actor} and [data centers]{.concept}');
    expect(result.mentions.map((m) => [m.kind, m.id, m.explicit])).toEqual([
      ['actor', 'mistral-ai', true],
      ['concept', 'data-centre', true],
    ]);
  });

  it('warns about an unknown term, or a term of the other kind', () => {
    const text = '[Atlantis]{.actor} and [Nvidia]{.concept}';
    expect(block(text).mentions).toEqual([]);
    expect(block(text).diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'unknown-term',
        message: '"Atlantis" is not a label or alias of any actor in the glossary: add it, or give ref=<id>.',
        start: 1,
        end: 9,
        data: { term: 'Atlantis', entryKind: 'actor' },
      },
      {
        severity: 'warning',
        code: 'unknown-term',
        message: '"Nvidia" is not a label or alias of any concept in the glossary: add it, or give ref=<id>.',
        start: 24,
        end: 30,
        data: { term: 'Nvidia', entryKind: 'concept' },
      },
    ]);
  });

  it('reports an unknown ref with did-you-mean suggestions, located at the id', () => {
    const text = '[the palace]{.actor ref=elyse}';
    const d = block(text).diagnostics;
    expect(d).toEqual([{ severity: 'error', code: 'unknown-id', message: 'Unknown actor id "elyse". Did you mean "elysee"?', start: 24, end: 29, data: { suggestions: ['elysee'] } }]);
    expect(block(text).mentions).toEqual([]);
  });

  it('treats a ref to an entry of the other kind as unknown', () => {
    expect(block('[x]{.concept ref=openai}').diagnostics.map((d) => [d.code, d.message])).toEqual([['unknown-id', 'Unknown concept id "openai".']]);
  });

  it('warns about attributes other than ref, suggesting ref', () => {
    expect(block('[EU]{.actor rf=european-union}').diagnostics.map((d) => [d.code, d.message, d.start, d.end])).toEqual([
      ['unknown-attribute', 'Unknown attribute "rf". Did you mean "ref"?', 12, 14],
    ]);
  });
});

describe('analyzeBlock: malformed spans', () => {
  it('reports an unclosed "{" up to the end of the line', () => {
    expect(block('[Europe]{.claim #a\nnext').diagnostics).toEqual([
      { severity: 'error', code: 'malformed-span', message: 'The span attributes "{" are never closed with "}".', start: 8, end: 18 },
    ]);
  });

  it('reports an unterminated quote as an unclosed span', () => {
    expect(problems('[x]{.claim source="open}')).toEqual([['malformed-span', '{.claim source="open}']]);
  });

  it('reports bad tokens, a duplicate key and a second id, at the token', () => {
    expect(problems('[x]{.claim #a !bad layer=models layer=models #b}')).toEqual([
      ['malformed-span', '!bad'],
      ['malformed-span', 'layer=models'],
      ['malformed-span', '#b'],
    ]);
  });

  it('reports two Briefmark classes on one span and uses the first', () => {
    const result = block('[x]{.claim .actor #a}');
    expect(result.diagnostics.map((d) => [d.code, d.message, d.start, d.end])).toEqual([
      ['malformed-span', 'A span is one of .claim, .actor, .concept or .notag, not .claim and .actor.', 11, 17],
    ]);
    expect(result.claims.map((c) => c.id)).toEqual(['a']);
  });

  it('leaves spans with other classes alone', () => {
    const result = block('[Europe]{.smallcaps #x}');
    expect(result.diagnostics).toEqual([]);
    expect(result.mentions.map((m) => m.id)).toEqual(['europe']);
    expect(result.claims).toEqual([]);
  });
});

describe('analyzeBlock: claims', () => {
  it('reads every claim attribute', () => {
    const text = '[Mistral AI lags behind OpenAI on foundation models]{.claim #lag layer=models kind=factual actor=mistral-ai about=foundation-model,ai-sovereignty stance=con source="https://x.org/r 1"}';
    const result = block(text);
    expect(result.claims).toEqual([
      {
        id: 'lag',
        idStart: text.indexOf('#lag') + 1,
        idEnd: text.indexOf('#lag') + 4,
        text: 'Mistral AI lags behind OpenAI on foundation models',
        start: 1,
        end: 51,
        spanStart: 0,
        spanEnd: text.length,
        layer: 'models',
        layerSource: 'explicit',
        kind: 'factual',
        kindSource: 'explicit',
        actor: 'mistral-ai',
        about: ['foundation-model', 'ai-sovereignty'],
        stance: 'con',
        sources: ['https://x.org/r 1'],
      },
    ]);
    expect(result.diagnostics).toEqual([]);
    // Mentions inside the claim are still found.
    expect(result.mentions.map((m) => m.id)).toEqual(['mistral-ai', 'openai', 'foundation-model']);
    // Known ids in attributes are references, placed on the id itself.
    expect(result.refs.map((r) => [r.kind, r.id, text.slice(r.start, r.end)])).toEqual([
      ['actor', 'mistral-ai', 'mistral-ai'],
      ['concept', 'foundation-model', 'foundation-model'],
      ['concept', 'ai-sovereignty', 'ai-sovereignty'],
    ]);
  });

  it('lists ref= ids as references in text order, and leaves unknown ids out', () => {
    const text = '[the palace]{.actor ref=elysee} and [x]{.claim #c about=nope,ai-sovereignty}';
    const result = block(text);
    expect(result.refs.map((r) => [r.id, text.slice(r.start, r.end)])).toEqual([
      ['elysee', 'elysee'],
      ['ai-sovereignty', 'ai-sovereignty'],
    ]);
  });

  it('places an empty id range at the attributes when a claim has no id', () => {
    const text = '[Nvidia leads]{.claim}';
    const claim = block(text).claims[0]!;
    expect([claim.idStart, claim.idEnd]).toEqual([text.indexOf('{'), text.indexOf('{')]);
  });

  it('accepts layer=cross-cutting as explicit', () => {
    expect(block('[Nvidia]{.claim #c layer=cross-cutting}').claims[0]).toMatchObject({ layer: 'cross-cutting', layerSource: 'explicit' });
  });

  it('infers the layer from the most frequent layer among the mentions inside', () => {
    const claim = block('[Nvidia builds data centres for OpenAI]{.claim #c}').claims[0]!;
    expect([claim.layer, claim.layerSource]).toEqual(['infrastructure', 'inferred']);
  });

  it('counts cross-cutting mentions as evidence for cross-cutting', () => {
    expect(block('[Europe, the EU and OpenAI]{.claim #c}').claims[0]).toMatchObject({ layer: 'cross-cutting', layerSource: 'inferred' });
    expect(block('[Europe and OpenAI build foundation models]{.claim #d}').claims[0]).toMatchObject({ layer: 'models', layerSource: 'inferred' });
  });

  it('falls back to cross-cutting with layerSource none when no mention or word points to a layer', () => {
    expect(block('[Nothing known]{.claim #empty}').claims[0]).toMatchObject({ layer: 'cross-cutting', layerSource: 'none' });
    expect(block('[It is so.]{.claim #so}').claims[0]).toMatchObject({ layer: 'cross-cutting', layerSource: 'none' });
  });

  it('picks one of the layers of a tie', () => {
    for (const text of ['[Nvidia and OpenAI]{.claim #tie}', '[OpenAI and Nvidia]{.claim #tie}']) {
      const claim = block(text).claims[0]!;
      expect(['infrastructure', 'models']).toContain(claim.layer);
      expect(claim.layerSource).toBe('inferred');
    }
  });

  it("infers the layer from the claim's own words, without any mention: the layers' keywords and its concepts' words", () => {
    const yaml = [
      'version: 1',
      'layers:',
      '  - { id: water, label: Water, keywords: [river, dam] }',
      '  - { id: land, label: Land, keywords: [soil] }',
      'concepts:',
      '  - { id: irrigation, label: drip irrigation, layer: water }',
      '  - { id: canal-irrigation, label: canal irrigation, layer: water }',
      '',
    ].join('\n');
    const glossary = buildGlossary([parseGlossaryFile('t.glossary.yaml', yaml)]).glossary;
    const layerOf = (text: string) => analyzeBlock(text, [], glossary, QUIET).claims.map((c) => [c.layer, c.layerSource]);
    expect(layerOf('[Two new dams hold back the rivers]{.claim #w}')).toEqual([['water', 'inferred']]);
    expect(layerOf('[The soil is poor here]{.claim #l}')).toEqual([['land', 'inferred']]);
    // "irrigation" is a word of two water concepts: a cue; "drip" of one only: chance.
    expect(layerOf('[Irrigation is costly]{.claim #i}')).toEqual([['water', 'inferred']]);
    expect(layerOf('[A drip is costly]{.claim #d}')).toEqual([['cross-cutting', 'none']]);
  });

  it('infers the kind from the wording, unless kind= says it', () => {
    const kinds = (text: string) => block(text).claims.map((c) => [c.kind, c.kindSource]);
    expect(kinds('[Europe must fund its own data centres]{.claim #a}')).toEqual([['normative', 'inferred']]);
    expect(kinds('[Open-weight models will narrow the gap by 2030]{.claim #b}')).toEqual([['predictive', 'inferred']]);
    expect(kinds('[Nvidia sold 40% more chips than last year]{.claim #c}')).toEqual([['statistical', 'inferred']]);
    expect(kinds('[Mistral released an open-weight model in 2023]{.claim #d}')).toEqual([['factual', 'inferred']]);
    expect(kinds('[Europe must fund its own data centres]{.claim #e kind=predictive}')).toEqual([['predictive', 'explicit']]);
  });

  it('counts explicit mentions inside the claim when inferring', () => {
    const claim = block('[[the chip firm]{.actor ref=nvidia} and [the lab]{.actor ref=openai} and [OpenAI]{.actor}]{.claim #c}').claims[0]!;
    expect([claim.layer, claim.layerSource]).toEqual(['models', 'inferred']);
  });

  it('collects sources from source=, [@key] citations and links inside, in that order', () => {
    const text = 'Out [@outside]. [Europe grows [@smith2020, p. 4] and [a report](https://ex.org/r) says @jones]{.claim #s source=@main}';
    expect(block(text).claims[0]!.sources).toEqual(['@main', '@smith2020', '@jones', 'https://ex.org/r']);
  });

  it('removes nested span markup from the claim text and folds white space', () => {
    const claim = block('[The  [Élysée]{.actor ref=elysee}\nbacks [that]{.notag} plan]{.claim #n}').claims[0]!;
    expect(claim.text).toBe('The Élysée backs that plan');
  });

  it('warns about a claim without an id, over the whole span', () => {
    const text = 'x [Nothing here]{.claim}';
    expect(block(text).diagnostics).toEqual([{ severity: 'warning', code: 'claim-without-id', message: 'This claim has no #id, so it cannot be reviewed.', start: 2, end: 24 }]);
    expect(block(text).claims[0]!.id).toBeUndefined();
  });

  it('warns about a claim without a source only when requireSource is set', () => {
    const text = '[Europe grows]{.claim #g} and [Europe grows]{.claim #h source=@k}';
    expect(problems(text)).toEqual([]);
    expect(block(text, { requireSource: true, suggestClaims: 'off' }).diagnostics).toEqual([
      { severity: 'warning', code: 'claim-without-source', message: 'This claim has no source: add source=…, a [@citation] or a link.', start: 1, end: 13, data: { claimId: 'g' } },
    ]);
  });

  it('reports unknown layer, kind, stance, actor and about ids, each at its value', () => {
    const text = '[x]{.claim #a layer=modles kind=guess stance=maybe actor=openia about=foundation-modle,,data-centre}';
    const result = block(text);
    expect(result.diagnostics.map((d) => [d.code, text.slice(d.start, d.end), d.data?.suggestions])).toEqual([
      ['unknown-layer', 'modles', ['models']],
      ['invalid-attribute-value', 'guess', []],
      ['invalid-attribute-value', 'maybe', []],
      ['unknown-id', 'openia', ['openai']],
      ['unknown-id', 'foundation-modle', ['foundation-model']],
    ]);
    expect(result.claims[0]).toMatchObject({ layer: 'cross-cutting', layerSource: 'none', kind: 'factual', kindSource: 'inferred', stance: undefined, actor: undefined, about: ['data-centre'] });
  });

  it('warns about unknown claim attributes, with a suggestion when one is close', () => {
    expect(block('[x]{.claim #a stanse=pro foo=1}').diagnostics.map((d) => d.message)).toEqual([
      'Unknown attribute "stanse". Did you mean "stance"?',
      'Unknown attribute "foo". Known: layer, kind, actor, about, stance, source.',
    ]);
  });
});

describe('analyzeBlock: deprecated wordings and suggestions', () => {
  it('tags a deprecated wording as its entry and warns with the replacement', () => {
    const text = 'We want Strategic Independence.';
    const result = block(text);
    expect(result.mentions).toEqual([{ kind: 'concept', id: 'strategic-autonomy', start: 8, end: 30, explicit: false }]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'deprecated-wording',
        message: '"Strategic Independence" is a deprecated wording; the glossary prefers "Strategic autonomy".',
        start: 8,
        end: 30,
        data: { replacement: 'Strategic autonomy', entryId: 'strategic-autonomy' },
      },
    ]);
  });

  it('lists sentences that read like claims; the flattened analysis hints at them from suggestClaims\'s level', () => {
    const text = 'Intro.\n\nEurope should build more data centres in the next five years. Is it a firm?';
    const quiet = block(text.slice(8), QUIET);
    expect(quiet.suggestions.map((s) => [s.start, s.end, s.kind, s.layer])).toEqual([[0, 61, 'normative', 'infrastructure']]);
    expect(quiet.suggestions[0]!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(quiet.diagnostics).toEqual([]);
    const hints = (options: AnalysisOptions) => flattenAnalysis(analyzeDocument(text, teamGlossary(), options)).diagnostics.filter((d) => d.code === 'possible-claim');
    expect(hints(QUIET)).toEqual([]);
    expect(hints({ ...QUIET, suggestClaims: 'all' })).toHaveLength(1);
    expect(hints(DEFAULT_OPTIONS)).toEqual([
      {
        severity: 'hint',
        code: 'possible-claim',
        message: 'This sentence reads like a normative claim: tag it so reviewers can check it.',
        start: 8,
        end: 69,
        data: { claimKind: 'normative', claimLayer: 'infrastructure' },
      },
    ]);
  });
});

describe('lookupPhrase', () => {
  it('finds the entry whose label or alias is exactly the phrase, of the kind asked', () => {
    const g = teamGlossary();
    expect(lookupPhrase('Mistral', 'actor', g)).toBe('mistral-ai');
    expect(lookupPhrase('  data centers ', 'concept', g)).toBe('data-centre');
    expect(lookupPhrase('Mistral', 'concept', g)).toBeUndefined();
    expect(lookupPhrase('Mistral and OpenAI', 'actor', g)).toBeUndefined();
    expect(lookupPhrase('the EU', 'actor', g)).toBeUndefined();
    expect(lookupPhrase('', 'actor', g)).toBeUndefined();
  });
});

describe('a wording that needs its article', () => {
  it('tags the name after "the", not the article, unless the label begins with it', async () => {
    const { makeGlossary, analyze } = await import('../../helpers');
    const glossary = makeGlossary('version: 1\nactors:\n  - id: commission\n    label: European Commission\n    type: institution\n    aliases: [the Commission]\n  - id: tdf\n    label: The Document Foundation\n    type: institution\n');
    const text = 'Then the Commission met The Document Foundation; to commission a study is not it.';
    const mentions = analyze(text, glossary).mentions.map((m) => [m.id, text.slice(m.start, m.end)]);
    expect(mentions).toEqual([
      ['commission', 'Commission'],
      ['tdf', 'The Document Foundation'],
    ]);
  });
});
