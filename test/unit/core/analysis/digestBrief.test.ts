import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../../server/src/core/analysis/analyzeBlock';
import { analyzeDocument } from '../../../../server/src/core/analysis/analyzeDocument';
import { buildGlossary } from '../../../../server/src/core/glossary/buildGlossary';
import { builtinGlossarySources } from '../../../../server/src/core/glossary/builtinGlossary';
import { digestBrief, digestBriefText, locateId, skippedDigest, type DigestInput } from '../../../../server/src/core/analysis/digestBrief';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import { PieceText } from '../../../../server/src/core/text/pieceText';
import { resolveBrief } from '../../../../server/src/core/analysis/resolveBrief';
import { fingerprintClaim } from '../../../../server/src/core/review/reviewFile';
import { summarizeLayers } from '../../../../server/src/core/summary/summarizeLayers';
import { find, teamGlossary } from '../../helpers';

const BRIEF = `# Compute

Nvidia sells to the EU. The EU buys compute, and more compute.

[The [palace]{.actor ref=elysee} wants an AI factory]{.claim #factory actor=elysee about=ai-factory}

[Mistral AI lags OpenAI]{.claim #lag layer=models}

[Untagged claim about OpenAI]{.claim}
`;

function input(text: string | PieceText, reviewText?: string, more: Partial<DigestInput> = {}): DigestInput {
  return { path: 'briefs/compute.md', text, reviewText, glossary: teamGlossary(), options: DEFAULT_OPTIONS, maxFileSize: 1_000_000, ...more };
}

describe('digestBriefText', () => {
  it('digests a brief in pieces, as a worker decodes it, as it digests the string', () => {
    const long = `${BRIEF}\n`.repeat(300);
    const pieces = PieceText.fromPieces(long.match(/[\s\S]{1,4000}/g)!);
    expect(digestBriefText(input(pieces))).toEqual(digestBriefText(input(long)));
  });

  it('counts mentions per entry, with kind and layer (the heading counts too)', () => {
    const digest = digestBriefText(input(BRIEF));
    expect(digest.path).toBe('briefs/compute.md');
    expect(digest.skipped).toBeUndefined();
    const byKey = (a: { kind: string; id: string }, b: { kind: string; id: string }) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`);
    expect([...digest.mentions].sort(byKey)).toEqual([
      { kind: 'actor', id: 'elysee', layer: 'economic-value', count: 1 },
      { kind: 'actor', id: 'european-union', layer: 'cross-cutting', count: 2 },
      { kind: 'actor', id: 'mistral-ai', layer: 'models', count: 1 },
      { kind: 'actor', id: 'nvidia', layer: 'infrastructure', count: 1 },
      { kind: 'actor', id: 'openai', layer: 'models', count: 2 },
      { kind: 'concept', id: 'ai-factory', layer: 'infrastructure', count: 1 },
      { kind: 'concept', id: 'compute', layer: 'infrastructure', count: 3 },
    ]);
    // The counts add up to the report's mentions.
    const report = resolveBrief('briefs/compute.md', analyzeDocument(BRIEF, teamGlossary()), undefined);
    expect(digest.mentions.reduce((n, m) => n + m.count, 0)).toBe(report.mentions.length);
  });

  it('keeps the ids written in ref=, actor=, about= once each', () => {
    expect(digestBriefText(input(BRIEF)).refIds).toEqual(['elysee', 'ai-factory']);
  });

  it('keeps the claims as the report has them', () => {
    const digest = digestBriefText(input(BRIEF));
    expect(digest.claims.map((c) => [c.id, c.text, c.layer, c.status, c.actor, c.about])).toEqual([
      // The palace is cross-cutting; the AI factory and the word "factory" are infrastructure.
      ['factory', 'The palace wants an AI factory', 'infrastructure', 'unchecked', 'elysee', ['ai-factory']],
      ['lag', 'Mistral AI lags OpenAI', 'models', 'unchecked', null, []],
      [null, 'Untagged claim about OpenAI', 'models', 'unchecked', null, []],
    ]);
    const report = resolveBrief('briefs/compute.md', analyzeDocument(BRIEF, teamGlossary()), undefined);
    expect(digest.claims).toEqual(report.claims);
  });

  it('has no review diagnostics without a review file, or with a clean one', () => {
    expect(digestBriefText(input(BRIEF)).reviewDiagnostics).toEqual([]);
    const review = `version: 1\nclaims:\n  lag:\n    status: verified\n    fingerprint: ${fingerprintClaim('Mistral AI lags OpenAI')}\n`;
    const digest = digestBriefText(input(BRIEF, review));
    expect(digest.reviewDiagnostics).toEqual([]);
    expect(digest.claims.find((c) => c.id === 'lag')!.status).toBe('verified');
  });

  it('places an orphan review record in the review file’s lines, not the brief’s', () => {
    const review = `version: 1\r\nclaims:\r\n  lag:\r\n    status: disputed\r\n  gone:\r\n    status: verified\r\n`;
    const digest = digestBriefText(input(BRIEF, review));
    const line = review.split('\n').findIndex((l) => l.startsWith('  gone:'));
    expect(digest.reviewDiagnostics).toEqual([
      {
        severity: 'warning',
        code: 'orphan-review-record',
        message: 'No claim with id "gone" in the brief: it was renamed or removed.',
        range: { start: { line, character: 2 }, end: { line, character: 6 } },
      },
    ]);
    expect(digest.claims.find((c) => c.id === 'lag')!.status).toBe('disputed');
  });

  it('reports a broken review file in its own positions', () => {
    const review = 'version: 1\nclaims:\n  lag:\n    status: maybe\n';
    const [diagnostic] = digestBriefText(input(BRIEF, review)).reviewDiagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', code: 'invalid-review-file' });
    expect(diagnostic!.range.start.line).toBe(3);
  });

  it('skips a brief longer than maxFileSize, and analyses one of exactly that size', () => {
    expect(digestBriefText(input(BRIEF, 'not: [valid', { maxFileSize: BRIEF.length - 1 }))).toEqual({
      path: 'briefs/compute.md',
      mentions: [],
      refIds: [],
      claims: [],
      reviewDiagnostics: [],
      candidates: [],
      skipped: 'too-large',
    });
    const exact = digestBriefText(input(BRIEF, undefined, { maxFileSize: BRIEF.length }));
    expect(exact.skipped).toBeUndefined();
    expect(exact.mentions.length).toBeGreaterThan(0);
  });

  it('digests an empty brief to nothing', () => {
    expect(digestBriefText(input(''))).toEqual({ path: 'briefs/compute.md', mentions: [], refIds: [], claims: [], reviewDiagnostics: [], candidates: [] });
  });

  it('works with the built-in glossary', () => {
    const glossary = buildGlossary(builtinGlossarySources()).glossary;
    const digest = digestBriefText(input('Strategic autonomy needs data centres and strategic autonomy.\n', undefined, { glossary }));
    expect(digest.mentions.length).toBeGreaterThan(0);
    for (const m of digest.mentions) expect(glossary[m.kind === 'concept' ? 'concepts' : 'actors'].has(m.id)).toBe(true);
  });
});

describe('digestBrief', () => {
  it('counts a concept and an actor with the same id apart, and refs once per id', () => {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const mention = (kind: 'concept' | 'actor', id: string, layer: string) => ({ kind, id, text: id, layer, explicit: false, range: at });
    const report = {
      path: 'b.md',
      mentions: [mention('actor', 'x', 'models'), mention('concept', 'x', 'infrastructure'), mention('actor', 'x', 'models'), mention('concept', 'y', 'cross-cutting')],
      refs: [
        { kind: 'actor' as const, id: 'x', range: at },
        { kind: 'concept' as const, id: 'x', range: at },
        { kind: 'concept' as const, id: 'z', range: at },
      ],
      claims: [],
      suggestions: [],
      candidates: [],
      diagnostics: [],
      reviewDiagnostics: [],
    };
    expect(digestBrief(report, [])).toEqual({
      path: 'b.md',
      mentions: [
        { kind: 'actor', id: 'x', layer: 'models', count: 2 },
        { kind: 'concept', id: 'x', layer: 'infrastructure', count: 1 },
        { kind: 'concept', id: 'y', layer: 'cross-cutting', count: 1 },
      ],
      refIds: ['x', 'z'],
      claims: [],
      reviewDiagnostics: [],
      candidates: [],
    });
  });

  it('passes the review diagnostics it is given through unchanged', () => {
    const report = resolveBrief('b.md', analyzeDocument('Text.', teamGlossary()), undefined);
    const diagnostics = [{ severity: 'warning' as const, code: 'orphan-review-record', message: 'm', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } }];
    expect(digestBrief(report, diagnostics).reviewDiagnostics).toBe(diagnostics);
  });

  it('feeds summarizeLayers with counts the same as one item per mention', () => {
    const report = resolveBrief('b.md', analyzeDocument(BRIEF, teamGlossary()), undefined);
    const perMention = summarizeLayers(teamGlossary(), [report]);
    const perEntry = summarizeLayers(teamGlossary(), [digestBrief(report, [])]);
    expect(perEntry).toEqual(perMention);
  });
});

describe('skippedDigest', () => {
  it('makes an empty digest with its reason', () => {
    expect(skippedDigest('a.md', 'unreadable')).toEqual({ path: 'a.md', mentions: [], refIds: [], claims: [], reviewDiagnostics: [], candidates: [], skipped: 'unreadable' });
    expect(skippedDigest('a.md', 'too-large').skipped).toBe('too-large');
  });
});

describe('locateId', () => {
  const text = `Nvidia and the EU.\r\n\r\nThe [Union]{.actor ref=european-union} and [the EU again]{.claim #c actor=european-union}.\n\n😀 EU`;
  const lines = new LineIndex(text);
  const range = (start: number, end: number) => lines.range(start, end);

  it('returns each mention and each written id as 0-based LSP ranges', () => {
    const found = locateId(text, teamGlossary(), DEFAULT_OPTIONS, 'actor', 'european-union');
    const [eu1] = find(text, 'EU');
    const [union] = find(text, 'Union');
    const [eu2] = find(text, 'EU', 1);
    const [eu3] = find(text, 'EU', 2);
    expect(found.mentions).toEqual([range(eu1, eu1 + 2), range(union, union + 5), range(eu2, eu2 + 2), range(eu3, eu3 + 2)]);
    const [ref1] = find(text, 'european-union');
    const [ref2] = find(text, 'european-union', 1);
    expect(found.refs).toEqual([range(ref1, ref1 + 14), range(ref2, ref2 + 14)]);
    // Spelled out: line 0 is "Nvidia and the EU.", the emoji counts two UTF-16 units.
    expect(found.mentions[0]).toEqual({ start: { line: 0, character: 15 }, end: { line: 0, character: 17 } });
    expect(found.mentions[3]).toEqual({ start: { line: 4, character: 3 }, end: { line: 4, character: 5 } });
    expect(found.refs[0]).toEqual({ start: { line: 2, character: 23 }, end: { line: 2, character: 37 } });
  });

  it('keeps to the kind and id asked for', () => {
    expect(locateId(text, teamGlossary(), DEFAULT_OPTIONS, 'concept', 'european-union')).toEqual({ mentions: [], refs: [] });
    expect(locateId(text, teamGlossary(), DEFAULT_OPTIONS, 'actor', 'nvidia')).toEqual({ mentions: [range(0, 6)], refs: [] });
    expect(locateId(text, teamGlossary(), DEFAULT_OPTIONS, 'actor', 'no-such-id')).toEqual({ mentions: [], refs: [] });
  });

  it('finds concept ids in about=', () => {
    const brief = 'An AI factory.\n[Build]{.claim #b about=ai-factory}\n';
    const column = '[Build]{.claim #b about='.length;
    expect(locateId(brief, teamGlossary(), DEFAULT_OPTIONS, 'concept', 'ai-factory')).toEqual({
      mentions: [{ start: { line: 0, character: 3 }, end: { line: 0, character: 13 } }],
      refs: [{ start: { line: 1, character: column }, end: { line: 1, character: column + 'ai-factory'.length } }],
    });
  });

  it('finds the same mentions with suggestions skipped (as the workspace index runs it)', () => {
    const options = { ...DEFAULT_OPTIONS, skipSuggestions: true };
    expect(locateId(BRIEF, teamGlossary(), options, 'actor', 'openai')).toEqual(locateId(BRIEF, teamGlossary(), DEFAULT_OPTIONS, 'actor', 'openai'));
    expect(locateId(BRIEF, teamGlossary(), options, 'actor', 'openai').mentions).toHaveLength(2);
  });
});
