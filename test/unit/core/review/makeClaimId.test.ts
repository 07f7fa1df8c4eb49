import { describe, expect, it } from 'vitest';
import { makeClaimId } from '../../../../server/src/core/review/makeClaimId';

const none = new Set<string>();

describe('makeClaimId', () => {
  it('makes a readable slug of the first meaningful words', () => {
    expect(makeClaimId('Europe lags in foundation models', none)).toBe('europe-lags-foundation-models');
    expect(makeClaimId('Nvidia builds data centres across the EU', none)).toBe('nvidia-builds-data-centres');
    expect(makeClaimId('AI sovereignty 2030: 40% of compute', none)).toBe('ai-sovereignty-2030-40');
  });

  it('drops small words, but keeps them when they are all there is', () => {
    expect(makeClaimId('The cost of the energy is high', none)).toBe('cost-energy-high');
    expect(makeClaimId('It is what it is', none)).toBe('it-what-it');
    expect(makeClaimId('A the of', none)).toBe('a-the-of');
  });

  it('takes at most maxWords words', () => {
    const text = 'one two three four five six seven';
    expect(makeClaimId(text, none)).toBe('one-two-three-four');
    expect(makeClaimId(text, none, 6)).toBe('one-two-three-four-five-six');
    expect(makeClaimId(text, none, 1)).toBe('one');
  });

  it('folds diacritics and special letters', () => {
    expect(makeClaimId('L’Élysée décide', none)).toBe('l-elysee-decide');
    expect(makeClaimId('ÉLYSÉE ŒUVRE', none)).toBe('elysee-oeuvre');
    expect(makeClaimId('Straße in København', none)).toBe('strasse-kobenhavn');
  });

  it('does not make a word of a possessive', () => {
    expect(makeClaimId("Europe's foundation models lag", none)).toBe('europe-foundation-models-lag');
    expect(makeClaimId('The EU’s AI Act', none)).toBe('eu-ai-act');
  });

  it('reduces span markup to its text, nested spans too', () => {
    expect(makeClaimId('[The EU]{.actor ref=european-union} lags', none)).toBe('eu-lags');
    expect(makeClaimId('The [EU]{.actor ref=european-union} lags [OpenAI]{.actor ref=openai}', none)).toBe('eu-lags-openai');
    // A selection holding a whole claim with a span inside: no attribute words (claim, ref) leak in.
    expect(makeClaimId('[the [EU]{.actor ref=european-union} lags]{.claim #old}', none)).toBe('eu-lags');
    expect(makeClaimId('[[Mistral]{.actor ref=mistral-ai} trains models]{.concept ref="x y"}', none)).toBe('mistral-trains-models');
  });

  it('reduces a Markdown link to its text, not its address', () => {
    expect(makeClaimId('[The report](https://example.org/energy-report) shows costs rose', none)).toBe('report-shows-costs-rose');
  });

  it('leaves brackets that are not markup as words', () => {
    expect(makeClaimId('Growth [sic] stalled', none)).toBe('growth-sic-stalled');
  });

  it('is "claim" when there are no ASCII words', () => {
    expect(makeClaimId('', none)).toBe('claim');
    expect(makeClaimId('   ', none)).toBe('claim');
    expect(makeClaimId('!!! — ???', none)).toBe('claim');
    expect(makeClaimId('日本', none)).toBe('claim');
    expect(makeClaimId('日本 policy', none)).toBe('policy');
  });

  it('adds -2, -3 … until the id is free', () => {
    expect(makeClaimId('Europe lags', new Set(['europe-lags']))).toBe('europe-lags-2');
    expect(makeClaimId('Europe lags', new Set(['europe-lags', 'europe-lags-2']))).toBe('europe-lags-3');
    expect(makeClaimId('Europe lags', new Set(['europe-lags-2']))).toBe('europe-lags');
    expect(makeClaimId('', new Set(['claim']))).toBe('claim-2');
  });

  it('only makes ids that the span syntax and the glossary id pattern accept', () => {
    for (const text of ['Élysée’s “plan” — 2030!', '[x]{.actor ref=y}', 'a_b.c-d', '  __ ', 'ÆØÅ', 'İstanbul']) {
      expect(makeClaimId(text, none)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});
