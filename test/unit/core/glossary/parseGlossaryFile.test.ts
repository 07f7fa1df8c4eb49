import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import { TEAM_YAML } from '../../helpers';

/** `[message, line:col, offending text]` of each diagnostic (1-based line and column, as editors show). */
function errors(text: string, path = 'team.glossary.yaml'): Array<[string, string, string]> {
  const source = parseGlossaryFile(path, text);
  expect(source.file).toBeUndefined();
  const lines = new LineIndex(text);
  return source.diagnostics.map((d) => {
    expect(d.code).toBe('invalid-glossary');
    expect(d.severity).toBe('error');
    const p = lines.positionAt(d.start);
    return [d.message, `${p.line + 1}:${p.character + 1}`, text.slice(d.start, d.end)];
  });
}

describe('parseGlossaryFile: valid files', () => {
  it('reads a valid YAML glossary', () => {
    const source = parseGlossaryFile('team.glossary.yaml', TEAM_YAML);
    expect(source.diagnostics).toEqual([]);
    expect(source.path).toBe('team.glossary.yaml');
    expect(source.builtin).toBe(false);
    expect(source.text).toBe(TEAM_YAML);
    expect(source.file!.concepts!.map((c) => c.id)).toContain('strategic-autonomy');
    expect(source.file!.actors!.find((a) => a.id === 'elysee')).toEqual({ id: 'elysee', label: 'Élysée', type: 'institution', layer: 'economic-value', country: 'FR', description: 'The French presidency.' });
  });

  it('reads a JSON glossary', () => {
    const text = '{"version": 1, "concepts": [{"id": "x", "label": "X", "aliases": ["ex"], "definition": "d"}]}';
    const source = parseGlossaryFile('team.glossary.json', text);
    expect(source.diagnostics).toEqual([]);
    expect(source.file).toEqual({ version: 1, concepts: [{ id: 'x', label: 'X', aliases: ['ex'], definition: 'd' }] });
  });

  it('keeps YAML 1.2 core scalars as strings (no, on, dates)', () => {
    const source = parseGlossaryFile('g.yaml', 'version: 1\nactors:\n  - id: norway\n    label: Norway\n    type: state\n    aliases: [no, on, 2024-01-01]\n    country: NO\n    description: d\n');
    expect(source.diagnostics).toEqual([]);
    expect(source.file!.actors![0]!.aliases).toEqual(['no', 'on', '2024-01-01']);
  });

  it('accepts a $schema comment and a $schema key', () => {
    const text = '# yaml-language-server: $schema=../server/schemas/glossary.schema.json\n$schema: ./glossary.schema.json\nversion: 1\n';
    expect(parseGlossaryFile('g.yaml', text).file).toEqual({ $schema: './glossary.schema.json', version: 1 });
  });

  it('marks built-in sources', () => {
    expect(parseGlossaryFile('x.yaml', 'version: 1\n', true).builtin).toBe(true);
  });
});

describe('parseGlossaryFile: located errors', () => {
  it('reports an empty file', () => {
    expect(errors('  \n')).toEqual([['The glossary file is empty: it needs at least "version: 1".', '1:1', '']]);
  });

  it('reports a YAML syntax error where the parser finds it', () => {
    expect(errors('version: 1\nconcepts:\n  - id: x\n    label: [unclosed\n')).toEqual([
      ['Flow sequence in block collection must be sufficiently indented and end with a ]', '5:1', ''],
    ]);
  });

  it('reports a duplicate key', () => {
    expect(errors('version: 1\nversion: 1\n')).toEqual([['Map keys must be unique', '2:1', 'v']]);
  });

  it('reports an unknown field at its key', () => {
    expect(errors('version: 1\nconcepts:\n  - id: x\n    label: X\n    definition: d\n    colour: red\n')).toEqual([['concepts[0]: unknown field "colour"', '6:5', 'colour']]);
  });

  it('reports a bad id at the id', () => {
    expect(errors('version: 1\nconcepts:\n  - id: Bad_ID!\n    label: X\n    definition: d\n')).toEqual([
      ['concepts[0].id: an id is lower-case letters and digits joined by "-", "_" or "." (e.g. strategic-autonomy)', '3:9', 'Bad_ID!'],
    ]);
  });

  it('reports a wrong type at the value', () => {
    expect(errors('version: 1\nconcepts:\n  - id: x\n    label: X\n    definition: d\n    aliases: x\n')).toEqual([['concepts[0].aliases: expected array, received string', '6:14', 'x']]);
  });

  it('reports a missing required field at the start of its entry', () => {
    expect(errors('version: 1\nconcepts:\n  - id: x\n    definition: An x.\n')).toEqual([['concepts[0]: "label" is required', '3:5', 'id']]);
    // A definition may be written later: an entry just added from a brief is valid without one.
    const later = parseGlossaryFile('team.glossary.yaml', 'version: 1\nconcepts:\n  - id: x\n    label: X\n');
    expect([later.file?.concepts?.[0]?.id, later.diagnostics]).toEqual(['x', []]);
  });

  it('reports enum and pattern problems with readable messages, all of them', () => {
    expect(errors('version: 1\nactors:\n  - id: x\n    label: X\n    type: robot\n    description: d\n    country: fra\n')).toEqual([
      ['actors[0].type: must be one of "state", "institution", "company", "person", "initiative", "other"', '5:11', 'robot'],
      ['actors[0].country: a country is a two-letter code such as FR, US or EU', '7:14', 'fra'],
    ]);
  });

  it('reports a wrong version', () => {
    expect(errors('version: "1"\n')).toEqual([['version: must be one of 1', '1:10', '"1"']]);
  });

  it('reports a file that is not a mapping', () => {
    expect(errors('- a\n')).toEqual([['expected object, received array', '1:1', '- a\n']]);
  });

  it('locates problems in a JSON glossary', () => {
    expect(errors('{"version": 1, "concepts": [{"id": "x", "label": "X", "definition": 3}]}', 'g.glossary.json')).toEqual([
      ['concepts[0].definition: expected string, received number', '1:69', '3'],
    ]);
  });

  it('reports an alias to a missing anchor instead of throwing', () => {
    expect(errors('version: 1\nconcepts:\n  - id: x\n    label: *nope\n    definition: d\n')).toEqual([
      ['Unresolved alias (the anchor must be set before the alias): nope', '4:12', '*nope'],
    ]);
  });

  it('reports a billion-laughs alias bomb instead of expanding it', () => {
    const bomb = 'version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const [only, ...rest] = errors(bomb);
    expect(rest).toEqual([]);
    expect(only![0]).toBe('Excessive alias count indicates a resource exhaustion attack');
  });

  it('keeps every diagnostic inside the text, also at the very end', () => {
    for (const text of ['version: 1\nconcepts: [', 'version: 1\nconcepts:\n  - "', 'version: 1\n  x: {']) {
      const source = parseGlossaryFile('g.yaml', text);
      expect(source.diagnostics.length).toBeGreaterThan(0);
      for (const d of source.diagnostics) expect([d.start, d.end].every((o) => o >= 0 && o <= text.length), `${JSON.stringify(text)}: ${d.start}-${d.end}`).toBe(true);
    }
  });
});

describe('parseGlossaryFile: required fields', () => {
  it('says a missing field is required, at the start of its parent', () => {
    const source = parseGlossaryFile('g.yaml', 'concepts: []\n');
    expect(source.diagnostics.map((d) => [d.message, d.start])).toEqual([['"version" is required', 0]]);
    const entry = parseGlossaryFile('g.yaml', 'version: 1\nactors:\n  - id: x\n    label: X\n    description: d\n');
    expect(entry.diagnostics.map((d) => d.message)).toEqual(['actors[0]: "type" is required']);
  });
});
