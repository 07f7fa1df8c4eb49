// The benchmark's report: one Markdown table row per measurement, with its budget.

export interface BenchRow {
  /** Stable key for tooling (`--json`). */
  id: string;
  what: string;
  /** The figure as shown in the table. */
  measured: string;
  /** The figure the budget applies to, in `unit`. */
  value: number | null;
  unit: string;
  /** The budget as DESIGN.md section 8 states it, or "—" for informational rows. */
  budget: string;
  /** Undefined for informational rows. */
  ok: boolean | undefined;
}

export function formatBenchTable(rows: readonly BenchRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = ['| what | measured | budget | ok |', '| --- | ---: | ---: | :---: |'];
  for (const row of rows) {
    const ok = row.ok === undefined ? '' : row.ok ? '✓' : '✗';
    lines.push(`| ${cell(row.what)} | ${cell(row.measured)} | ${cell(row.budget)} | ${ok} |`);
  }
  return lines.join('\n');
}
