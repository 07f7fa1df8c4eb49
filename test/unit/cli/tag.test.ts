import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../server/src/core/analysis/analyzeBriefs';
import { runCli } from '../../../server/src/cli/runCli';
import { figures, inferred } from './claimModelFigures';
import { runCliIn } from './runCliIn';

// `briefmark tag`. Which sentences are likely claims, and the kind and layer each gets, are the
// claim model's (server/src/core/analysis/claimModel.json): the expected texts take them from the model
// (./claimModelFigures.ts), and each test first checks that its sentences are clearly on their
// side of the "likely" threshold. A retrained model that moves one fails with the sentence to
// replace, not with a puzzling diff.

let dir: string;

const run = (args: string[], cwd = dir) => runCliIn(cwd, args);

function write(file: string, content: string | Buffer): void {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

function bytes(file: string): Buffer {
  return readFileSync(path.join(dir, file));
}

/**
 * Applies a unified diff to `text`, checking every context and removed line against it: the
 * diff `tag` prints must describe exactly the change `tag --write` makes.
 */
function applyPatch(text: string, diff: string): string {
  const old = text.split(/(?<=\n)/);
  const lines = diff.split(/(?<=\n)/);
  expect(lines[0]).toMatch(/^--- a\//);
  expect(lines[1]).toMatch(/^\+\+\+ b\//);
  const out: string[] = [];
  let at = 0;
  for (let i = 2; i < lines.length; ) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$/.exec(lines[i]!);
    if (!header) throw new Error(`not a hunk header: ${JSON.stringify(lines[i])}`);
    expect(header[3]).toBe(header[1]);
    const start = Number(header[1]) - 1;
    out.push(...old.slice(at, start));
    at = start;
    for (i++; i < lines.length && !lines[i]!.startsWith('@@'); ) {
      const sign = lines[i]![0];
      let line = lines[i]!.slice(1);
      i++;
      if (lines[i]?.startsWith('\\ No newline at end of file')) {
        line = line.slice(0, -1);
        i++;
      }
      if (sign === ' ' || sign === '-') expect(old[at++]).toBe(line);
      if (sign === ' ' || sign === '+') out.push(line);
      if (sign !== ' ' && sign !== '-' && sign !== '+') throw new Error(`not a hunk line: ${JSON.stringify(line)}`);
    }
  }
  return out.join('') + old.slice(at).join('');
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'briefmark-tag-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LIKELY = 'Europe must build its own sovereign cloud before Nvidia sets the terms.';
const LESS_1 = 'The EU relies on Nvidia chips for 90% of its compute.';
const LESS_2 = 'Some ministries talk of strategic independence, a term this team avoids.';
const LESS_3 = 'Buyers already meet on the Nordic Compute Exchange, and it wants one price index for spare hours.';

// One likely claim (line 3), three less likely ones (lines 11, 12 and 18), a claim already
// tagged, and no newline at the end.
const BRIEF =
  `# Compute brief\n\n${LIKELY}\n\n` +
  '[Mistral AI trains open-weight models in France]{.claim #mistral-open layer=models kind=factual}.\n\n' +
  '## Background\n\nThis section sets the scene.\n\n' +
  `${LESS_1}\n${LESS_2}\n\n` +
  `## Data\n\nSome more words here.\n\n${LESS_3}`;

/** The `kind=… layer=…` the claim model gives each sentence of BRIEF, checked to be on its side of "likely". */
async function briefAttributes(): Promise<Record<'likely' | 'less1' | 'less2' | 'less3', string>> {
  const model = await inferred(BRIEF);
  return {
    likely: figures(model, LIKELY, 'likely').attributes,
    less1: figures(model, LESS_1, 'less').attributes,
    less2: figures(model, LESS_2, 'less').attributes,
    less3: figures(model, LESS_3, 'less').attributes,
  };
}

async function likelyDiff(file = 'brief.md'): Promise<string> {
  const a = await briefAttributes();
  return `--- a/${file}
+++ b/${file}
@@ -1,6 +1,6 @@
 # Compute brief
 
-${LIKELY}
+[${LIKELY}]{.claim #europe-must-build-own ${a.likely}}
 
 [Mistral AI trains open-weight models in France]{.claim #mistral-open layer=models kind=factual}.
 
`;
}

async function allDiff(file = 'brief.md'): Promise<string> {
  const a = await briefAttributes();
  return (
    (await likelyDiff(file)) +
    `@@ -8,11 +8,11 @@
 
 This section sets the scene.
 
-${LESS_1}
-${LESS_2}
+[${LESS_1}]{.claim #eu-relies-nvidia-chips ${a.less1}}
+[${LESS_2}]{.claim #some-ministries-talk-strategic ${a.less2}}
 
 ## Data
 
 Some more words here.
 
-${LESS_3}
\\ No newline at end of file
+[${LESS_3}]{.claim #buyers-already-meet-nordic ${a.less3}}
\\ No newline at end of file
`
  );
}

describe('tag without --write', () => {
  it('prints the unified diff of the likely claims and changes no file', async () => {
    write('brief.md', BRIEF);
    const expected = await likelyDiff();
    expect(await run(['tag'])).toEqual({ code: 0, out: expected, err: '' });
    expect(await run(['tag', 'brief.md', '--min-confidence', 'likely'])).toEqual({ code: 0, out: expected, err: '' });
    expect(bytes('brief.md').toString('utf8')).toBe(BRIEF);
  });

  it('tags the less likely sentences too with --min-confidence all, in separate hunks when far apart', async () => {
    write('brief.md', BRIEF);
    expect(await run(['tag', '--min-confidence', 'all'])).toEqual({ code: 0, out: await allDiff(), err: '' });
    expect(bytes('brief.md').toString('utf8')).toBe(BRIEF);
  });

  it('prints one diff per changed brief, with paths relative to the current folder, and nothing for the others', async () => {
    write('docs/a.md', BRIEF);
    write('docs/sub/b.md', 'Just a heading\n');
    write('docs/sub/c.md', `${LESS_1}\n`);
    const c = figures(await inferred(`${LESS_1}\n`), LESS_1);
    const r = await run(['tag', 'docs', '--min-confidence', 'all']);
    expect(r).toEqual({
      code: 0,
      out: (await allDiff('docs/a.md')) + `--- a/docs/sub/c.md\n+++ b/docs/sub/c.md\n@@ -1 +1 @@\n-${LESS_1}\n+[${LESS_1}]{.claim #eu-relies-nvidia-chips ${c.attributes}}\n`,
      err: '',
    });
    const fromSub = await run(['tag', '--min-confidence', 'all'], path.join(dir, 'docs', 'sub'));
    expect(fromSub.out.split('\n').slice(0, 2)).toEqual(['--- a/c.md', '+++ b/c.md']);
  });

  it('says so on stderr when nothing would be tagged', async () => {
    write('brief.md', `${LESS_2}\n`);
    figures(await inferred(`${LESS_2}\n`), LESS_2, 'less');
    expect(await run(['tag'])).toEqual({
      code: 0,
      out: '',
      err: 'briefmark: nothing to tag at --min-confidence likely; 1 sentence reads like a claim with less confidence (--min-confidence all tags it)\n',
    });
    write('brief.md', '# A heading\n\nShort note.\n');
    expect(await run(['tag', '--min-confidence', 'all'])).toEqual({ code: 0, out: '', err: 'briefmark: nothing to tag: no untagged sentence reads like a claim\n' });
    write('empty/notes.txt', 'not a brief');
    expect(await run(['tag', 'empty'])).toEqual({ code: 0, out: '', err: 'briefmark: nothing to tag: no brief found\n' });
  });
});

describe('tag --write', () => {
  it('inserts the markup and changes no other byte', async () => {
    write('brief.md', BRIEF);
    const diff = (await run(['tag', '--min-confidence', 'all'])).out;
    const r = await run(['tag', '--min-confidence', 'all', '--write']);
    expect(r).toEqual({ code: 0, out: 'tagged 4 claims in brief.md\n', err: '' });
    const written = bytes('brief.md').toString('utf8');
    expect(written).toBe(applyPatch(BRIEF, diff));
    const a = await briefAttributes();
    expect(written).toBe(
      BRIEF.replace(LIKELY, `[${LIKELY}]{.claim #europe-must-build-own ${a.likely}}`)
        .replace(LESS_1, `[${LESS_1}]{.claim #eu-relies-nvidia-chips ${a.less1}}`)
        .replace(LESS_2, `[${LESS_2}]{.claim #some-ministries-talk-strategic ${a.less2}}`)
        .replace(LESS_3, `[${LESS_3}]{.claim #buyers-already-meet-nordic ${a.less3}}`),
    );
  });

  it('keeps CRLF line endings, a byte order mark, a missing final newline and every UTF-8 byte as they were', async () => {
    const unicode = 'Léa says the Élysée must fund open-weight models 🚀 before 2030.';
    const original = `\uFEFF${LIKELY}\r\n\r\n${unicode}\r\n${LESS_1}`;
    write('crlf.md', Buffer.from(original, 'utf8'));
    const model = await inferred(original);
    const a = { likely: figures(model, LIKELY, 'likely').attributes, unicode: figures(model, unicode).attributes, less: figures(model, LESS_1).attributes };
    const diff = (await run(['tag', '--min-confidence', 'all'])).out;
    expect(diff).toBe(
      '--- a/crlf.md\n+++ b/crlf.md\n@@ -1,4 +1,4 @@\n' +
        `-\uFEFF${LIKELY}\r\n` +
        `+\uFEFF[${LIKELY}]{.claim #europe-must-build-own ${a.likely}}\r\n` +
        ' \r\n' +
        `-${unicode}\r\n` +
        `-${LESS_1}\n\\ No newline at end of file\n` +
        `+[${unicode}]{.claim #lea-says-elysee-must ${a.unicode}}\r\n` +
        `+[${LESS_1}]{.claim #eu-relies-nvidia-chips ${a.less}}\n\\ No newline at end of file\n`,
    );
    const r = await run(['tag', '--min-confidence', 'all', '--write']);
    expect(r).toEqual({ code: 0, out: 'tagged 3 claims in crlf.md\n', err: '' });
    const expected = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`[${LIKELY}]{.claim #europe-must-build-own ${a.likely}}\r\n\r\n`, 'latin1'),
      Buffer.from([0x5b, 0x4c, 0xc3, 0xa9, 0x61]), // [Léa
      Buffer.from(' says the ', 'latin1'),
      Buffer.from([0xc3, 0x89]), // É
      Buffer.from('lys', 'latin1'),
      Buffer.from([0xc3, 0xa9]), // é
      Buffer.from('e must fund open-weight models ', 'latin1'),
      Buffer.from([0xf0, 0x9f, 0x9a, 0x80]), // 🚀
      Buffer.from(` before 2030.]{.claim #lea-says-elysee-must ${a.unicode}}\r\n`, 'latin1'),
      Buffer.from(`[${LESS_1}]{.claim #eu-relies-nvidia-chips ${a.less}}`, 'latin1'),
    ]);
    expect(bytes('crlf.md').equals(expected)).toBe(true);
    expect(bytes('crlf.md').toString('utf8')).toBe(applyPatch(original, diff));
  });

  it('tags only the likely claims by default, and reports each file it changed', async () => {
    const second = 'Europe should fund open-weight models before 2030.';
    write('a.md', BRIEF);
    write('b.md', `${LESS_2}\n`);
    write('c.md', `${LIKELY}\n\n${second}\n`);
    figures(await inferred(`${LESS_2}\n`), LESS_2, 'less');
    const c = await inferred(`${LIKELY}\n\n${second}\n`);
    const r = await run(['tag', '--write']);
    expect(r).toEqual({ code: 0, out: 'tagged 1 claim in a.md\ntagged 2 claims in c.md\n', err: '' });
    expect(bytes('a.md').toString('utf8')).toBe(applyPatch(BRIEF, await likelyDiff('a.md')));
    expect(bytes('b.md').toString('utf8')).toBe(`${LESS_2}\n`);
    expect(bytes('c.md').toString('utf8')).toBe(
      `[${LIKELY}]{.claim #europe-must-build-own ${figures(c, LIKELY, 'likely').attributes}}\n\n` +
        `[${second}]{.claim #europe-should-fund-open ${figures(c, second, 'likely').attributes}}\n`,
    );
  });

  it('leaves a brief already tagged as it is', async () => {
    write('brief.md', BRIEF);
    await run(['tag', '--min-confidence', 'all', '--write']);
    const tagged = bytes('brief.md');
    const again = await run(['tag', '--min-confidence', 'all', '--write']);
    expect(again).toEqual({ code: 0, out: '', err: 'briefmark: nothing to tag: no untagged sentence reads like a claim\n' });
    expect(bytes('brief.md').equals(tagged)).toBe(true);
    expect((await run(['tag', '--min-confidence', 'all'])).out).toBe('');
    const check = JSON.parse((await run(['check', '--format', 'json'])).out);
    expect(check.documents[0].suggestions).toEqual([]);
    expect(check.documents[0].claims.map((c: { id: string; kindSource: string; layerSource: string }) => `${c.id} ${c.kindSource} ${c.layerSource}`)).toEqual([
      'europe-must-build-own explicit explicit',
      'mistral-open explicit explicit',
      'eu-relies-nvidia-chips explicit explicit',
      'some-ministries-talk-strategic explicit explicit',
      'buyers-already-meet-nordic explicit explicit',
    ]);
  });

  it('gives new ids that neither the brief nor its review sidecar uses', async () => {
    const text = `${LIKELY}\n\n[Older wording]{.claim #europe-must-build-own}\n`;
    write('brief.md', text);
    write('brief.review.yaml', 'version: 1\nclaims:\n  europe-must-build-own-2:\n    status: verified\n    fingerprint: 00000000\n');
    const a = figures(await inferred(text), LIKELY, 'likely').attributes;
    expect(await run(['tag', '--write'])).toEqual({ code: 0, out: 'tagged 1 claim in brief.md\n', err: '' });
    expect(bytes('brief.md').toString('utf8')).toBe(`[${LIKELY}]{.claim #europe-must-build-own-3 ${a}}\n\n[Older wording]{.claim #europe-must-build-own}\n`);
  });

  it('takes the glossary options as check does', async () => {
    const sentence = 'Northwind Grid must cut its prices for European firms before 2030.';
    const team = 'version: 1\nactors:\n  - id: northwind-grid\n    label: Northwind Grid\n    type: company\n    layer: economic-value\n    description: A grid operator.\n';
    write('brief.md', `${sentence}\n`);
    write('team/grid.yaml', team);
    const { glossary } = await loadGlossary({ host: { readFile: async (p) => (p === 'team/grid.yaml' ? team : undefined) }, files: ['team/grid.yaml'], builtin: false });
    const withTeam = figures(await inferred(`${sentence}\n`, glossary), sentence);
    expect(withTeam.layer).toBe('economic-value');
    const r = await run(['tag', 'brief.md', '--glossary', 'team/grid.yaml', '--no-builtin', '--min-confidence', 'all', '--write']);
    expect(r).toEqual({ code: 0, out: 'tagged 1 claim in brief.md\n', err: '' });
    expect(bytes('brief.md').toString('utf8')).toBe(`[${sentence}]{.claim #northwind-grid-must-cut ${withTeam.attributes}}\n`);
  });

  it('says on stderr that a team glossary is broken, and tags with the rest', async () => {
    write('brief.md', `${LIKELY}\n`);
    write('team.glossary.yaml', 'version: 1\nconcepts:\n  - id: Bad Id\n    label: x\n    definition: y\n');
    expect(await run(['tag', 'brief.md', '--write'])).toEqual({
      code: 0,
      out: 'tagged 1 claim in brief.md\n',
      err: 'briefmark: team.glossary.yaml has errors (briefmark check lists them); tagging goes on with the entries that could be read\n',
    });
  });

  it('skips a brief over --max-file-size, and one that is not UTF-8, with a note', async () => {
    const latin1 = Buffer.from(`L\xe9a says ${LIKELY}\n`, 'latin1');
    write('big.md', BRIEF);
    write('latin1.md', latin1);
    write('ok.md', `${LIKELY}\n`);
    expect(BRIEF.length).toBe(491);
    const r = await run(['tag', 'big.md', 'latin1.md', 'ok.md', '--max-file-size', '100', '--write']);
    expect(r).toEqual({
      code: 0,
      out: 'tagged 1 claim in ok.md\n',
      err: 'briefmark: big.md: not tagged: it has 491 characters, more than --max-file-size 100\nbriefmark: latin1.md: not tagged: it is not UTF-8 text\n',
    });
    expect(bytes('big.md').toString('utf8')).toBe(BRIEF);
    expect(bytes('latin1.md').equals(latin1)).toBe(true);
    expect((await run(['tag', 'big.md', '--max-file-size', '0'])).out).toBe(await likelyDiff('big.md'));
    expect(await run(['tag', 'big.md', '--max-file-size', '100'])).toEqual({ code: 0, out: '', err: 'briefmark: big.md: not tagged: it has 491 characters, more than --max-file-size 100\n' });
  });
});

describe('tag --write and a file changed meanwhile', () => {
  it('does not overwrite a brief that changed after it was read', async () => {
    write('a.md', BRIEF);
    write('b.md', BRIEF);
    let out = '';
    let err = '';
    // Each "tagged" line is printed after its file is written: b.md is saved between a.md's write and its own.
    const stdout = (text: string) => {
      out += text;
      if (text.includes('a.md')) write('b.md', BRIEF + '\n\nA new paragraph.');
    };
    const code = await runCli(['tag', 'a.md', 'b.md', '--write'], { cwd: dir, stdout, stderr: (t) => (err += t), color: false });
    expect({ code, out, err }).toEqual({ code: 0, out: 'tagged 1 claim in a.md\n', err: 'briefmark: b.md: not written: it changed while being tagged\n' });
    expect(bytes('b.md').toString('utf8')).toBe(BRIEF + '\n\nA new paragraph.');
  });
});

describe('tag errors are one line and exit 2, changing nothing', () => {
  it.each([
    [['tag', '--frobnicate'], 'briefmark: unknown option --frobnicate (see briefmark --help)\n'],
    [['tag', '--min-confidence', 'some'], 'briefmark: --min-confidence must be one of likely, all, not "some"\n'],
    [['tag', '--max-file-size', '1e6'], 'briefmark: --max-file-size must be a whole number of characters (0 for no limit), not "1e6"\n'],
    [['tag', '--format', 'json'], 'briefmark: unknown option --format (see briefmark --help)\n'],
    [['tag', 'nowhere.md', '--write'], 'briefmark: nowhere.md: no such file or folder\n'],
    [['tag', '--glossary', 'missing.yaml', '--write'], 'briefmark: missing.yaml: no such file\n'],
  ])('%j', async (args, err) => {
    write('brief.md', BRIEF);
    expect(await run(args)).toEqual({ code: 2, out: '', err });
    expect(bytes('brief.md').toString('utf8')).toBe(BRIEF);
  });

  it('writes no file when a later brief cannot be analysed (its review sidecar is a folder)', async () => {
    write('a.md', BRIEF);
    write('b.md', BRIEF);
    mkdirSync(path.join(dir, 'b.review.yaml'));
    expect(await run(['tag', 'a.md', 'b.md', '--write'])).toEqual({ code: 2, out: '', err: 'briefmark: cannot read b.review.yaml: it is a folder\n' });
    expect(bytes('a.md').toString('utf8')).toBe(BRIEF);
  });

  // Permissions do not stop root (nor apply on Windows): the test is skipped there.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('writes no file when one of the briefs cannot be read', async () => {
    write('a.md', BRIEF);
    write('b.md', BRIEF);
    chmodSync(path.join(dir, 'b.md'), 0o000);
    expect(await run(['tag', 'a.md', 'b.md', '--write'])).toEqual({ code: 2, out: '', err: 'briefmark: cannot read b.md: permission denied\n' });
    expect(bytes('a.md').toString('utf8')).toBe(BRIEF);
  });
});

describe('usage', () => {
  it('lists tag in the help', async () => {
    const r = await run(['tag', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  tag     [paths…] [--glossary FILE]… [--no-builtin] [--min-confidence likely|all] [--write]\n');
    expect(r.out).toContain('--max-file-size N');
  });
});
