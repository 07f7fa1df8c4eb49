import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figures, inferred } from './claimModelFigures';
import { runCliIn } from './runCliIn';

let dir: string;

const run = (args: string[], cwd = dir) => runCliIn(cwd, args);

function write(file: string, text: string): void {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const BRIEF = `# Brief

[Mistral AI trains open-weight models in France]{.claim #mistral-open layer=models kind=factual actor=mistral-ai about=open-weight-model stance=pro source="https://example.org/report"}.

The EU relies on Nvidia chips, and strategic autonomy is the aim.
`;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'briefmark-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('usage errors are one line and exit 2', () => {
  it('rejects an unknown flag', async () => {
    const r = await run(['check', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("briefmark: unknown option --frobnicate (see briefmark --help)\n");
    expect(r.out).toBe('');
  });

  it('rejects a missing path', async () => {
    const r = await run(['check', 'nowhere.md']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('briefmark: nowhere.md: no such file or folder\n');
  });

  it('rejects a glossary that cannot be read', async () => {
    mkdirSync(path.join(dir, 'folder.glossary.yaml'));
    write('a.md', BRIEF);
    const r = await run(['check', 'a.md', '--glossary', 'folder.glossary.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('briefmark: cannot read folder.glossary.yaml: it is a folder\n');
    expect(r.err.split('\n')).toHaveLength(2);
  });

  it('rejects a bad --format value and an unknown command', async () => {
    expect((await run(['summary', '--format', 'pdf'])).err).toBe('briefmark: --format must be one of text, json, markdown, not "pdf"\n');
    const unknown = await run(['lint']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^briefmark: unknown command "lint"/);
  });

  it('requires --format for export', async () => {
    write('a.md', BRIEF);
    const r = await run(['export', 'claims', 'a.md']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('briefmark: --format is required: one of csv, json, markdown\n');
  });
});

describe('check', () => {
  it('writes its JSON and SARIF reports as one compact line to a file or pipe, and indented in a terminal', async () => {
    write('brief.md', BRIEF);
    for (const format of ['json', 'sarif']) {
      const piped = await runCliIn(dir, ['check', '--format', format]);
      const shown = await runCliIn(dir, ['check', '--format', format], true);
      expect(piped.out.trimEnd()).not.toContain('\n');
      expect(piped.out.endsWith('}\n')).toBe(true);
      expect(shown.out).toBe(JSON.stringify(JSON.parse(piped.out), null, 2) + '\n');
    }
  });

  it('prints the documented JSON shape', async () => {
    write('brief.md', BRIEF);
    const r = await run(['check', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['version', 'glossary', 'documents', 'summary']);
    expect(json.glossary).toMatchObject({ files: [], builtin: true });
    expect(json.glossary.concepts).toBeGreaterThanOrEqual(100);
    const doc = json.documents[0];
    expect(doc.path).toBe('brief.md');
    expect(Object.keys(doc)).toEqual(['path', 'mentions', 'claims', 'suggestions', 'candidates', 'diagnostics']);
    expect(doc.claims).toEqual([
      {
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
      },
    ]);
    const mistral = doc.mentions.find((m: { id: string }) => m.id === 'mistral-ai');
    expect(mistral).toEqual({ kind: 'actor', id: 'mistral-ai', text: 'Mistral AI', layer: 'models', explicit: false, range: { start: { line: 2, character: 1 }, end: { line: 2, character: 11 } } });
    const ids = doc.mentions.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['european-union', 'nvidia', 'strategic-autonomy', 'france', 'open-weight-model']));
    // The kind, layer and confidence are the claim model's (see ./claimModelFigures.ts).
    const sentence = 'The EU relies on Nvidia chips, and strategic autonomy is the aim.';
    const model = figures(await inferred(BRIEF), sentence);
    expect(doc.suggestions).toEqual([
      { text: sentence, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 65 } }, kind: model.kind, layer: model.layer, confidence: model.rounded },
    ]);
    expect(Object.keys(doc.suggestions[0])).toEqual(['text', 'range', 'kind', 'layer', 'confidence']);
    expect(doc.suggestions[0].confidence).toBeGreaterThanOrEqual(0.5);
    expect(doc.suggestions[0].confidence).toBeLessThanOrEqual(1);
    expect(Math.round(doc.suggestions[0].confidence * 100) / 100).toBe(doc.suggestions[0].confidence);
    expect(json.summary.layers.map((l: { id: string }) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    expect(Object.keys(json.summary.layers[1])).toEqual(['id', 'label', 'concepts', 'actors', 'claims', 'kinds']);
    expect(json.summary.layers[1].claims).toEqual({ total: 1, unchecked: 1, verified: 0, disputed: 0, retracted: 0, stale: 0 });
    expect(json.summary.layers[1].kinds).toEqual({ factual: 1, statistical: 0, predictive: 0, normative: 0 });
    expect(json.summary.layers[0].kinds).toEqual({ factual: 0, statistical: 0, predictive: 0, normative: 0 });
  });

  it('ranks the suggestions by confidence, and tells a written kind from an inferred one', async () => {
    const first = 'Some ministries talk of strategic independence, a term this team avoids.';
    const likely = 'Europe must build its own sovereign cloud before Nvidia sets the terms.';
    const last = 'The EU relies on Nvidia chips for 90% of its compute.';
    const text = `${first}\n\n${likely}\n\n${last}\n\n[France should fund open-weight models]{.claim #fund-open}.\n`;
    write('brief.md', text);
    const model = await inferred(text);
    const [a, b, c] = [figures(model, first, 'less'), figures(model, likely, 'likely'), figures(model, last, 'less')];
    // The brief must rank otherwise than it reads for the test to show the ranking.
    expect(b.rounded).toBeGreaterThan(c.rounded);
    expect(c.rounded).toBeGreaterThan(a.rounded);
    const json = JSON.parse((await run(['check', '--format', 'json'])).out);
    const doc = json.documents[0];
    expect(doc.suggestions).toEqual([
      { text: likely, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 71 } }, kind: b.kind, layer: b.layer, confidence: b.rounded },
      { text: last, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 53 } }, kind: c.kind, layer: c.layer, confidence: c.rounded },
      { text: first, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 72 } }, kind: a.kind, layer: a.layer, confidence: a.rounded },
    ]);
    expect(doc.claims).toEqual([
      {
        id: 'fund-open',
        text: 'France should fund open-weight models',
        layer: 'models',
        layerSource: 'inferred',
        kind: 'normative',
        kindSource: 'inferred',
        actor: null,
        about: [],
        stance: null,
        sources: [],
        status: 'unchecked',
        range: { start: { line: 6, character: 1 }, end: { line: 6, character: 38 } },
      },
    ]);
    expect(json.summary.layers[1].kinds).toEqual({ factual: 0, statistical: 0, predictive: 0, normative: 1 });
    // The text output hints from the editor's default threshold (likely) only.
    const check = (await run(['check'])).out;
    expect(check.match(/possible-claim/g)).toHaveLength(1);
    expect(check).toContain(`3:1  hint        possible-claim  This sentence reads like a ${b.kind} claim: tag it so reviewers can check it. (confidence ${b.confidence.toFixed(2)})`);
  });

  it('analyses an explicitly named file whatever its extension, and walks folders for briefs only (.md, .markdown)', async () => {
    write('notes.txt', 'Nvidia sells chips.');
    write('docs/a.md', 'Nvidia sells chips.');
    write('docs/b.txt', 'Nvidia sells chips.');
    write('docs/e.MARKDOWN', 'Nvidia sells chips.');
    write('docs/node_modules/c.md', 'Nvidia sells chips.');
    write('docs/.git/d.md', 'Nvidia sells chips.');
    const r = await run(['check', '--format', 'json', 'notes.txt', 'docs']);
    expect(JSON.parse(r.out).documents.map((d: { path: string }) => d.path)).toEqual(['notes.txt', 'docs/a.md', 'docs/e.MARKDOWN']);
  });

  it('exits 1 on errors, and --fail-on sets the threshold', async () => {
    write('brief.md', '[Europe leads]{.claim #x layer=nowhere}\n\n[Unreviewed]{.claim #y}\n');
    expect((await run(['check'])).code).toBe(1);
    expect((await run(['check', '--fail-on', 'never'])).code).toBe(0);
    write('brief.md', '[Europe leads]{.claim #x}\n');
    expect((await run(['check', '--fail-on', 'error'])).code).toBe(0);
    expect((await run(['check', '--fail-on', 'stale'])).code).toBe(0);
    expect((await run(['check', '--fail-on', 'unchecked'])).code).toBe(1);
    write('brief.md', 'Some ministries speak of strategic independence.\n');
    write('team.glossary.yaml', 'version: 1\nconcepts:\n  - id: strategic-autonomy\n    label: Strategic autonomy\n    definition: Ours.\n    avoid: [strategic independence]\n');
    expect((await run(['check', '--fail-on', 'error'])).code).toBe(0);
    expect((await run(['check', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('fails on stale claims with --fail-on stale', async () => {
    write('brief.md', '[Europe leads on chips]{.claim #lead}\n');
    write('brief.review.yaml', 'version: 1\nclaims:\n  lead:\n    status: verified\n    fingerprint: 00000000\n');
    expect((await run(['check', '--fail-on', 'stale'])).code).toBe(1);
    const text = await run(['check', '--fail-on', 'never']);
    expect(text.out).toContain('stale-claim');
    expect(text.out).toContain('1 stale');
  });

  it('prints aligned text a person can read, without colour when piped', async () => {
    write('brief.md', '[a]{.claim #x layer=nowhere}\n\n[b]{.claim #x}\n');
    const r = await run(['check']);
    expect(r.out).not.toContain('\x1b[');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('brief.md');
    expect(lines[1]).toMatch(/^ {2}1:2 {3}warning {5}claim-without-id|^ {2}1:\d+ +error/);
    expect(r.out).toMatch(/✖ \d+ errors?/);
    const columns = lines.slice(1, 4).filter((l) => l.startsWith('  ')).map((l) => l.search(/(error|warning) /));
    expect(new Set(columns).size).toBe(1);
  });

  it('quotes the start of a sentence that reads like a claim', async () => {
    const text = 'Europe must build its own sovereign cloud before Nvidia sets the terms for everyone.\n';
    write('brief.md', text);
    const model = figures(await inferred(text), text.trim(), 'likely');
    const r = await run(['check']);
    expect(r.out).toContain(
      `possible-claim  This sentence reads like a ${model.kind} claim: tag it so reviewers can check it. (confidence ${model.confidence.toFixed(2)}) “Europe must build its own sovereign cloud before Nvidia set…”`,
    );
  });

  it('writes SARIF 2.1.0 with 1-based regions', async () => {
    write('brief.md', 'Text.\n\n[Europe]{.claim #c layer=nowhere}\n');
    const sarif = JSON.parse((await run(['check', '--format', 'sarif'])).out);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unknown-layer');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'brief.md' }, region: { startLine: 3, startColumn: 26, endLine: 3, endColumn: 33 } });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('unknown-layer');
  });

  it('lists a broken team glossary among the documents, and the built-in glossary still works', async () => {
    write('brief.md', 'Nvidia makes chips.\n');
    write('team.glossary.yaml', 'version: 1\nconcepts:\n  - id: Bad Id\n    label: x\n    definition: y\n');
    const r = await run(['check', '--format', 'json']);
    const json = JSON.parse(r.out);
    expect(r.code).toBe(1);
    const glossary = json.documents.find((d: { path: string }) => d.path === 'team.glossary.yaml');
    expect(glossary.diagnostics[0]).toMatchObject({ severity: 'error', code: 'invalid-glossary', range: { start: { line: 2, character: 8 } } });
    expect(json.documents[0].mentions.map((m: { id: string }) => m.id)).toContain('nvidia');
  });
});

describe('summary, export and glossary', () => {
  it('summary shows every layer, gaps included', async () => {
    write('brief.md', 'Nvidia and TSMC make chips.\n');
    const r = await run(['summary']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Infrastructure');
    expect(r.out).toMatch(/Economic value {2}— nothing in this layer yet \(a gap\)/);
    const json = JSON.parse((await run(['summary', '--format', 'json'])).out);
    expect(json.layers.map((l: { id: string }) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    const markdown = (await run(['summary', '--format', 'markdown'])).out;
    expect(markdown).toContain('| Layer | Concepts | Actors |');
    expect(markdown).toContain('Gaps: ');
  });

  it('summary counts the claims per kind in each layer, and how they got their kind', async () => {
    write(
      'brief.md',
      BRIEF + '\n[France should fund open-weight models]{.claim #fund-open}.\n\n[Mistral AI will double its compute by 2027]{.claim #mistral-grows layer=models kind=predictive}.\n',
    );
    const lines = (await run(['summary'])).out.split('\n');
    const models = lines.indexOf('Models');
    expect(lines.slice(models, models + 6)).toEqual([
      'Models',
      '  concepts  1 (2 mentions): Open-weight model ×2',
      '  actors    1 (2 mentions): Mistral AI ×2',
      '  claims    3: 3 unchecked (2 by layer=, 1 inferred)',
      '  kinds     1 factual, 1 predictive, 1 normative (2 by kind=, 1 inferred)',
      '',
    ]);
    // A layer without claims gets no kinds line.
    const infrastructure = lines.indexOf('Infrastructure');
    expect(lines.slice(infrastructure + 3, infrastructure + 5)).toEqual(['  claims    —', '']);
    const markdown = (await run(['summary', '--format', 'markdown'])).out.split('\n');
    expect(markdown[2]).toBe('| Layer | Concepts | Actors | Claims | Verified | Unchecked | Stale | Disputed | Retracted | Kinds |');
    expect(markdown[3]).toBe('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    expect(markdown[5]).toBe('| Models | Open-weight model (2) | Mistral AI (2) | 3 | 0 | 3 | 0 | 0 | 0 | 1 factual, 1 predictive, 1 normative (2 by kind=, 1 inferred) |');
    expect(markdown[6]).toBe('| Economic value | — | — | 0 | 0 | 0 | 0 | 0 | 0 | — |');
    const json = JSON.parse((await run(['summary', '--format', 'json'])).out);
    expect(json.layers[1].kinds).toEqual({ factual: 1, statistical: 0, predictive: 1, normative: 1 });
  });

  it('summary puts the most frequent kind first', async () => {
    write('brief.md', '[Europe must fund chips]{.claim #a layer=infrastructure kind=normative}.\n\n[Europe should buy chips]{.claim #b layer=infrastructure kind=normative}.\n\n[Nvidia sells chips]{.claim #c layer=infrastructure kind=factual}.\n');
    expect((await run(['summary'])).out).toContain('\n  kinds     2 normative, 1 factual (3 by kind=)\n');
  });

  it('skips briefs over --max-file-size, with the reason in check and on stderr for summary and export', async () => {
    write('brief.md', BRIEF);
    const checked = await run(['check', '--max-file-size', '10']);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('file-too-large  Not analysed: the file has 262 characters, more than the limit of 10');
    expect(JSON.parse((await run(['check', '--format', 'json', '--max-file-size', '0'])).out).documents[0].claims).toHaveLength(1);
    const summary = await run(['summary', '--max-file-size', '10']);
    expect(summary.err).toBe('briefmark: brief.md: Not analysed: the file has 262 characters, more than the limit of 10 (--max-file-size N; 0 for no limit).\n');
    expect(summary.out).toContain('Models  — nothing in this layer yet (a gap)');
    const csv = await run(['export', 'claims', '--format', 'csv', '--max-file-size', '10']);
    expect(csv.out.split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(csv.err).toBe(summary.err);
    expect(await run(['check', '--max-file-size=-1'])).toEqual({ code: 2, out: '', err: 'briefmark: --max-file-size must be a whole number of characters (0 for no limit), not "-1"\n' });
  });

  it('exports the claims and the network of the briefs found, and refuses a format an export does not have', async () => {
    // The formats themselves are tested with the core (test/unit/core/export/formatExports.test.ts).
    write('brief.md', BRIEF);
    const csv = await run(['export', 'claims', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[1]).toBe('brief.md,3,mistral-open,unchecked,models,explicit,factual,explicit,mistral-ai,open-weight-model,pro,https://example.org/report,Mistral AI trains open-weight models in France');
    const graphml = await run(['export', 'network', '--format', 'graphml']);
    expect(graphml.code).toBe(0);
    expect(graphml.out).toContain('<edge id="e0" source="actor:mistral-ai" target="concept:open-weight-model">');
    expect(await run(['export', 'claims', '--format', 'graphml'])).toEqual({ code: 2, out: '', err: 'briefmark: --format must be one of csv, json, markdown, not "graphml"\n' });
  });

  it('validates glossary files with located errors and prints the schema', async () => {
    write('good.glossary.yaml', 'version: 1\nactors:\n  - id: northbridge\n    label: Northbridge\n    type: institution\n    description: A think tank.\n');
    write('bad.glossary.yaml', 'version: 1\nactors:\n  - id: x\n    label: X\n    type: club\n    description: d\n');
    const r = await run(['glossary', 'validate']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✔ good.glossary.yaml valid');
    expect(r.out).toContain('✖ bad.glossary.yaml');
    expect(r.out).toMatch(/5:11 {2}error {2}invalid-glossary {2}actors\[0\]\.type: must be one of "state"/);
    expect((await run(['glossary', 'validate', 'good.glossary.yaml'])).code).toBe(0);
    const schema = JSON.parse((await run(['glossary', 'schema'])).out);
    expect(schema.title).toBe('Briefmark glossary');
    expect(schema.properties.version).toEqual({ type: 'number', const: 1, description: 'Format version; always 1.' });
  });
});
