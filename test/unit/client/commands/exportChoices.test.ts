import { describe, expect, it } from 'vitest';
import { EXPORT_CHOICES, defaultExportName } from '../../../../client/src/commands/exportChoices';

const byFormat = (what: string, format: string) => EXPORT_CHOICES.find((c) => c.what === what && c.format === format)!;

describe('export choices', () => {
  it('offers the claims register and the discourse network in every format the server writes', () => {
    expect(EXPORT_CHOICES.map((c) => `${c.what}/${c.format}`)).toEqual(['claims/markdown', 'claims/csv', 'claims/json', 'network/graphml', 'network/csv', 'network/json']);
  });

  it('proposes claims.md, claims.csv, network.graphml… for the workspace', () => {
    expect(EXPORT_CHOICES.map((c) => defaultExportName(c))).toEqual(['claims.md', 'claims.csv', 'claims.json', 'network.graphml', 'network.csv', 'network.json']);
  });

  it('prefixes the brief’s name for one brief', () => {
    expect(defaultExportName(byFormat('claims', 'markdown'), 'compute brief.md')).toBe('compute brief.claims.md');
    expect(defaultExportName(byFormat('network', 'graphml'), 'v1.2.brief.md')).toBe('v1.2.brief.network.graphml');
    expect(defaultExportName(byFormat('claims', 'csv'), 'Untitled-1')).toBe('Untitled-1.claims.csv');
  });
});
