import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../server/src/cli/runCli';

interface Run {
  code: number;
  out: string;
  err: string;
}

let dir: string;

async function run(args: string[], cwd = dir): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(args, { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t), color: false });
  return { code, out, err };
}

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
    expect(json.summary.layers.map((l: { id: string }) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    expect(Object.keys(json.summary.layers[1])).toEqual(['id', 'label', 'concepts', 'actors', 'claims']);
    expect(json.summary.layers[1].claims).toEqual({ total: 1, unchecked: 1, verified: 0, disputed: 0, retracted: 0, stale: 0 });
  });

  it('analyses an explicitly named file whatever its extension, and walks folders for .md only', async () => {
    write('notes.txt', 'Nvidia sells chips.');
    write('docs/a.md', 'Nvidia sells chips.');
    write('docs/b.txt', 'Nvidia sells chips.');
    write('docs/node_modules/c.md', 'Nvidia sells chips.');
    write('docs/.git/d.md', 'Nvidia sells chips.');
    const r = await run(['check', '--format', 'json', 'notes.txt', 'docs']);
    expect(JSON.parse(r.out).documents.map((d: { path: string }) => d.path)).toEqual(['notes.txt', 'docs/a.md']);
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
    write('brief.md', 'Europe must build its own sovereign cloud before Nvidia sets the terms for everyone.\n');
    const r = await run(['check']);
    expect(r.out).toContain('possible-claim  This sentence reads like a claim: tag it so reviewers can check it. “Europe must build its own sovereign cloud before Nvidia set…”');
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

  it('exports the claims and the network of the briefs found, and refuses a format an export does not have', async () => {
    // The formats themselves are tested with the core (test/unit/core/formatExports.test.ts).
    write('brief.md', BRIEF);
    const csv = await run(['export', 'claims', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[1]).toBe('brief.md,3,mistral-open,unchecked,models,explicit,factual,mistral-ai,open-weight-model,pro,https://example.org/report,Mistral AI trains open-weight models in France');
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
