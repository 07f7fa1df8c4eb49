import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCodeCacheFile } from '../../../server/src/node/runWithCodeCache';

// The built command as a shell runs it, its output piped into a reader that stops early
// (`briefmark check --format json … | head -c 10`).

const cli = path.resolve(__dirname, '../../../dist/cli.js');
let dir: string;
const BRIEF = 'Compute capacity in the EU is concentrated in three cloud providers. The AI Act applies from 2026.\n\n'.repeat(3000);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'briefmark-pipe-'));
  // About 2 MB of JSON: far more than a pipe's buffer, so the writes outlive the reader.
  writeFileSync(path.join(dir, 'brief.md'), BRIEF);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI, reads `bytes` bytes of its stdout, closes the pipe, and waits for the exit. */
function runAndCloseEarly(args: string[], bytes: number): Promise<{ head: string; stderr: string; code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let head = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      head += chunk.toString('utf8');
      if (head.length >= bytes) {
        head = head.slice(0, bytes);
        child.stdout.destroy();
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ head, stderr, code, signal }));
  });
}

describe('briefmark, its output piped to a reader that closes early', () => {
  it('needs the build (npm run build)', () => {
    expect(existsSync(cli), `${cli} is missing: run npm run build`).toBe(true);
  });

  it('ends quietly, with the check\'s own exit code, when the reader has gone', async () => {
    const run = await runAndCloseEarly(['check', '--format', 'json', 'brief.md'], 10);
    expect(run.head).toBe('{"version"');
    expect(run.stderr).toBe('');
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
  });

  it('writes the whole of a large report into a reader that is slow to start, before it ends', async () => {
    const run = await new Promise<{ out: string; code: number | null }>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'check', '--format', 'json', 'brief.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 500);
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ out: Buffer.concat(chunks).toString('utf8'), code }));
    });
    expect(run.code).toBe(0);
    expect(run.out.length).toBeGreaterThan(1_000_000);
    const report = JSON.parse(run.out);
    expect(report.documents[0].mentions.length).toBeGreaterThanOrEqual(3000 * 3);
  });

  it('ends quietly for a diff too, and changes no file', async () => {
    const run = await runAndCloseEarly(['tag', '--min-confidence', 'all', 'brief.md'], 5);
    expect(run.head).toBe('--- a');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'brief.md'), 'utf8')).toBe(BRIEF);
  });
});

describe('the built bundles', () => {
  it("carry zod's English messages only (scripts/englishZodPlugin.mjs), and zod still speaks English", async () => {
    for (const bundle of ['cli-main.js', 'server-main.js', 'indexWorker.js']) {
      const text = readFileSync(path.resolve(__dirname, '../../../dist', bundle), 'utf8');
      // zod's Russian, Ukrainian and other Cyrillic locales would bring these letters.
      expect(/[\u0400-\u04ff]/.test(text), `${bundle} holds another locale`).toBe(false);
    }
    writeFileSync(path.join(dir, 'bad.glossary.yaml'), 'version: 1\nconcepts:\n  - id: ok\n    label: OK\n    layer: 3\n');
    const run = await new Promise<{ out: string; code: number | null }>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'glossary', 'validate', 'bad.glossary.yaml'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ out, code }));
    });
    rmSync(path.join(dir, 'bad.glossary.yaml'));
    expect(run.out).toContain('concepts[0].layer: expected string, received number');
    expect(run.code).toBe(1);
  });
});

describe('the CLI bundle at start', () => {
  const EU_BRIEF = 'Compute capacity in the EU is concentrated in three cloud providers.\n';

  it('has code caches made by the build for the bundles as they are (server/src/node/runWithCodeCache.ts)', () => {
    const dist = path.resolve(__dirname, '../../../dist');
    const caches = readdirSync(dist).filter((f) => f.startsWith('cli-') && f.endsWith('.cache'));
    // The CLI's own, and those of the packages a check with a team glossary and a review file loads.
    expect(caches.sort()).toEqual(['cli-js-yaml.cache', 'cli-main.cache', 'cli-yaml.cache', 'cli-zod.cache']);
    for (const name of caches) {
      const bundle = readFileSync(path.join(dist, name.replace(/\.cache$/, '.js')));
      const cache = readCodeCacheFile(readFileSync(path.join(dist, name)));
      expect(cache?.bundle.equals(bundle), name).toBe(true);
      expect(cache!.data.length, name).toBeGreaterThan(50_000);
    }
  });

  /** Runs a copy of dist/cli.js that has only the files in `files` beside it. */
  function runCopy(files: string[], args: string[], cwd: string): Promise<{ out: string; err: string; code: number | null }> {
    const bin = path.join(cwd, 'bin');
    mkdirSync(bin, { recursive: true });
    for (const file of ['cli.js', 'cli-main.js', 'cli-main.cache', 'builtin-glossary-index.json', ...files]) copyFileSync(path.resolve(__dirname, '../../../dist', file), path.join(bin, file));
    return runIn(bin, args, cwd);
  }

  /** Runs `test` in a new folder that holds `files` (name → text), and removes the folder after. */
  async function inFolder(files: Record<string, string>, test: (cwd: string) => Promise<void>): Promise<void> {
    const cwd = mkdtempSync(path.join(tmpdir(), 'briefmark-bin-'));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(cwd, name), text);
      await test(cwd);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }

  function runIn(bin: string, args: string[], cwd: string): Promise<{ out: string; err: string; code: number | null }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(bin, 'cli.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ out, err, code }));
    });
  }

  it('writes its code cache when the one beside it is missing or made for other code, and leaves one that fits', () =>
    inFolder({ 'brief.md': EU_BRIEF }, async (cwd) => {
      const first = await runCopy([], ['check', '--format', 'json', 'brief.md'], cwd);
      expect(first.err).toBe('');
      const bin = path.join(cwd, 'bin');
      const cache = path.join(bin, 'cli-main.cache');
      const bundle = readFileSync(path.join(bin, 'cli-main.js'));
      const fits = () => readCodeCacheFile(readFileSync(cache))?.bundle.equals(bundle) === true;
      const longAgo = new Date(0);
      utimesSync(cache, longAgo, longAgo);
      expect((await runIn(bin, ['check', 'brief.md'], cwd)).err).toBe('');
      expect(statSync(cache).mtimeMs).toBe(0);

      writeFileSync(cache, Buffer.concat([Buffer.from([1, 0, 0, 0]), Buffer.from('x'), Buffer.alloc(64)]));
      expect((await runIn(bin, ['check', 'brief.md'], cwd)).err).toBe('');
      expect(fits()).toBe(true);

      rmSync(cache);
      expect((await runIn(bin, ['check', 'brief.md'], cwd)).err).toBe('');
      expect(fits()).toBe(true);
      expect(readdirSync(bin).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }));

  it('checks a brief with the built-in glossary without loading yaml, js-yaml or zod', () =>
    inFolder({ 'brief.md': EU_BRIEF }, async (cwd) => {
      const run = await runCopy([], ['check', '--format', 'json', 'brief.md'], cwd);
      expect(run.err).toBe('');
      expect(JSON.parse(run.out).documents[0].mentions.length).toBeGreaterThan(0);
    }));

  it('loads them from the files beside it when a glossary or review file is read', () =>
    inFolder(
      {
        'brief.md': '[The cloud is concentrated]{.claim #cloud} among Acme Compute and others.\n',
        'brief.review.yaml': 'version: 1\nclaims:\n  cloud:\n    status: verified\n',
        'team.glossary.yaml': 'version: 1\nactors:\n  - id: acme\n    label: Acme Compute\n    type: company\n',
      },
      async (cwd) => {
        const without = await runCopy([], ['check', '--format', 'json', 'brief.md'], cwd);
        expect(without.code).toBe(2);
        expect(without.err).toMatch(/^briefmark: internal error: ENOENT: no such file or directory, open '.*[/\\]bin[/\\]cli-(?:yaml|js-yaml|zod)\.js'/);
        const run = await runCopy(['cli-yaml.js', 'cli-js-yaml.js', 'cli-zod.js'], ['check', '--format', 'json', 'brief.md'], cwd);
        expect(run.err).toBe('');
        const doc = JSON.parse(run.out).documents[0];
        expect(doc.mentions.map((m: { id: string }) => m.id)).toContain('acme');
        expect(doc.claims[0].status).toBe('verified');
      },
    ));
});
