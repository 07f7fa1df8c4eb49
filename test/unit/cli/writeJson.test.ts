import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../server/src/cli/writeJson';
import { analyzeBriefs } from '../../../server/src/core/analysis/analyzeBriefs';
import { formatJsonReport } from '../../../server/src/core/export/formatJsonReport';
import { formatSarif } from '../../../server/src/cli/formatSarif';

function written(value: unknown, indent: number, depth?: number): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c), indent, depth);
  return { text: chunks.join(''), chunks };
}

const samples: unknown[] = [
  null,
  0,
  'text with "quotes", \\ and \n',
  [],
  {},
  [[], {}, [[]], { a: [] }],
  { a: 1, b: undefined, c: [undefined, () => 1, 2], d: { e: null, f: 'é' }, g: [{ h: [1, { i: [] }] }] },
  { nested: { deeper: { deepest: { bottom: [1, 2, { x: 'y' }] } } } },
  [1, 'two', true, false, null, -0.5, 1e21],
  // Longer than a batch of leaves, with nested items, holes and empty ones.
  Array.from({ length: 700 }, (_, i) => (i % 7 === 0 ? undefined : i % 5 === 0 ? [] : { i, text: 'é\n"', list: [i, { deeper: [i] }] })),
  { briefs: [{ mentions: Array.from({ length: 530 }, (_, i) => ({ id: `m${i}`, range: { start: i, end: i + 1 } })) }] },
];

describe('writeJson', () => {
  for (const indent of [0, 2]) {
    it(`writes exactly what JSON.stringify(value, null, ${indent}) makes, at every depth`, () => {
      for (const value of samples) {
        for (const depth of [0, 1, 2, 3, 4, 6]) expect(written(value, indent, depth).text).toBe(JSON.stringify(value, null, indent));
      }
    });
  }

  it('writes a real report (JSON and SARIF), in large chunks, as JSON.stringify would', async () => {
    const brief = 'The [EU AI Act]{.concept} applies from 2026. Compute capacity is concentrated in three cloud providers, and that will not change soon.\n\n'.repeat(600);
    const host = { readFile: async (path: string) => (path === 'brief.md' ? brief : undefined) };
    const analysed = await analyzeBriefs({ host, files: [], builtin: true, briefs: ['brief.md'] });
    for (const report of [formatJsonReport(analysed), formatSarif(analysed, '0.0.0')]) {
      for (const indent of [0, 2]) {
        const { text, chunks } = written(report, indent);
        expect(text).toBe(JSON.stringify(report, null, indent));
        expect(chunks.length).toBeGreaterThan(3);
        // Small pieces are gathered and a batch of leaves goes out alone: never a write per item.
        expect(text.length / chunks.length).toBeGreaterThan(1 << 14);
      }
    }
  });
});
