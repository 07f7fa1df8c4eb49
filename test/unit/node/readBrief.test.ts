import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBrief } from '../../../server/src/node/readBrief';

const dir = mkdtempSync(path.join(tmpdir(), 'briefmark-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBrief', () => {
  it('decodes a file in parts exactly as a whole read does, whatever falls on a part boundary', () => {
    // Two-, three- and four-byte characters, a byte order mark and CRLF, at every alignment.
    const text = '\ufeffÉlysée ’quoted’ 😀 data\r\n'.repeat(40);
    const file = path.join(dir, 'brief.md');
    writeFileSync(file, text);
    for (const partBytes of [1, 2, 3, 5, 7, 64, 1000, 1 << 15]) {
      const read = readBrief(file, partBytes)!;
      expect(read.length, `parts of ${partBytes} bytes`).toBe(text.length);
      expect(read.toString(), `parts of ${partBytes} bytes`).toBe(text);
    }
  });

  it('reads an empty file, and undefined for a missing one', () => {
    writeFileSync(path.join(dir, 'empty.md'), '');
    expect(readBrief(path.join(dir, 'empty.md'))!.toString()).toBe('');
    expect(readBrief(path.join(dir, 'missing.md'))).toBeUndefined();
  });

  it('reads bytes that are not UTF-8, without looping', () => {
    const file = path.join(dir, 'binary.md');
    writeFileSync(file, Buffer.alloc(100, 0x80));
    expect(readBrief(file, 8)!.length).toBe(100);
  });
});
