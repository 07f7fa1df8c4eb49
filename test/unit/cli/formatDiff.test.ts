import { describe, expect, it } from 'vitest';
import { formatDiff } from '../../../server/src/cli/formatDiff';
import { makeStyle } from '../../../server/src/cli/style';
import type { Insertion } from '../../../server/src/core/review/claimTagEdits';

// The expected texts below are what `diff -u --label a/b.md --label b/b.md` prints for the same
// change (checked by hand when they were written).

/** Lines `1`…`n`, each with a newline. */
function numbered(n: number): string {
  return Array.from({ length: n }, (_, i) => `${i + 1}\n`).join('');
}

/** Insertions that wrap line `line` (1-based) of `text` in `[` … `]`. */
function wrapLine(text: string, line: number): Insertion[] {
  let start = 0;
  for (let i = 1; i < line; i++) start = text.indexOf('\n', start) + 1;
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  return [
    { at: start, text: '[' },
    { at: end, text: ']' },
  ];
}

describe('formatDiff', () => {
  it('prints nothing when the insertions change nothing', () => {
    expect(formatDiff('b.md', 'text\n', [])).toBe('');
  });

  it('leaves out the count of a one-line hunk, as diff does', () => {
    expect(formatDiff('b.md', 'one\n', wrapLine('one\n', 1))).toBe('--- a/b.md\n+++ b/b.md\n@@ -1 +1 @@\n-one\n+[one]\n');
  });

  it('shows three lines of context, fewer at the ends of the file', () => {
    const text = numbered(10);
    expect(formatDiff('b.md', text, wrapLine(text, 2))).toBe('--- a/b.md\n+++ b/b.md\n@@ -1,5 +1,5 @@\n 1\n-2\n+[2]\n 3\n 4\n 5\n');
    expect(formatDiff('b.md', text, wrapLine(text, 9))).toBe('--- a/b.md\n+++ b/b.md\n@@ -6,5 +6,5 @@\n 6\n 7\n 8\n-9\n+[9]\n 10\n');
  });

  it('joins two changes six unchanged lines apart in one hunk, and splits them at seven', () => {
    const text = numbered(30);
    const six = formatDiff('b.md', text, [...wrapLine(text, 5), ...wrapLine(text, 12)]);
    expect(six).toBe('--- a/b.md\n+++ b/b.md\n@@ -2,14 +2,14 @@\n 2\n 3\n 4\n-5\n+[5]\n 6\n 7\n 8\n 9\n 10\n 11\n-12\n+[12]\n 13\n 14\n 15\n');
    const seven = formatDiff('b.md', text, [...wrapLine(text, 5), ...wrapLine(text, 13)]);
    expect(seven).toBe('--- a/b.md\n+++ b/b.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+[5]\n 6\n 7\n 8\n@@ -10,7 +10,7 @@\n 10\n 11\n 12\n-13\n+[13]\n 14\n 15\n 16\n');
  });

  it('writes a run of changed lines as all the old lines, then all the new ones', () => {
    const text = 'a\nb\nc\n';
    const insertions = [...wrapLine(text, 1), ...wrapLine(text, 2)];
    expect(formatDiff('b.md', text, insertions)).toBe('--- a/b.md\n+++ b/b.md\n@@ -1,3 +1,3 @@\n-a\n-b\n+[a]\n+[b]\n c\n');
  });

  it('changes the first and last line of a span across lines, the lines between being context', () => {
    const text = 'x\nEurope must\nbuild its own\ncloud.\ny\n';
    const start = text.indexOf('Europe');
    const end = text.indexOf('cloud.') + 'cloud.'.length;
    expect(formatDiff('b.md', text, [{ at: start, text: '[' }, { at: end, text: ']{.claim #c}' }])).toBe(
      '--- a/b.md\n+++ b/b.md\n@@ -1,5 +1,5 @@\n x\n-Europe must\n+[Europe must\n build its own\n-cloud.\n+cloud.]{.claim #c}\n y\n',
    );
  });

  it('marks a last line without newline, changed or as context', () => {
    const changed = 'a\nb';
    expect(formatDiff('b.md', changed, wrapLine(changed, 2))).toBe('--- a/b.md\n+++ b/b.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+[b]\n\\ No newline at end of file\n');
    const context = 'a\nb';
    expect(formatDiff('b.md', context, wrapLine(context, 1))).toBe('--- a/b.md\n+++ b/b.md\n@@ -1,2 +1,2 @@\n-a\n+[a]\n b\n\\ No newline at end of file\n');
  });

  it('keeps carriage returns and a byte order mark in the lines, so the diff applies to the file as it is', () => {
    const text = '\uFEFFone\r\ntwo\r\n';
    expect(formatDiff('b.md', text, [{ at: 1, text: '[' }, { at: 4, text: ']' }])).toBe('--- a/b.md\n+++ b/b.md\n@@ -1,2 +1,2 @@\n-\uFEFFone\r\n+\uFEFF[one]\r\n two\r\n');
    expect(formatDiff('b.md', text, [{ at: 6, text: '[' }, { at: 9, text: ']' }])).toBe('--- a/b.md\n+++ b/b.md\n@@ -1,2 +1,2 @@\n \uFEFFone\r\n-two\r\n+[two]\r\n');
  });

  it('shows a file outside the current folder by its absolute path', () => {
    expect(formatDiff('/tmp/x/b.md', 'one\n', wrapLine('one\n', 1)).split('\n').slice(0, 2)).toEqual(['--- /tmp/x/b.md', '+++ /tmp/x/b.md']);
  });

  it('colours the lines on a terminal as git does', () => {
    const out = formatDiff('b.md', 'one\n', wrapLine('one\n', 1), makeStyle(true));
    expect(out).toBe('\x1b[1m--- a/b.md\x1b[22m\n\x1b[1m+++ b/b.md\x1b[22m\n\x1b[36m@@ -1 +1 @@\x1b[39m\n\x1b[31m-one\x1b[39m\n\x1b[32m+[one]\x1b[39m\n');
  });

  it('refuses an insertion that holds a line break (the hunks could not be line for line)', () => {
    expect(() => formatDiff('b.md', 'one\n', [{ at: 0, text: 'x\n' }])).toThrow(/line break/);
  });
});
