import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileUri, fsPathOf, nodeFileHost } from '../../../server/src/node/nodeFileHost';

const dir = mkdtempSync(path.join(tmpdir(), 'briefmark host '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, 'notes'));
mkdirSync(path.join(dir, '.cache'));
mkdirSync(path.join(dir, 'node_modules'));
writeFileSync(path.join(dir, 'a brief.md'), 'Élysée\n');
writeFileSync(path.join(dir, 'notes', 'b.md'), 'b');
writeFileSync(path.join(dir, '.cache', 'c.md'), 'c');
writeFileSync(path.join(dir, 'node_modules', 'd.md'), 'd');

describe('nodeFileHost', () => {
  it('reads a file by its URI, and gives undefined for a missing one', async () => {
    expect(await nodeFileHost.readFile(fileUri(path.join(dir, 'a brief.md')))).toBe('Élysée\n');
    expect(await nodeFileHost.readFile(fileUri(path.join(dir, 'none.md')))).toBeUndefined();
    expect(await nodeFileHost.readFile(fileUri(path.join(dir, 'a brief.md', 'x')))).toBeUndefined();
  });

  it('throws for a folder and for a URI that is not on this machine', async () => {
    await expect(nodeFileHost.readFile(fileUri(path.join(dir, 'notes')))).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(nodeFileHost.readFile('vscode-vfs://github/org/repo/a.md')).rejects.toThrow('Not a file on this machine');
  });

  it('lists the files below a folder as URIs, without dot-folders and node_modules', async () => {
    const files = await nodeFileHost.listFiles(fileUri(dir));
    expect(files).toEqual([fileUri(path.join(dir, 'a brief.md')), fileUri(path.join(dir, 'notes', 'b.md'))]);
    expect(files.map(fsPathOf)).toEqual([path.join(dir, 'a brief.md'), path.join(dir, 'notes', 'b.md')]);
    await expect(nodeFileHost.listFiles(fileUri(path.join(dir, 'none')))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('tells a file from a folder, with its size, and nothing from a missing path', async () => {
    expect(await nodeFileHost.stat(fileUri(path.join(dir, 'a brief.md')))).toEqual({ type: 'file', size: Buffer.byteLength('Élysée\n') });
    expect((await nodeFileHost.stat(fileUri(path.join(dir, 'notes'))))?.type).toBe('folder');
    expect(await nodeFileHost.stat(fileUri(path.join(dir, 'none')))).toBeUndefined();
  });
});
