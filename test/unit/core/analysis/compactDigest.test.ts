import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../../server/src/core/analysis/analyzeBlock';
import { claimsFromBytes, claimsToBytes, compactDigest, compactUses, countDigestMentions, digestClaims, digestMentions, internIds } from '../../../../server/src/core/analysis/compactDigest';
import { MentionCounter } from '../../../../server/src/core/analysis/mentionCounter';
import { digestBriefText, skippedDigest } from '../../../../server/src/core/analysis/digestBrief';
import { fingerprintClaim } from '../../../../server/src/core/review/reviewFile';
import { summarizeLayers } from '../../../../server/src/core/summary/summarizeLayers';
import { teamGlossary } from '../../helpers';

const BRIEF = `Nvidia sells to the EU. The EU buys compute.

[The [palace]{.actor ref=elysee} wants an AI factory’s “chips”]{.claim #factory actor=elysee about=ai-factory}

[Mistral AI lags OpenAI]{.claim #lag layer=models}
`;

const REVIEW = `version: 1
claims:
  lag:
    status: verified
    reviewer: ana
    fingerprint: ${fingerprintClaim('Mistral AI lags OpenAI')}
`;

function digest() {
  return digestBriefText({ path: 'b.md', text: BRIEF, reviewText: REVIEW, glossary: teamGlossary(), options: DEFAULT_OPTIONS, maxFileSize: 1_000_000 });
}

describe('compactDigest', () => {
  it('keeps the claims exactly, non-ASCII text and review records included', () => {
    const full = digest();
    const compact = compactDigest(full);
    expect(digestClaims(compact)).toEqual(full.claims);
    expect(digestClaims(compact)[1]!.review).toMatchObject({ status: 'verified', reviewer: 'ana' });
    expect(digestClaims(compact)[0]!.review).toBeUndefined();
  });

  it('stores claims as UTF-8 bytes, about half of the objects’ JSON', () => {
    const full = digest();
    const bytes = claimsToBytes(full.claims);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBeLessThan(JSON.stringify(full.claims).length * 0.75);
    expect(claimsFromBytes(new Uint8Array())).toEqual([]);
  });

  it('counts claims per layer, status and layer source, enough for the summary', () => {
    const glossary = teamGlossary();
    const full = digest();
    const compact = compactDigest(full);
    const layerOf = (kind: 'concept' | 'actor', id: string) => (kind === 'actor' ? glossary.actors : glossary.concepts).get(id)?.layer ?? 'cross-cutting';
    const fromCompact = summarizeLayers(glossary, [{ mentions: digestMentions(compact, layerOf), claims: compact.claimCounts }]);
    expect(fromCompact).toEqual(summarizeLayers(glossary, [full]));
    expect(compact.claimCounts.reduce((n, c) => n + c.count, 0)).toBe(2);
  });

  it('adds its mention counts to a counter, which summarises as the full digest does', () => {
    const glossary = teamGlossary();
    const full = digest();
    const counter = new MentionCounter(glossary);
    countDigestMentions(compactDigest(full), counter);
    countDigestMentions(compactDigest(full), counter);
    const twice = summarizeLayers(glossary, [{ mentions: counter.result(), claims: [] }]);
    expect(twice).toEqual(summarizeLayers(glossary, [{ mentions: full.mentions, claims: [] }, { mentions: full.mentions, claims: [] }]));
    expect(twice.layers.some((l) => l.concepts.length + l.actors.length > 0)).toBe(true);
  });

  it('gives the mentions back with counts, concepts then actors', () => {
    const full = digest();
    const back = digestMentions(compactDigest(full), () => 'models');
    const key = (m: { kind: string; id: string; count: number }) => `${m.kind}:${m.id}:${m.count}`;
    expect(back.map(key).sort()).toEqual(full.mentions.map(key).sort());
    expect(new Set(back.map((m) => m.layer))).toEqual(new Set(['models']));
  });

  it('says whether a brief mentions an entry or writes its id, by kind', () => {
    const compact = compactDigest(digest());
    expect(compactUses(compact, 'actor', 'nvidia')).toBe(true);
    expect(compactUses(compact, 'concept', 'nvidia')).toBe(false);
    expect(compactUses(compact, 'concept', 'ai-factory')).toBe(true);
    expect(compactUses(compact, 'actor', 'openai')).toBe(true);
    expect(compactUses(compact, 'actor', 'italy')).toBe(false);
    expect(compactUses(compactDigest(skippedDigest('a.md', 'too-large')), 'actor', 'nvidia')).toBe(false);
    expect(compactDigest(skippedDigest('a.md', 'too-large')).skipped).toBe('too-large');
  });

  it('interns ids to the glossary’s strings, leaving unknown ones as they are', () => {
    const glossary = teamGlossary();
    const compact = compactDigest(digest());
    compact.actors.push('not-in-glossary');
    const canonical = (kind: 'concept' | 'actor', id: string) => (kind === 'actor' ? glossary.actors : glossary.concepts).get(id)?.id;
    const interned = internIds(compact, canonical);
    expect(interned.actors).toContain('not-in-glossary');
    expect(interned.actors.filter((id) => id !== 'not-in-glossary').every((id) => glossary.actors.has(id))).toBe(true);
    expect(interned.refIds.sort()).toEqual(['ai-factory', 'elysee']);
  });
});
