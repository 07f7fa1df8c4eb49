import { describe, expect, it } from 'vitest';
import { analyzeBriefs, DEFAULT_MAX_FILE_SIZE, loadGlossary, type FileReader } from '../../../../server/src/core/analysis/analyzeBriefs';
import { fingerprintClaim } from '../../../../server/src/core/review/reviewFile';
import { TEAM_YAML } from '../../helpers';

/** An in-memory host: a Map of path → text; records what was read. */
function host(files: Record<string, string>): FileReader & { reads: string[] } {
  const map = new Map(Object.entries(files));
  const reads: string[] = [];
  return {
    reads,
    readFile: async (path: string) => {
      reads.push(path);
      return map.get(path);
    },
  };
}

const BRIEF = `# Brief

The EU and Nvidia build data centres.

[Mistral AI lags OpenAI]{.claim #lag layer=models}

[Nvidia sells chips]{.claim #chips}
`;

describe('loadGlossary', () => {
  it('loads team files in order, then the built-in glossary', async () => {
    const loaded = await loadGlossary({ host: host({ 'team.glossary.yaml': TEAM_YAML }), files: ['team.glossary.yaml'], builtin: true });
    expect(loaded.sources.map((s) => s.path)).toEqual(['team.glossary.yaml']);
    expect(loaded.glossary.files).toEqual(['team.glossary.yaml']);
    // The team file wins by id.
    expect(loaded.glossary.actors.get('nvidia')!.origin).toBe('team.glossary.yaml');
    // "AI factory" is also a built-in wording: the team entry takes it, with a warning on the team file.
    expect(loaded.diagnostics.get('team.glossary.yaml')!.map((d) => [d.code, TEAM_YAML.slice(d.start, d.end), d.message])).toEqual([
      ['contested-alias', 'AI factory', '"AI Factory" is also a wording of actor "ai-factories" (the built-in glossary); this entry takes it.'],
    ]);
  });

  it('reports a missing team file as missing, and uses nothing from it', async () => {
    const loaded = await loadGlossary({ host: host({}), files: ['gone.glossary.yaml'], builtin: false });
    expect(loaded.diagnostics.get('gone.glossary.yaml')!.map((d) => [d.code, d.message])).toEqual([['invalid-glossary', 'The glossary file does not exist (it was moved or deleted).']]);
    expect(loaded.glossary.entries).toEqual([]);
  });
});

describe('analyzeBriefs', () => {
  it('analyses briefs with their review sidecars and summarises them', async () => {
    const files = {
      'team.glossary.yaml': TEAM_YAML,
      'briefs/a.md': BRIEF,
      'briefs/a.review.yaml': `version: 1\nclaims:\n  lag:\n    status: verified\n    fingerprint: ${fingerprintClaim('Mistral AI lags OpenAI')}\n  chips:\n    status: disputed\n`,
      'briefs/b.md': 'Europe and the EU.\n',
    };
    const h = host(files);
    const report = await analyzeBriefs({ host: h, files: ['team.glossary.yaml'], builtin: false, briefs: ['briefs/a.md', 'briefs/b.md'] });
    expect(report.glossary).toEqual({ files: ['team.glossary.yaml'], builtin: false, concepts: 9, actors: 8 });
    expect(report.documents.map((d) => [d.path, d.role])).toEqual([
      ['briefs/a.md', 'brief'],
      ['briefs/b.md', 'brief'],
    ]);
    const a = report.documents[0]!;
    expect(a.mentions.map((m) => m.id)).toEqual(['european-union', 'nvidia', 'data-centre', 'mistral-ai', 'openai', 'nvidia']);
    expect(a.claims.map((c) => [c.id, c.status, c.layer])).toEqual([
      ['lag', 'verified', 'models'],
      ['chips', 'disputed', 'infrastructure'],
    ]);
    expect(a.diagnostics.map((d) => d.code)).toEqual(['disputed-claim']);
    expect(h.reads).toEqual(['team.glossary.yaml', 'briefs/a.md', 'briefs/a.review.yaml', 'briefs/b.md', 'briefs/b.review.yaml']);

    const byId = Object.fromEntries(report.summary.layers.map((l) => [l.id, l]));
    expect(Object.keys(byId)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    expect(byId['infrastructure']!.actors).toEqual([{ id: 'nvidia', label: 'Nvidia', count: 2 }]);
    expect(byId['infrastructure']!.concepts).toEqual([{ id: 'data-centre', label: 'data centre', count: 1 }]);
    expect(byId['infrastructure']!.claims).toEqual({ total: 1, unchecked: 0, verified: 0, disputed: 1, retracted: 0, stale: 0 });
    expect(byId['models']!.claims).toEqual({ total: 1, unchecked: 0, verified: 1, disputed: 0, retracted: 0, stale: 0 });
    expect(byId['economic-value']).toMatchObject({ concepts: [], actors: [], claims: { total: 0 } });
    expect(byId['cross-cutting']!.actors).toEqual([
      { id: 'european-union', label: 'European Union', count: 2 },
      { id: 'europe', label: 'Europe', count: 1 },
    ]);
  });

  it('adds glossary and review files with problems as documents, with LSP ranges', async () => {
    const badGlossary = 'version: 1\nconcepts:\n  - id: x\n    label: X\n    definition: d\n    colour: red\n';
    const review = 'version: 1\nclaims:\n  gone:\n    status: verified\n';
    const report = await analyzeBriefs({
      host: host({ 'bad.glossary.yaml': badGlossary, 'team.glossary.yaml': TEAM_YAML, 'a.md': BRIEF, 'a.review.yaml': review }),
      files: ['bad.glossary.yaml', 'team.glossary.yaml'],
      builtin: true,
      briefs: ['a.md'],
    });
    expect(report.glossary.files).toEqual(['team.glossary.yaml']);
    expect(report.glossary.builtin).toBe(true);
    expect(report.documents.map((d) => [d.path, d.role])).toEqual([
      ['a.md', 'brief'],
      ['bad.glossary.yaml', 'glossary'],
      ['team.glossary.yaml', 'glossary'],
      ['a.review.yaml', 'review'],
    ]);
    expect(report.documents[2]!.diagnostics.map((d) => d.code)).toEqual(['contested-alias']);
    expect(report.documents[1]!.diagnostics).toEqual([
      { severity: 'error', code: 'invalid-glossary', message: 'concepts[0]: unknown field "colour"', range: { start: { line: 5, character: 4 }, end: { line: 5, character: 10 } } },
    ]);
    expect(report.documents[3]!.diagnostics).toEqual([
      { severity: 'warning', code: 'orphan-review-record', message: 'No claim with id "gone" in the brief: it was renamed or removed.', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } } },
    ]);
  });

  it('does not analyse a brief above the size limit, and says so', async () => {
    const report = await analyzeBriefs({ host: host({ 'big.md': 'Europe '.repeat(20) }), files: [], builtin: false, briefs: ['big.md'], maxFileSize: 100 });
    expect(report.documents).toEqual([
      {
        path: 'big.md',
        role: 'brief',
        mentions: [],
        refs: [],
        claims: [],
        suggestions: [],
        candidates: [],
        reviewDiagnostics: [],
        diagnostics: [
          {
            severity: 'information',
            code: 'file-too-large',
            message: 'Not analysed: the file has 140 characters, more than the limit of 100 (briefmark.maxFileSize).',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          },
        ],
      },
    ]);
    expect(DEFAULT_MAX_FILE_SIZE).toBe(5_000_000);
  });

  it('analyses a missing brief as empty', async () => {
    const report = await analyzeBriefs({ host: host({}), files: [], builtin: false, briefs: ['nowhere.md'] });
    expect(report.documents).toHaveLength(1);
    expect(report.documents[0]).toMatchObject({ path: 'nowhere.md', mentions: [], claims: [], diagnostics: [] });
  });

  it('passes the analysis options on', async () => {
    const files = { 't.glossary.yaml': TEAM_YAML, 'a.md': '[Europe must act now on data centres]{.claim #a}\n\nEurope must invest much more in its own data centres in the next decade.' };
    const strict = await analyzeBriefs({ host: host(files), files: ['t.glossary.yaml'], builtin: false, briefs: ['a.md'], options: { requireSource: true, suggestClaims: 'off' } });
    expect(strict.documents[0]!.diagnostics.map((d) => d.code)).toEqual(['claim-without-source']);
    expect(strict.documents[0]!.suggestions).toHaveLength(1);
    const lenient = await analyzeBriefs({ host: host(files), files: ['t.glossary.yaml'], builtin: false, briefs: ['a.md'] });
    expect(lenient.documents[0]!.diagnostics.map((d) => d.code)).toEqual(['possible-claim']);
  });

  it('uses the built-in glossary alone', async () => {
    const report = await analyzeBriefs({ host: host({ 'a.md': 'Emmanuel Macron met Mistral AI.' }), files: [], builtin: true, briefs: ['a.md'] });
    expect(report.documents[0]!.mentions.map((m) => m.id)).toEqual(['emmanuel-macron', 'mistral-ai']);
    expect(report.glossary.files).toEqual([]);
    expect(report.glossary.concepts).toBeGreaterThanOrEqual(100);
  });
});
