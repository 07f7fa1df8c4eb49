import { describe, expect, it } from 'vitest';
import { analyzeBriefs } from '../../../../server/src/core/analysis/analyzeBriefs';
import { formatJsonReport } from '../../../../server/src/core/export/formatJsonReport';
import { TEAM_YAML } from '../../helpers';

async function report() {
  const files = new Map([
    ['t.glossary.yaml', TEAM_YAML],
    ['a.md', 'The EU.\n\n[Nvidia sells 40% more chips than anyone]{.claim #c kind=statistical source=@r}\n\nEurope must build 40% more data centres now.\n\nThe Harbour Policy Institute (HPI) agrees.\n\nEurope should build its own data centres for the models it trains.'],
    ['a.review.yaml', 'version: 1\nclaims:\n  c: {status: disputed, reviewer: x, note: n}\n'],
  ]);
  return analyzeBriefs({ host: { readFile: async (p) => files.get(p) }, files: ['t.glossary.yaml'], builtin: false, briefs: ['a.md'] });
}

describe('formatJsonReport', () => {
  it('has exactly the documented keys, in order', async () => {
    const json = formatJsonReport(await report()) as Record<string, any>;
    expect(Object.keys(json)).toEqual(['version', 'glossary', 'documents', 'summary']);
    expect(json.version).toBe(1);
    expect(Object.keys(json.glossary)).toEqual(['files', 'builtin', 'concepts', 'actors']);
    const doc = json.documents[0];
    expect(Object.keys(doc)).toEqual(['path', 'mentions', 'claims', 'suggestions', 'candidates', 'diagnostics']);
    expect(Object.keys(doc.mentions[0])).toEqual(['kind', 'id', 'text', 'layer', 'explicit', 'range']);
    expect(Object.keys(doc.claims[0])).toEqual(['id', 'text', 'layer', 'layerSource', 'kind', 'kindSource', 'actor', 'about', 'stance', 'sources', 'status', 'range']);
    expect(Object.keys(doc.suggestions[0])).toEqual(['text', 'range', 'kind', 'layer', 'confidence']);
    expect(Object.keys(doc.candidates[0])).toEqual(['text', 'range', 'kind', 'type', 'aliases']);
    expect(Object.keys(doc.diagnostics[0])).toEqual(['severity', 'code', 'message', 'range']);
    expect(Object.keys(json.summary)).toEqual(['layers']);
    expect(Object.keys(json.summary.layers[0])).toEqual(['id', 'label', 'concepts', 'actors', 'claims', 'kinds']);
    expect(Object.keys(json.summary.layers[0].kinds)).toEqual(['factual', 'statistical', 'predictive', 'normative']);
  });

  it('carries the values of the report, and nothing internal', async () => {
    const json = formatJsonReport(await report()) as Record<string, any>;
    expect(json.glossary).toEqual({ files: ['t.glossary.yaml'], builtin: false, concepts: 9, actors: 8 });
    const doc = json.documents[0];
    expect(doc.path).toBe('a.md');
    expect(doc.mentions[0]).toEqual({ kind: 'actor', id: 'european-union', text: 'EU', layer: 'cross-cutting', explicit: false, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } } });
    expect(doc.claims).toEqual([
      {
        id: 'c',
        text: 'Nvidia sells 40% more chips than anyone',
        layer: 'infrastructure',
        layerSource: 'inferred',
        kind: 'statistical',
        kindSource: 'explicit',
        actor: null,
        about: [],
        stance: null,
        sources: ['@r'],
        status: 'disputed',
        range: { start: { line: 2, character: 1 }, end: { line: 2, character: 40 } },
      },
    ]);
    // Ranked: the likelier claim (no figure, a longer sentence) first, though it comes last.
    expect(doc.suggestions).toEqual([
      { text: 'Europe should build its own data centres for the models it trains.', range: { start: { line: 8, character: 0 }, end: { line: 8, character: 66 } }, kind: 'normative', layer: 'infrastructure', confidence: 0.95 },
      { text: 'Europe must build 40% more data centres now.', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 44 } }, kind: 'normative', layer: 'infrastructure', confidence: 0.89 },
    ]);
    expect(doc.candidates).toEqual([
      { text: 'Harbour Policy Institute', range: { start: { line: 6, character: 4 }, end: { line: 6, character: 28 } }, kind: 'actor', type: 'institution', aliases: ['HPI'] },
      { text: 'HPI', range: { start: { line: 6, character: 30 }, end: { line: 6, character: 33 } }, kind: 'actor', type: 'institution', aliases: ['Harbour Policy Institute'] },
    ]);
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toEqual(['disputed-claim', 'unknown-name', 'unknown-name', 'possible-claim']);
    expect(JSON.stringify(json)).not.toMatch(/"(?:data|fingerprint|spanRange|review|reviewDiagnostics|role|claimLayerSources|claimKinds|claimKindSources|facts)"/);
    expect(json.summary.layers.map((l: { id: string }) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    expect(json.summary.layers[0].claims).toEqual({ total: 1, unchecked: 0, verified: 0, disputed: 1, retracted: 0, stale: 0 });
  });

  it('survives a JSON round trip unchanged', async () => {
    const json = formatJsonReport(await report());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
