import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../server/src/core/analysis/analyzeDocument';
import { EXPORT_FORMATS, formatExport, type ExportInput } from '../../../../server/src/core/export/formatExports';
import { resolveBrief } from '../../../../server/src/core/analysis/resolveBrief';
import { teamGlossary } from '../../helpers';

const BRIEF = `# Brief

[Mistral AI trains open-weight models in France]{.claim #mistral-open layer=models kind=factual actor=mistral-ai about=open-weight-model stance=pro source="https://example.org/report"}.

[=1+1 says Mistral, about "compute" | data centres]{.claim #formula actor=mistral-ai stance=con}

[The EU needs AI sovereignty]{.claim actor=european-union}
`;

/** One brief analysed with the team glossary, as the CLI and the server hand it over. */
function input(text = BRIEF, path = 'briefs/a.md'): ExportInput {
  const glossary = teamGlossary();
  return { index: glossary, documents: [resolveBrief(path, analyzeDocument(text, glossary), undefined)] };
}

describe('EXPORT_FORMATS', () => {
  it('lists the formats of each export', () => {
    expect(EXPORT_FORMATS).toEqual({ claims: ['csv', 'json', 'markdown'], network: ['csv', 'json', 'markdown', 'graphml'] });
  });
});

describe('claims', () => {
  it('writes RFC 4180 CSV, quoting where needed and defusing cells a spreadsheet would run', () => {
    expect(formatExport(input(), 'claims', 'csv').split('\r\n')).toEqual([
      'path,line,id,status,layer,layerSource,kind,kindSource,actor,about,stance,sources,text',
      'briefs/a.md,3,mistral-open,unchecked,models,explicit,factual,explicit,mistral-ai,open-weight-model,pro,https://example.org/report,Mistral AI trains open-weight models in France',
      `briefs/a.md,5,formula,unchecked,infrastructure,inferred,factual,inferred,mistral-ai,,con,,"'=1+1 says Mistral, about ""compute"" | data centres"`,
      'briefs/a.md,7,,unchecked,cross-cutting,inferred,normative,inferred,european-union,,,,The EU needs AI sovereignty',
      '',
    ]);
  });

  it('writes a Markdown register with escaped cells', () => {
    expect(formatExport(input(), 'claims', 'markdown')).toBe(
      [
        '# Claims register',
        '',
        '| Brief | Line | Id | Status | Layer | Claim | Actor | About | Sources |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| briefs/a.md | 3 | mistral-open | unchecked | models | Mistral AI trains open-weight models in France | mistral-ai | open-weight-model | https://example.org/report |',
        '| briefs/a.md | 5 | formula | unchecked | infrastructure | =1+1 says Mistral, about "compute" \\| data centres | mistral-ai |  |  |',
        '| briefs/a.md | 7 |  | unchecked | cross-cutting | The EU needs AI sovereignty | european-union |  |  |',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON with the public fields of each claim and its path', () => {
    const json = JSON.parse(formatExport(input(), 'claims', 'json'));
    expect(json.version).toBe(1);
    expect(json.claims[0]).toEqual({
      path: 'briefs/a.md',
      id: 'mistral-open',
      text: 'Mistral AI trains open-weight models in France',
      layer: 'models',
      layerSource: 'explicit',
      kind: 'factual',
      kindSource: 'explicit',
      actor: 'mistral-ai',
      about: ['open-weight-model'],
      stance: 'pro',
      sources: ['https://example.org/report'],
      status: 'unchecked',
      range: { start: { line: 2, character: 1 }, end: { line: 2, character: 47 } },
    });
  });
});

describe('network', () => {
  it('links each claim\'s actor to its about= concepts, else to the concepts mentioned inside it', () => {
    const json = JSON.parse(formatExport(input(), 'network', 'json'));
    expect(json.edges).toEqual([
      { source: 'actor:mistral-ai', target: 'concept:open-weight-model', stance: 'pro', weight: 1, claims: ['briefs/a.md#mistral-open'] },
      { source: 'actor:mistral-ai', target: 'concept:compute', stance: 'con', weight: 1, claims: ['briefs/a.md#formula'] },
      { source: 'actor:mistral-ai', target: 'concept:data-centre', stance: 'con', weight: 1, claims: ['briefs/a.md#formula'] },
      { source: 'actor:european-union', target: 'concept:ai-sovereignty', stance: 'neutral', weight: 1, claims: ['briefs/a.md'] },
    ]);
    expect(json.nodes.find((n: { id: string }) => n.id === 'actor:mistral-ai')).toEqual({ id: 'actor:mistral-ai', kind: 'actor', label: 'Mistral AI', layer: 'models', type: 'company' });
  });

  it('writes GraphML with typed keys and escaped text, CSV edges with labels, and a Markdown table', () => {
    const graphml = formatExport(input('[Mistral needs compute]{.claim #x actor=mistral-ai about=compute}\n', 'briefs/r&d <1>.md'), 'network', 'graphml');
    expect(graphml).toContain('<key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(graphml).toContain('<edge id="e0" source="actor:mistral-ai" target="concept:compute">');
    expect(graphml).toContain('<data key="claims">briefs/r&amp;d &lt;1&gt;.md#x</data>');
    expect(formatExport(input(), 'network', 'csv').split('\r\n').slice(0, 2)).toEqual([
      'source,target,source_label,target_label,stance,weight,claims',
      'actor:mistral-ai,concept:open-weight-model,Mistral AI,open-weight model,pro,1,briefs/a.md#mistral-open',
    ]);
    expect(formatExport(input(), 'network', 'markdown').split('\n').slice(0, 5)).toEqual([
      '# Discourse network',
      '',
      '| Actor | Concept | Stance | Claims |',
      '| --- | --- | --- | ---: |',
      '| Mistral AI | open-weight model | pro | 1 |',
    ]);
  });

  it('labels a node by its id when the glossary has no such entry', () => {
    const json = JSON.parse(formatExport({ index: { concepts: new Map(), actors: new Map() }, documents: input().documents }, 'network', 'json'));
    expect(json.nodes[0]).toEqual({ id: 'actor:mistral-ai', kind: 'actor', label: 'mistral-ai', layer: 'cross-cutting', type: 'actor' });
  });
});
