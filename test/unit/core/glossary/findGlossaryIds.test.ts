import { describe, expect, it } from 'vitest';
import { builtinYamlSources } from '../../../../server/src/core/glossary/builtinGlossaryFiles';
import { findGlossaryIds, glossaryIdAt, type GlossaryIdNode } from '../../../../server/src/core/glossary/findGlossaryIds';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import { find, TEAM_YAML } from '../../helpers';

const YAML = `version: 1
concepts:
  - id: autonomy # the root
    label: Autonomy
  - id: "data-centre"
    label: data centre
    broader: [autonomy, 'compute']
  - label: compute
    id: 'compute'
    broader:
      - autonomy
actors:
  - id: eu
    label: EU
    type: state
    broader: [autonomy]
`;

function ids(path: string, text: string): GlossaryIdNode[] {
  return findGlossaryIds(parseGlossaryFile(path, text));
}

/** `[kind, id, role, text at the node's offsets]` for each node. */
function summary(text: string, nodes: GlossaryIdNode[]): Array<[string, string, string, string]> {
  return nodes.map((n) => [n.kind, n.id, n.role, text.slice(n.start, n.end)]);
}

describe('findGlossaryIds', () => {
  it('finds each entry id and each broader id, concepts then actors, in file order', () => {
    expect(summary(YAML, ids('g.yaml', YAML))).toEqual([
      ['concept', 'autonomy', 'entry', 'autonomy'],
      ['concept', 'data-centre', 'entry', 'data-centre'],
      ['concept', 'autonomy', 'broader', 'autonomy'],
      ['concept', 'compute', 'broader', 'compute'],
      ['concept', 'compute', 'entry', 'compute'],
      ['concept', 'autonomy', 'broader', 'autonomy'],
      ['actor', 'eu', 'entry', 'eu'],
    ]);
  });

  it('gives exact offsets: a plain id without its comment, a quoted id without its quotes', () => {
    const nodes = ids('g.yaml', YAML);
    const [autonomyStart] = find(YAML, 'autonomy # the root');
    expect(nodes[0]).toMatchObject({ start: autonomyStart, end: autonomyStart + 'autonomy'.length });
    const [dq] = find(YAML, '"data-centre"');
    expect(nodes[1]).toMatchObject({ start: dq + 1, end: dq + 1 + 'data-centre'.length });
    const [sq] = find(YAML, "'compute'");
    expect(nodes[3]).toMatchObject({ start: sq + 1, end: sq + 1 + 'compute'.length });
    const [sq2] = find(YAML, "'compute'", 1);
    expect(nodes[4]).toMatchObject({ role: 'entry', start: sq2 + 1, end: sq2 + 8 });
  });

  it('ignores `broader` on actors, which has no meaning there', () => {
    expect(ids('g.yaml', YAML).filter((n) => n.kind === 'actor')).toHaveLength(1);
  });

  it('gives every node the range of its whole entry', () => {
    const nodes = ids('g.yaml', YAML);
    const second = YAML.slice(nodes[1]!.entryStart, nodes[1]!.entryEnd);
    expect(second.startsWith('id: "data-centre"')).toBe(true);
    expect(second).toContain("broader: [autonomy, 'compute']");
    expect(second).not.toContain('label: compute');
    // Both broader nodes of the entry share its range; every node lies inside its entry.
    expect([nodes[2]!.entryStart, nodes[3]!.entryStart]).toEqual([nodes[1]!.entryStart, nodes[1]!.entryStart]);
    for (const n of nodes) expect(n.entryStart <= n.start && n.end <= n.entryEnd).toBe(true);
    // An entry whose `id` is not its first key starts at its first key.
    expect(YAML.slice(nodes[4]!.entryStart).startsWith('label: compute')).toBe(true);
  });

  it('reads JSON files, offsets inside the quotes', () => {
    const json = '{\n  "version": 1,\n  "concepts": [\n    { "id": "a", "label": "A", "broader": ["b"] },\n    { "id": "b", "label": "B" }\n  ],\n  "actors": [{ "id": "x", "label": "X", "type": "state" }]\n}\n';
    const nodes = ids('g.glossary.json', json);
    expect(summary(json, nodes)).toEqual([
      ['concept', 'a', 'entry', 'a'],
      ['concept', 'b', 'broader', 'b'],
      ['concept', 'b', 'entry', 'b'],
      ['actor', 'x', 'entry', 'x'],
    ]);
    expect(json.slice(nodes[0]!.entryStart, nodes[0]!.entryEnd)).toBe('{ "id": "a", "label": "A", "broader": ["b"] }');
  });

  it('finds every id of the TEAM_YAML fixture at its own `id:` line', () => {
    const nodes = ids('team.glossary.yaml', TEAM_YAML);
    expect(nodes.every((n) => n.role === 'entry')).toBe(true);
    expect(nodes.map((n) => `${n.kind}:${n.id}`)).toContain('actor:elysee');
    for (const n of nodes) expect(TEAM_YAML.slice(n.start - 'id: '.length, n.end)).toBe(`id: ${n.id}`);
  });

  it('finds the ids of the built-in glossary where they are written', () => {
    for (const source of builtinYamlSources()) {
      const nodes = findGlossaryIds(source);
      const entries = nodes.filter((n) => n.role === 'entry');
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBe((source.file?.concepts?.length ?? 0) + (source.file?.actors?.length ?? 0));
      for (const n of nodes) expect(source.text.slice(n.start, n.end)).toBe(n.id);
    }
  });

  it('returns what it can find in a broken file, without throwing', () => {
    const broken = 'version: 1\nconcepts:\n  - id: a\n    label: [A\n  - id: b\n';
    expect(() => ids('g.yaml', broken)).not.toThrow();
    const nodes = ids('g.yaml', broken);
    expect(summary(broken, nodes)).toEqual([
      ['concept', 'a', 'entry', 'a'],
      ['concept', 'b', 'entry', 'b'],
    ]);
    const json = '{"version": 1, "concepts": [{"id": "a", "label": "A"';
    expect(summary(json, ids('g.json', json))).toEqual([['concept', 'a', 'entry', 'a']]);
  });

  it('skips what is not an entry or not a string id', () => {
    const odd = 'concepts: {a: 1}\nactors:\n  - id: 12\n  - just text\n  - id:\n  - id: [a]\n  - id: ok\n    broader: [x]\n';
    expect(summary(odd, ids('g.yaml', odd))).toEqual([['actor', 'ok', 'entry', 'ok']]);
  });

  it('returns nothing for empty, scalar, list-shaped or garbage files', () => {
    for (const text of ['', '   \n', 'just text', '- a\n- b\n', ':::\n\t- ][', '{', 'null']) {
      expect(ids('g.yaml', text)).toEqual([]);
    }
  });

  it('parses a source once (the same array for the same source object)', () => {
    const source = parseGlossaryFile('g.yaml', YAML);
    expect(findGlossaryIds(source)).toBe(findGlossaryIds(source));
    expect(findGlossaryIds(parseGlossaryFile('g.yaml', YAML))).not.toBe(findGlossaryIds(source));
  });
});

describe('glossaryIdAt', () => {
  const source = parseGlossaryFile('g.yaml', YAML);

  it('finds the node under the offset, both ends included', () => {
    const [start, end] = find(YAML, 'data-centre');
    for (const offset of [start, start + 3, end]) expect(glossaryIdAt(source, offset)).toMatchObject({ id: 'data-centre', role: 'entry' });
    const [b] = find(YAML, 'autonomy', 1);
    expect(glossaryIdAt(source, b + 2)).toMatchObject({ id: 'autonomy', role: 'broader', kind: 'concept' });
  });

  it('is undefined off an id: on a key, a label, a quote, a comment, out of the text', () => {
    for (const offset of [0, YAML.indexOf('label'), find(YAML, 'Autonomy')[0] + 1, find(YAML, '"data-centre"')[0], find(YAML, '# the root')[0] + 3, -1, YAML.length + 10]) {
      expect(glossaryIdAt(source, offset)).toBeUndefined();
    }
  });
});
