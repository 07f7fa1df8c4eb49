import { describe, expect, it } from 'vitest';
import { addGlossaryEntry, type NewEntry } from '../../../../server/src/core/glossary/addGlossaryEntry';
import { minimalEdit } from '../../../../server/src/core/text/minimalEdit';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import type { GlossaryFile } from '../../../../server/src/core/glossary/glossarySchema';
import { TEAM_YAML } from '../../helpers';

const concept = (id: string, label: string, more: Partial<NewEntry> = {}): NewEntry => ({ kind: 'concept', id, label, ...more });
const actor = (id: string, label: string, more: Partial<NewEntry> = {}): NewEntry => ({ kind: 'actor', id, label, ...more });

/** Adds the entry, expects success and a file that parses and validates; returns text and data. */
function add(text: string | undefined, entry: NewEntry, path = 'team.glossary.yaml'): { text: string; file: GlossaryFile } {
  const update = addGlossaryEntry(text, path, entry);
  if (!update.ok) throw new Error(`expected success, got: ${update.error}`);
  const source = parseGlossaryFile(path, update.text);
  expect(source.diagnostics).toEqual([]);
  expect(source.file).toBeDefined();
  return { text: update.text, file: source.file! };
}

/** The only change from `before` to `after` is inserted text; returns it with its offset. */
function insertion(before: string, after: string): { at: number; text: string } {
  const edit = minimalEdit(before, after)!;
  expect(edit.end).toBe(edit.start);
  expect(after.slice(0, edit.start)).toBe(before.slice(0, edit.start));
  expect(after.slice(edit.start + edit.text.length)).toBe(before.slice(edit.start));
  return { at: edit.start, text: edit.text };
}

function refused(text: string | undefined, entry: NewEntry, path = 'team.glossary.yaml'): string {
  const update = addGlossaryEntry(text, path, entry);
  if (update.ok) throw new Error(`expected a refusal, got:\n${update.text}`);
  return update.error;
}

describe('addGlossaryEntry: YAML block lists', () => {
  it('appends to an indented `  - id` list, after the last item, before the next section', () => {
    const before = 'version: 1\n# Our concepts\nconcepts:\n  - id: a\n    label: A # the first\n\nactors:\n  - id: x\n    label: X\n    type: state\n';
    const { text, file } = add(before, concept('b', 'B'));
    expect(insertion(before, text)).toEqual({ at: before.indexOf('\nactors:'), text: '  - id: b\n    label: B\n' });
    expect(file.concepts!.map((c) => c.id)).toEqual(['a', 'b']);
    expect(file.actors!.map((a) => a.id)).toEqual(['x']);
  });

  it('appends to a `- id` list at column 0', () => {
    const before = 'version: 1\nconcepts:\n- id: a\n  label: A\n  aliases:\n  - a one\nactors:\n- id: x\n  label: X\n  type: state\n';
    const { text, file } = add(before, concept('b', 'B', { definition: 'The second.' }));
    expect(insertion(before, text)).toEqual({ at: before.indexOf('actors:'), text: '- id: b\n  label: B\n  definition: The second.\n' });
    expect(file.concepts![0]!.aliases).toEqual(['a one']);
    expect(file.concepts![1]).toEqual({ id: 'b', label: 'B', definition: 'The second.' });
  });

  it('follows a wider indentation and a dash with extra spaces', () => {
    const wide = 'version: 1\nconcepts:\n    - id: a\n      label: A\n';
    expect(insertion(wide, add(wide, concept('b', 'B')).text).text).toBe('    - id: b\n      label: B\n');
    const spaced = 'version: 1\nconcepts:\n  -   id: a\n      label: A\n';
    expect(insertion(spaced, add(spaced, concept('b', 'B')).text).text).toBe('  - id: b\n    label: B\n');
    const dashAlone = 'version: 1\nconcepts:\n  -\n    id: a\n    label: A\n';
    expect(insertion(dashAlone, add(dashAlone, concept('b', 'B')).text).text).toBe('  - id: b\n    label: B\n');
  });

  it('appends after a last item ending in a block scalar, a nested list or a multi-line flow list', () => {
    for (const last of ['    label: A\n    definition: >-\n      A long\n      text\n', '    label: A\n    aliases:\n      - x\n      - y\n', '    label: A\n    aliases: [x,\n      y]\n', '    label: "A\n      continued"\n', '    label: A\n    definition: |+\n      kept\n\n']) {
      const before = `version: 1\nconcepts:\n  - id: a\n${last}`;
      const { text, file } = add(before, concept('b', 'B'));
      expect(insertion(before, text)).toEqual({ at: before.length, text: '  - id: b\n    label: B\n' });
      expect(file.concepts!.map((c) => c.id)).toEqual(['a', 'b']);
    }
  });

  it('adds a line break first when the file does not end with one', () => {
    const before = 'version: 1\nconcepts:\n  - id: a\n    label: A';
    const { text } = add(before, concept('b', 'B'));
    expect(text).toBe(`${before}\n  - id: b\n    label: B\n`);
  });

  it('keeps comments, quoting, key order and a trailing comment block', () => {
    const before = "version: 1 # format\nconcepts:\n  - label: 'A'   # quoted on purpose\n    id: \"a\"\n  # more to come\n# end of file\n";
    const { text } = add(before, concept('b', 'B'));
    insertion(before, text);
    // Inserted after the last item and before the comments that follow it.
    expect(text).toBe("version: 1 # format\nconcepts:\n  - label: 'A'   # quoted on purpose\n    id: \"a\"\n  - id: b\n    label: B\n  # more to come\n# end of file\n");
  });

  it('keeps CRLF line ends, in the new item too (multi-line definitions included)', () => {
    const before = 'version: 1\r\nconcepts:\r\n  - id: a\r\n    label: A\r\n';
    const { text, file } = add(before, concept('b', 'B', { definition: 'line one\nline two' }));
    expect(insertion(before, text).text).toBe('  - id: b\r\n    label: B\r\n    definition: |-\r\n      line one\r\n      line two\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(file.concepts![1]!.definition).toBe('line one\nline two');
  });

  it('works in the TEAM_YAML fixture for both kinds', () => {
    const withConcept = add(TEAM_YAML, concept('sovereign-cloud', 'sovereign cloud', { layer: 'infrastructure' }));
    expect(insertion(TEAM_YAML, withConcept.text).at).toBe(TEAM_YAML.indexOf('actors:'));
    expect(withConcept.file.concepts!.at(-1)).toEqual({ id: 'sovereign-cloud', label: 'sovereign cloud', layer: 'infrastructure' });
    const withActor = add(TEAM_YAML, actor('aleph-alpha', 'Aleph Alpha', { type: 'company', aliases: ['Aleph'], definition: 'A German lab.' }));
    expect(insertion(TEAM_YAML, withActor.text).at).toBe(TEAM_YAML.length);
    expect(withActor.file.actors!.at(-1)).toEqual({ id: 'aleph-alpha', label: 'Aleph Alpha', type: 'company', aliases: ['Aleph'], description: 'A German lab.' });
  });

  it('adds to a document between `---` and `...` markers', () => {
    const before = '---\nversion: 1\nconcepts:\n  - id: a\n    label: A\n...\n';
    const { text } = add(before, concept('b', 'B'));
    expect(text).toBe('---\nversion: 1\nconcepts:\n  - id: a\n    label: A\n  - id: b\n    label: B\n...\n');
  });
});

describe('addGlossaryEntry: missing and empty sections', () => {
  it('writes a missing section at the end of the file', () => {
    const before = 'version: 1\nconcepts:\n  - id: a\n    label: A\n';
    const { text, file } = add(before, actor('x', 'X'));
    expect(insertion(before, text)).toEqual({ at: before.length, text: 'actors:\n  - id: x\n    label: X\n    type: other\n' });
    expect(file.actors).toEqual([{ id: 'x', label: 'X', type: 'other' }]);
  });

  it('writes a missing section after a last line without a line break, with CRLF', () => {
    const before = 'version: 1\r\nconcepts: []';
    expect(add(before, actor('x', 'X')).text).toBe('version: 1\r\nconcepts: []\r\nactors:\r\n  - id: x\r\n    label: X\r\n    type: other\r\n');
  });

  it('fills `concepts: []` where it stands, keeping the sections after it and its comment', () => {
    const before = 'version: 1\nconcepts: [] # none yet\nactors:\n  - id: x\n    label: X\n    type: state\n';
    const { text, file } = add(before, concept('b', 'B'));
    expect(text).toBe('version: 1\nconcepts: # none yet\n  - id: b\n    label: B\nactors:\n  - id: x\n    label: X\n    type: state\n');
    expect(file.concepts).toEqual([{ id: 'b', label: 'B' }]);
    expect(file.actors!.map((a) => a.id)).toEqual(['x']);
  });

  it('fills a bare `actors:` (null), `actors: ~` and `actors: [ ]` with CRLF', () => {
    for (const empty of ['actors:', 'actors: ~', 'actors: [ ]', 'actors:    # later']) {
      const before = `version: 1\r\n${empty}\r\nconcepts:\r\n  - id: a\r\n    label: A\r\n`;
      const { text, file } = add(before, actor('x', 'X'));
      const comment = empty.includes('#') ? '    # later' : '';
      expect(text).toBe(`version: 1\r\nactors:${comment}\r\n  - id: x\r\n    label: X\r\n    type: other\r\nconcepts:\r\n  - id: a\r\n    label: A\r\n`);
      expect(file.actors).toEqual([{ id: 'x', label: 'X', type: 'other' }]);
    }
  });

  it('fills an empty last section without a line break at the end', () => {
    expect(add('version: 1\nconcepts:', concept('b', 'B')).text).toBe('version: 1\nconcepts:\n  - id: b\n    label: B\n');
  });

  it('refuses an empty section written in a way it cannot rewrite safely', () => {
    expect(refused('version: 1\nconcepts: !!seq []\n', concept('b', 'B'))).toMatch(/add the entry by hand/);
    expect(refused('version: 1\nconcepts:\n  []\n', concept('b', 'B'))).toMatch(/add the entry by hand/);
  });

  it('refuses a non-empty flow list and a section that is not a list', () => {
    expect(refused('version: 1\nconcepts: [{id: a, label: A}]\n', concept('b', 'B'))).toMatch(/not a list of entries/);
    expect(refused('version: 1\nconcepts: {a: 1}\n', concept('b', 'B'))).toMatch(/not a list of entries/);
    expect(refused('version: 1\nconcepts: none\n', concept('b', 'B'))).toMatch(/not a list of entries/);
  });

  it('starts a new file with `version: 1` when the text is empty or missing', () => {
    for (const empty of [undefined, '', '  \n']) {
      const { text, file } = add(empty, actor('x', 'X', { type: 'state', layer: 'models' }));
      expect(text).toBe('version: 1\nactors:\n  - id: x\n    label: X\n    type: state\n    layer: models\n');
      expect(file.version).toBe(1);
    }
    expect(add(undefined, concept('b', 'B')).text).toBe('version: 1\nconcepts:\n  - id: b\n    label: B\n');
  });
});

describe('addGlossaryEntry: the new entry', () => {
  const base = 'version: 1\nconcepts:\n  - id: a\n    label: A\n';

  it('writes the definition as `definition:` for a concept and `description:` for an actor, trimmed', () => {
    expect(add(base, concept('b', 'B', { definition: '  Trimmed.  ' })).file.concepts![1]).toEqual({ id: 'b', label: 'B', definition: 'Trimmed.' });
    expect(add(base, actor('x', 'X', { definition: 'An actor.' })).file.actors![0]).toEqual({ id: 'x', label: 'X', type: 'other', description: 'An actor.' });
  });

  it('leaves the definition out when there is none or it is blank', () => {
    for (const definition of [undefined, '', '   ']) {
      const { text } = add(base, concept('b', 'B', { definition }));
      expect(insertion(base, text).text).toBe('  - id: b\n    label: B\n');
    }
    expect(add(base, actor('x', 'X', { definition: ' ' })).text).not.toContain('description');
  });

  it('defaults an actor type to `other`, keeps a given one, and never writes a type on a concept', () => {
    expect(add(base, actor('x', 'X')).file.actors![0]!.type).toBe('other');
    expect(add(base, actor('x', 'X', { type: 'institution' })).file.actors![0]!.type).toBe('institution');
    expect(add(base, concept('b', 'B', { type: 'state' })).text).not.toContain('type:');
  });

  it('writes aliases and layer only when given', () => {
    expect(insertion(base, add(base, concept('b', 'B', { aliases: ['bee', 'B.'], layer: 'models' })).text).text).toBe('  - id: b\n    label: B\n    aliases: [bee, B.]\n    layer: models\n');
    expect(add(base, concept('b', 'B', { aliases: [], layer: '' })).text).not.toMatch(/aliases|layer/);
  });

  it('quotes a label or alias that YAML would misread, and reads back the same text', () => {
    const labels = ['Paris: the plan', '@cite-key', '#hashtag', 'A # not a comment', '- dash first', 'yes', 'null', '123', '1.5', "it's", '"quoted"', '[bracket]', '{brace}', 'tab\there', '*star', '&anchor', '!tag', '%percent', '`tick', '? question', '| pipe', 'Élysée'];
    for (const label of labels) {
      const { file } = add(base, concept('b', label, { aliases: [label] }));
      expect(file.concepts![1]!.label).toBe(label);
      expect(file.concepts![1]!.aliases).toEqual([label]);
    }
    expect(insertion(base, add(base, concept('b', 'Paris: the plan')).text).text).toBe('  - id: b\n    label: "Paris: the plan"\n');
    expect(insertion(base, add(base, concept('b', '@cite')).text).text).toBe('  - id: b\n    label: "@cite"\n');
  });

  it('writes a definition with special characters that reads back the same', () => {
    for (const definition of ['x: y', '# not a comment', 'line one\nline two', 'ends with colon:', '> quoted', 'é — “curly”']) {
      expect(add(base, concept('b', 'B', { definition })).file.concepts![1]!.definition).toBe(definition);
    }
  });
});

describe('addGlossaryEntry: refusals', () => {
  const base = 'version: 1\nconcepts:\n  - id: a\n    label: A\n  - id: "quoted"\n    label: Q\nactors:\n  - id: x\n    label: X\n    type: state\n';

  it('refuses an id already used by the same kind, quoted or not', () => {
    expect(refused(base, concept('a', 'Again'))).toBe('The glossary already has a concept with the id "a".');
    expect(refused(base, concept('quoted', 'Again'))).toMatch(/already has a concept/);
    expect(refused(base, actor('x', 'Again'))).toBe('The glossary already has an actor with the id "x".');
  });

  it('refuses an invalid id before looking at the file', () => {
    for (const id of ['', 'Upper', 'with space', '-lead', 'trail-', 'a--b', 'é', 'a/b']) {
      expect(refused(base, concept(id, 'B'))).toBe(`"${id}" is not a valid id.`);
    }
    expect(refused('not: [valid', concept('Bad', 'B'))).toMatch(/not a valid id/);
  });

  it('refuses a file with YAML errors, naming the first one', () => {
    const error = refused('version: 1\nconcepts:\n  - id: a\n    label: [A\n', concept('b', 'B'));
    expect(error).toMatch(/^The glossary file has YAML errors \(.+\); fix them first\.$/);
    expect(error).not.toContain('\n');
    expect(refused('version: 1\n---\nversion: 1\n', concept('b', 'B'))).toMatch(/YAML errors/);
  });

  it('refuses a file that is not a mapping', () => {
    expect(refused('- a\n- b\n', concept('b', 'B'))).toMatch(/not a YAML mapping/);
    expect(refused('just text\n', concept('b', 'B'))).toMatch(/not a YAML mapping/);
  });

  it('does not change the text it was given when it refuses', () => {
    const update = addGlossaryEntry(base, 'g.yaml', concept('a', 'A'));
    expect(update).toEqual({ ok: false, error: expect.any(String) });
  });
});

describe('addGlossaryEntry: JSON files', () => {
  it('re-serialises with the file’s indentation and a final line break', () => {
    const before = '{\n    "version": 1,\n    "concepts": [\n        { "id": "a", "label": "A" }\n    ]\n}\n';
    const { text, file } = add(before, concept('b', 'B', { definition: 'Bee.' }), 'team.glossary.json');
    expect(text).toBe('{\n    "version": 1,\n    "concepts": [\n        {\n            "id": "a",\n            "label": "A"\n        },\n        {\n            "id": "b",\n            "label": "B",\n            "definition": "Bee."\n        }\n    ]\n}\n');
    expect(file.concepts!.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('keeps tab indentation and CRLF line ends', () => {
    const before = '{\r\n\t"version": 1\r\n}\r\n';
    const { text, file } = add(before, actor('x', 'X'), 'team.glossary.json');
    expect(text).toBe('{\r\n\t"version": 1,\r\n\t"actors": [\r\n\t\t{\r\n\t\t\t"id": "x",\r\n\t\t\t"label": "X",\r\n\t\t\t"type": "other"\r\n\t\t}\r\n\t]\r\n}\r\n');
    expect(file.actors).toEqual([{ id: 'x', label: 'X', type: 'other' }]);
  });

  it('keeps a newline inside a string escaped', () => {
    const { text, file } = add('{\r\n  "version": 1\r\n}\r\n', concept('b', 'B', { definition: 'one\ntwo' }), 'g.glossary.json');
    expect(text).toContain('"definition": "one\\ntwo"');
    expect(file.concepts![0]!.definition).toBe('one\ntwo');
  });

  it('uses two spaces for a one-line file and starts a new file with version 1', () => {
    expect(add('{"version":1}', concept('b', 'B'), 'g.json').text).toBe('{\n  "version": 1,\n  "concepts": [\n    {\n      "id": "b",\n      "label": "B"\n    }\n  ]\n}\n');
    expect(add(undefined, concept('b', 'B'), 'g.json').file).toEqual({ version: 1, concepts: [{ id: 'b', label: 'B' }] });
    expect(add('', actor('x', 'X'), 'G.JSON').file).toEqual({ version: 1, actors: [{ id: 'x', label: 'X', type: 'other' }] });
  });

  it('fills a null section', () => {
    expect(add('{"version": 1, "concepts": null}', concept('b', 'B'), 'g.json').file.concepts).toEqual([{ id: 'b', label: 'B' }]);
  });

  it('refuses duplicates, broken JSON, non-objects and a section that is not a list', () => {
    expect(refused('{"version": 1, "concepts": [{"id": "a", "label": "A"}]}', concept('a', 'A'), 'g.json')).toBe('The glossary already has an entry with the id "a".');
    expect(refused('{"version": 1', concept('a', 'A'), 'g.json')).toMatch(/^The glossary file is not valid JSON \(.+\); fix it first\.$/);
    expect(refused('[]', concept('a', 'A'), 'g.json')).toBe('The glossary file is not a JSON object.');
    expect(refused('null', concept('a', 'A'), 'g.json')).toBe('The glossary file is not a JSON object.');
    expect(refused('{"version": 1, "concepts": {}}', concept('a', 'A'), 'g.json')).toBe('The "concepts" section is not a list of entries.');
    expect(refused('{"version": 1}', concept('A', 'A'), 'g.json')).toMatch(/not a valid id/);
  });

  it('allows the same id in the other kind (ids are per kind in the file)', () => {
    const { file } = add('{"version": 1, "concepts": [{"id": "a", "label": "A"}]}', actor('a', 'A'), 'g.json');
    expect(file.actors).toEqual([{ id: 'a', label: 'A', type: 'other' }]);
  });
});

describe('addGlossaryEntry: several additions in a row', () => {
  it('stays valid and only inserts, starting from nothing', () => {
    let text: string | undefined;
    const entries: NewEntry[] = [concept('a', 'A'), actor('x', 'X: the first'), concept('b', '@B', { definition: 'Bee' }), actor('y', 'Y', { type: 'person' }), concept('c', 'C', { aliases: ['see'] })];
    for (const entry of entries) {
      const next = add(text, entry);
      if (text !== undefined) insertion(text, next.text);
      text = next.text;
    }
    const file = parseGlossaryFile('g.yaml', text!).file!;
    expect(file.concepts!.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(file.actors!.map((a) => [a.id, a.label, a.type])).toEqual([['x', 'X: the first', 'other'], ['y', 'Y', 'person']]);
  });
});
