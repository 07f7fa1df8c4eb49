import { describe, expect, it, vi } from 'vitest';
import { buildGlossary, closestIds, CROSS_CUTTING_LAYER, DEFAULT_LAYERS, editDistance } from '../../../../server/src/core/glossary/buildGlossary';
import { builtinGlossarySources } from '../../../../server/src/core/glossary/builtinGlossary';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import { mentionIds, TEAM_YAML } from '../../helpers';

const concept = (id: string, label: string, extra = '') => `  - id: ${id}\n    label: ${label}\n    definition: d.\n${extra}`;
const actor = (id: string, label: string, extra = '') => `  - id: ${id}\n    label: ${label}\n    type: company\n    description: d.\n${extra}`;

/** `[path, code, offending text]` of every diagnostic of a build. */
function warnings(files: Array<[string, string]>, builtin = false): Array<[string, string, string]> {
  const sources = files.map(([path, text]) => parseGlossaryFile(path, text));
  if (builtin) sources.push(...builtinGlossarySources());
  const built = buildGlossary(sources);
  const out: Array<[string, string, string]> = [];
  for (const [path, list] of built.diagnostics) {
    const text = files.find(([p]) => p === path)?.[1] ?? '';
    for (const d of list) out.push([path, d.code, text.slice(d.start, d.end)]);
  }
  return out;
}

describe('buildGlossary', () => {
  it('indexes entries by kind and id, with defaults filled in', () => {
    const { glossary, diagnostics } = buildGlossary([parseGlossaryFile('team.glossary.yaml', TEAM_YAML)]);
    expect([...diagnostics]).toEqual([['team.glossary.yaml', []]]);
    expect(glossary.concepts.size).toBe(9);
    expect(glossary.actors.size).toBe(8);
    expect(glossary.entries).toHaveLength(17);
    expect(glossary.concepts.get('strategic-autonomy')).toEqual({
      kind: 'concept',
      id: 'strategic-autonomy',
      label: 'Strategic autonomy',
      aliases: ['autonomie stratégique'],
      layer: 'cross-cutting',
      definition: "Acting on one's own choices.",
      broader: [],
      avoid: ['strategic independence'],
      sources: [],
      origin: 'team.glossary.yaml',
    });
    expect(glossary.actors.get('elysee')).toEqual({
      kind: 'actor',
      id: 'elysee',
      label: 'Élysée',
      aliases: [],
      layer: 'economic-value',
      definition: 'The French presidency.',
      broader: [],
      avoid: [],
      sources: [],
      type: 'institution',
      country: 'FR',
      origin: 'team.glossary.yaml',
    });
    expect(glossary.files).toEqual(['team.glossary.yaml']);
    expect(glossary.builtin).toBe(false);
  });

  it('uses the default layers, cross-cutting last, when no file defines layers', () => {
    const { glossary } = buildGlossary([parseGlossaryFile('a.yaml', 'version: 1\n')]);
    expect(glossary.layers).toEqual([...DEFAULT_LAYERS, CROSS_CUTTING_LAYER]);
    expect(glossary.layers.map((l) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
  });

  it('takes layers from team files over the built-in ones; entries in a dropped layer become cross-cutting', () => {
    const team = `version: 1\nlayers:\n  - id: ethics\n    label: Ethics\n  - id: cross-cutting\n    label: ignored\nconcepts:\n${concept('fairness', 'fairness', '    layer: ethics\n')}`;
    const { glossary } = buildGlossary([parseGlossaryFile('t.yaml', team), ...builtinGlossarySources()]);
    expect(glossary.layers).toEqual([{ id: 'ethics', label: 'Ethics', description: '', keywords: [] }, CROSS_CUTTING_LAYER]);
    expect(glossary.concepts.get('fairness')!.layer).toBe('ethics');
    expect(glossary.actors.get('openai')!.layer).toBe('cross-cutting');
  });

  it('puts team files first: a team entry replaces the built-in entry with its id, silently', () => {
    const team = `version: 1\nactors:\n${actor('europe', 'Europa')}`;
    const sources = [parseGlossaryFile('t.yaml', team), ...builtinGlossarySources()];
    const { glossary, diagnostics } = buildGlossary(sources);
    expect(glossary.actors.get('europe')).toMatchObject({ label: 'Europa', type: 'company', origin: 't.yaml' });
    expect(diagnostics.get('t.yaml')).toEqual([]);
    expect(mentionIds('Europa', glossary)).toEqual(['europe']);
    // The built-in label of the replaced entry is gone with it.
    expect(mentionIds('Europe', glossary)).toEqual([]);
    expect(glossary.files).toEqual(['t.yaml']);
    expect(glossary.builtin).toBe(true);
  });

  it('warns at the second of two entries with the same id, across team files and within one', () => {
    const a = `version: 1\nconcepts:\n${concept('x', 'First')}`;
    const b = `version: 1\nconcepts:\n${concept('x', 'Second')}${concept('x', 'Third')}`;
    expect(warnings([['a.yaml', a], ['b.yaml', b]])).toEqual([
      ['b.yaml', 'duplicate-entry-id', 'x'],
      ['b.yaml', 'duplicate-entry-id', 'x'],
    ]);
    const { glossary, diagnostics } = buildGlossary([parseGlossaryFile('a.yaml', a), parseGlossaryFile('b.yaml', b)]);
    expect(glossary.concepts.get('x')!.label).toBe('First');
    expect(diagnostics.get('b.yaml')![0]!.message).toBe('The id "x" is already used by concept "x" (a.yaml); this entry is ignored.');
  });

  it('treats a concept and an actor with the same id as duplicates', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'X')}actors:\n${actor('x', 'Y')}`;
    expect(warnings([['a.yaml', text]])).toEqual([['a.yaml', 'duplicate-entry-id', 'x']]);
  });

  it('warns at an alias already taken by another entry; the first entry keeps it', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'Shared')}${concept('y', 'Y', '    aliases: [shared]\n')}`;
    const built = buildGlossary([parseGlossaryFile('a.yaml', text)]);
    expect(warnings([['a.yaml', text]])).toEqual([['a.yaml', 'contested-alias', 'shared']]);
    expect(built.diagnostics.get('a.yaml')![0]!.message).toBe('"shared" is also a wording of concept "x" (a.yaml), which takes it.');
    expect(mentionIds('shared', built.glossary)).toEqual(['x']);
  });

  it('warns on the team file when a team alias is a built-in wording; the team entry takes it', () => {
    const text = `version: 1\nconcepts:\n${concept('my-europe', 'Mine', '    aliases: [Europe]\n')}`;
    const sources = [parseGlossaryFile('a.yaml', text), ...builtinGlossarySources()];
    const built = buildGlossary(sources);
    expect(warnings([['a.yaml', text]], true)).toEqual([['a.yaml', 'contested-alias', 'Europe']]);
    expect(built.diagnostics.get('a.yaml')![0]!.message).toBe('"Europe" is also a wording of actor "europe" (the built-in glossary); this entry takes it.');
    expect(mentionIds('Europe', built.glossary)).toEqual(['my-europe']);
  });

  it('does not report the built-in glossary\'s own problems', () => {
    const built = buildGlossary(builtinGlossarySources());
    for (const [path, list] of built.diagnostics) expect(list, path).toEqual([]);
  });

  it('warns about an unknown layer and treats the entry as cross-cutting', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'X', '    layer: nowhere\n')}`;
    const built = buildGlossary([parseGlossaryFile('a.yaml', text)]);
    expect(warnings([['a.yaml', text]])).toEqual([['a.yaml', 'unknown-layer', 'nowhere']]);
    expect(built.diagnostics.get('a.yaml')![0]!.message).toBe('Unknown layer "nowhere"; known layers: infrastructure, models, economic-value, cross-cutting. Treated as cross-cutting.');
    expect(built.glossary.concepts.get('x')!.layer).toBe('cross-cutting');
  });

  it('warns about an unknown broader concept at the id', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'X', '    broader: [y, nope]\n')}${concept('y', 'Y')}`;
    expect(warnings([['a.yaml', text]])).toEqual([['a.yaml', 'unknown-id', 'nope']]);
  });

  it('keeps a broken file out of the glossary, with its errors, and uses the others', () => {
    const good = `version: 1\nactors:\n${actor('acme', 'Acme')}`;
    const bad = 'version: 1\nconcepts: [\n';
    const built = buildGlossary([parseGlossaryFile('bad.yaml', bad), parseGlossaryFile('good.yaml', good)]);
    expect(built.glossary.files).toEqual(['good.yaml']);
    expect(built.diagnostics.get('bad.yaml')!.map((d) => d.code)).toEqual(['invalid-glossary']);
    expect(mentionIds('Acme', built.glossary)).toEqual(['acme']);
  });

  it('indexes deprecated wordings after all labels and aliases', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'X', '    avoid: [old term]\n')}${concept('y', 'old term')}`;
    const built = buildGlossary([parseGlossaryFile('a.yaml', text)]);
    expect(mentionIds('old term', built.glossary)).toEqual(['y']);
    expect(built.diagnostics.get('a.yaml')!.map((d) => [d.code, d.message])).toEqual([
      ['contested-alias', '"old term" is also a wording of concept "y" (a.yaml), which takes it.'],
    ]);
    // At the deprecated wording (the first "old term" in the file), not at y's label.
    expect(built.diagnostics.get('a.yaml')![0]!.start).toBe(text.indexOf('old term'));
  });

  it('warns at the very alias that is taken, the second of two', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'Shared')}${concept('y', 'Y', '    aliases: [shared too, shared]\n')}`;
    const built = buildGlossary([parseGlossaryFile('a.yaml', text)]);
    const d = built.diagnostics.get('a.yaml')!;
    expect(d.map((w) => [w.code, text.slice(w.start, w.end)])).toEqual([['contested-alias', 'shared']]);
    expect(d[0]!.start).toBe(text.lastIndexOf('shared'));
  });

  it('places warnings of a source built from data, without a locator, at the start of the file', () => {
    const file = { version: 1 as const, concepts: [{ id: 'x', label: 'X' }, { id: 'x', label: 'Y' }] };
    const built = buildGlossary([{ path: 'data', builtin: false, text: '', file, diagnostics: [] }]);
    expect(built.diagnostics.get('data')!.map((d) => [d.code, d.start, d.end])).toEqual([['duplicate-entry-id', 0, 0]]);
  });

  it('makes a new locator per build, so a source keeps no parsed document', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'X')}${concept('x', 'Y')}`;
    const source = parseGlossaryFile('a.yaml', text);
    const created = vi.spyOn(source, 'createLocator');
    buildGlossary([source]);
    buildGlossary([source]);
    expect(created).toHaveBeenCalledTimes(2);
  });

  it('ignores phrases without words', () => {
    const text = `version: 1\nconcepts:\n${concept('x', 'X', '    aliases: ["--", "..."]\n')}`;
    expect(warnings([['a.yaml', text]])).toEqual([]);
  });
});

describe('closestIds and editDistance', () => {
  it('computes Levenshtein distances, giving up past the maximum', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('suggests the closest ids, best first, at most three', () => {
    const ids = ['france', 'finance', 'frank', 'europe', 'european-union', 'openai'];
    expect(closestIds('frnce', ids)).toEqual(['france']);
    expect(closestIds('fance', ids)).toEqual(['france', 'finance']);
    expect(closestIds('europ', ids)).toEqual(['europe', 'european-union']);
    expect(closestIds('zzz', ids)).toEqual([]);
    expect(closestIds('a', ['a1', 'b2', 'c3', 'd4', 'e5'])).toHaveLength(3);
  });
});

describe('glossaryToData and glossaryFromData (the index the build embeds)', () => {
  it('give back a glossary that matches exactly as the one built, through JSON', async () => {
    const { glossaryFromData, glossaryToData } = await import('../../../../server/src/core/glossary/buildGlossary');
    const { builtinGlossary: builtin } = await import('../../helpers');
    const built = builtin();
    const loaded = glossaryFromData(JSON.parse(JSON.stringify(glossaryToData(built))));
    expect(loaded.entries).toEqual(built.entries);
    expect(loaded.layers).toEqual(built.layers);
    expect([...loaded.actors.keys()]).toEqual([...built.actors.keys()]);
    const text = 'The EU and the US fund AI Factories; the Élysée, OVHcloud and U.S. export controls. Open-source models, data centers and semiconductors. IT rules.';
    const { tokenize } = await import('../../../../server/src/core/text/tokenize');
    const matches = built.matcher.findMatches(text, tokenize(text));
    expect(matches.length).toBeGreaterThan(8);
    expect(loaded.matcher.findMatches(text, tokenize(text))).toEqual(matches);
    // The claim model's word table comes with it, the same as the one made from the glossary.
    const { layerCues } = await import('../../../../server/src/core/glossary/layerCues');
    const cues = layerCues(loaded);
    const made = layerCues(built);
    expect(cues).not.toBe(made);
    expect(cues.rows.quads()).toEqual(made.rows.quads());
    expect(cues.bits).toEqual(made.bits);
    expect(cues.isCue).toEqual(made.isCue);
    expect(cues.weights).toEqual(made.weights);
    expect(made.isCue.some((c) => c === 0) && made.isCue.some((c) => c === 1)).toBe(true);
  });
});
