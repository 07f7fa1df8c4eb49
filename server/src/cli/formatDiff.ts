import { applyInsertions, type Insertion } from '../core/review/claimTagEdits';
import { makeStyle, type Style } from './style';

// The unified diff `briefmark tag` prints without --write, as `git diff` and `diff -u` write it:
// `--- a/path` / `+++ b/path`, then `@@ -l,n +l,n @@` hunks with 3 lines of context, so
// `git apply` or `patch -p1` applies it.
//
// Written here rather than taken from a library: no diff package is among the project's
// dependencies, and none is needed, because tagging only inserts text and never a line break.
// Line i of the tagged text is line i of the original, so there is nothing to align (no longest
// common subsequence): a line is changed or it is not, and every hunk has as many lines on both
// sides. Only the grouping of changed lines into hunks is left, with diff's rule: two changes
// share a hunk when at most 2 × 3 unchanged lines lie between them.

const CONTEXT = 3;

/**
 * The unified diff of `text` against `text` with `insertions` made (they must hold no line break),
 * or '' when they change nothing. `path` is shown as `a/path` and `b/path`; an absolute path (a
 * file outside the current folder) is shown as it is.
 */
export function formatDiff(path: string, text: string, insertions: readonly Insertion[], style: Style = makeStyle(false)): string {
  if (insertions.some((i) => i.text.includes('\n'))) throw new Error('formatDiff: an insertion holds a line break');
  const before = splitLines(text);
  const after = splitLines(applyInsertions(text, insertions));
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) changed.push(i);
  if (changed.length === 0) return '';

  const absolute = path.startsWith('/') || /^[A-Za-z]:/.test(path);
  const out = [style.bold(`--- ${absolute ? path : `a/${path}`}`) + '\n', style.bold(`+++ ${absolute ? path : `b/${path}`}`) + '\n'];
  for (let h = 0; h < changed.length; ) {
    // The changes of one hunk: each within 2 × CONTEXT unchanged lines of the one before.
    let last = h;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! - 1 <= 2 * CONTEXT) last++;
    const from = Math.max(0, changed[h]! - CONTEXT);
    const to = Math.min(before.length, changed[last]! + CONTEXT + 1);
    const count = to - from;
    // diff and git leave out the count when it is 1: `@@ -7 +7 @@`.
    const span = `${from + 1}${count === 1 ? '' : `,${count}`}`;
    out.push(style.cyan(`@@ -${span} +${span} @@`) + '\n');
    for (let i = from; i < to; ) {
      if (before[i] === after[i]) {
        out.push(diffLine(' ', before[i]!, (s) => s));
        i++;
        continue;
      }
      // A run of changed lines: all the old ones, then all the new ones, as diff writes them.
      let end = i;
      while (end < to && before[end] !== after[end]) end++;
      for (let j = i; j < end; j++) out.push(diffLine('-', before[j]!, style.red));
      for (let j = i; j < end; j++) out.push(diffLine('+', after[j]!, style.green));
      i = end;
    }
    h = last + 1;
  }
  return out.join('');
}

/** The lines of `text`, each with its `\n` (a `\r` before it is part of the line, as in diff). */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push(text.slice(at, end));
    at = end;
  }
  return lines;
}

/** One line of a hunk; the last line of a file without a final newline gets diff's marker. */
function diffLine(prefix: string, line: string, paint: (s: string) => string): string {
  if (line.endsWith('\n')) return paint(prefix + line.slice(0, -1)) + '\n';
  return paint(prefix + line) + '\n\\ No newline at end of file\n';
}
