import type { BriefsReport } from '../core/analysis/analyzeBriefs';
import type { Severity } from '../core/types';

// SARIF 2.1.0, for code-scanning dashboards. Columns are UTF-16 code units, 1-based.

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(report: BriefsReport, version: string): unknown {
  const rules = new Map<string, { id: string; shortDescription: { text: string } }>();
  const results = report.documents.flatMap((doc) =>
    doc.diagnostics.map((d) => {
      if (!rules.has(d.code)) rules.set(d.code, { id: d.code, shortDescription: { text: d.code.replace(/-/g, ' ') } });
      return {
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(doc.path) },
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Briefmark', version, informationUri: 'https://github.com/briefmark/briefmark', rules: [...rules.values()] } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
