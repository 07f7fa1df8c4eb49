import { foldToken } from './foldText';

/**
 * Orders labels the same way on every machine: case and diacritics ignored first, so "écosystème"
 * sorts beside "ecosystem", then by UTF-16 code units. localeCompare follows the machine's
 * locale, and its first call builds an ICU collator: 8 ms of a small `briefmark check`.
 */
export function compareLabels(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return compareFolded(a, b);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return x - y;
  }
  return a.length - b.length || byCodeUnits(a, b);
}

/** Most counted first, then by label (compareLabels): how the summary and the candidate lists are ordered. */
export function byCountThenLabel(a: { count: number; label: string }, b: { count: number; label: string }): number {
  return b.count - a.count || compareLabels(a.label, b.label);
}

function compareFolded(a: string, b: string): number {
  return byCodeUnits(foldToken(a, false), foldToken(b, false)) || byCodeUnits(a, b);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
