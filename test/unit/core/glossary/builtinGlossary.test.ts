import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../../server/src/core/matching/buildMatcher';
import { buildGlossary } from '../../../../server/src/core/glossary/buildGlossary';
import { builtinGlossary, builtinGlossarySources, glossaryWith } from '../../../../server/src/core/glossary/builtinGlossary';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import { builtinYamlSources, parseBuiltinGlossaryFiles } from '../../../../server/src/core/glossary/builtinGlossaryFiles';
import { tokenize } from '../../../../server/src/core/text/tokenize';
import type { ActorInput, ConceptInput } from '../../../../server/src/core/glossary/glossarySchema';

const sources = builtinGlossarySources();
const concepts: ConceptInput[] = sources.flatMap((s) => s.file?.concepts ?? []);
const actors: ActorInput[] = sources.flatMap((s) => s.file?.actors ?? []);
const layerIds = new Set(sources.flatMap((s) => s.file?.layers ?? []).map((l) => l.id));

describe('the built-in sovereignty glossary', () => {
  it('has its ten files, made once from the index and marked built-in', () => {
    expect(sources.map((s) => s.path)).toEqual(['sovereignty/concepts.yaml', 'sovereignty/actors-public.yaml', 'sovereignty/actors-companies.yaml', 'sovereignty/actors-rules.yaml', 'sovereignty/concepts-policy.yaml', 'sovereignty/concepts-tech.yaml', 'sovereignty/actors-us.yaml', 'sovereignty/actors-europe.yaml', 'sovereignty/actors-world.yaml', 'sovereignty/actors-industry.yaml']);
    expect(builtinGlossarySources()).toBe(sources);
    for (const s of sources) expect(s.builtin).toBe(true);
  });

  it('has only valid files, whose build-time data is what the validating parser reads', () => {
    const parsed = parseBuiltinGlossaryFiles();
    const yaml = builtinYamlSources();
    expect(parsed.map((s) => s.path)).toEqual(sources.map((s) => s.path));
    parsed.forEach((s, i) => {
      expect(s.diagnostics, s.path).toEqual([]);
      expect(s.file, s.path).toBeDefined();
      expect(yaml[i]!.file, s.path).toEqual(s.file);
      expect(yaml[i]!.text).toBe(s.text);
    });
  });

  it('is indexed as the YAML files merge, and its sources from the index merge the same way', () => {
    const fromYaml = buildGlossary(parseBuiltinGlossaryFiles()).glossary;
    expect(builtinGlossary().entries).toEqual(fromYaml.entries);
    expect(builtinGlossary().layers).toEqual(fromYaml.layers);
    const fromSources = buildGlossary(builtinGlossarySources()).glossary;
    expect(fromSources.entries).toEqual(fromYaml.entries);
    const text = 'The EU, the Élysée and OVHcloud; U.S. export controls on AI chips; open-source models in data centers. IT rules.';
    expect(fromSources.matcher.findMatches(text, tokenize(text))).toEqual(fromYaml.matcher.findMatches(text, tokenize(text)));
    expect(builtinGlossary().matcher.findMatches(text, tokenize(text))).toEqual(fromYaml.matcher.findMatches(text, tokenize(text)));
  });

  it('defines the three layers of the field', () => {
    expect([...layerIds]).toEqual(['infrastructure', 'models', 'economic-value']);
  });

  it('has at least 100 concepts and 150 actors', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(100);
    expect(actors.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique ids across all its files', () => {
    const seen = new Map<string, number>();
    for (const e of [...concepts, ...actors]) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('gives no wording to two entries (labels, aliases and deprecated wordings)', () => {
    const matcher = new Matcher();
    const entries = [...concepts.map((c) => ({ id: c.id, phrases: [c.label, ...(c.aliases ?? [])], avoid: c.avoid ?? [] })), ...actors.map((a) => ({ id: a.id, phrases: [a.label, ...(a.aliases ?? [])], avoid: [] as string[] }))];
    const conflicts: string[] = [];
    entries.forEach((e, index) => {
      for (const phrase of e.phrases) {
        const conflict = matcher.add(phrase, { entry: index, avoid: false });
        if (conflict) conflicts.push(`"${phrase}": ${entries[conflict.kept.entry]!.id} and ${e.id}`);
      }
    });
    entries.forEach((e, index) => {
      for (const phrase of e.avoid) {
        const conflict = matcher.add(phrase, { entry: index, avoid: true });
        if (conflict) conflicts.push(`deprecated "${phrase}": ${entries[conflict.kept.entry]!.id} and ${e.id}`);
      }
    });
    expect(conflicts).toEqual([]);
  });

  it('has no phrase without a word, and no alias repeating its own entry', () => {
    const bad: string[] = [];
    for (const e of [...concepts, ...actors]) {
      const phrases = [e.label, ...(e.aliases ?? [])];
      for (const p of phrases) if (tokenize(p).count === 0) bad.push(`${e.id}: "${p}"`);
      const folded = phrases.map((p) => p.toLowerCase());
      if (new Set(folded).size !== folded.length) bad.push(`${e.id}: repeated wording`);
    }
    expect(bad).toEqual([]);
  });

  it('never makes "it", "us" or other common words an alias', () => {
    const common = new Set(['it', 'us', 'we', 'a', 'an', 'the', 'and', 'or', 'in', 'on', 'of', 'to', 'is', 'as', 'at', 'by', 'be', 'can', 'will', 'may']);
    const bad = [...concepts, ...actors].flatMap((e) => [e.label, ...(e.aliases ?? [])].filter((p) => common.has(p.toLowerCase()) && p !== p.toUpperCase()).map((p) => `${e.id}: "${p}"`));
    expect(bad).toEqual([]);
  });

  it('gives every concept a definition and a known layer or none', () => {
    const bad = concepts.filter((c) => (c.definition ?? '').trim().length < 20 || (c.layer !== undefined && !layerIds.has(c.layer))).map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('gives every actor a type, a description and a known layer or none', () => {
    const types = new Set(['state', 'institution', 'company', 'person', 'initiative', 'other']);
    const bad = actors.filter((a) => !types.has(a.type) || (a.description ?? '').trim().length < 20 || (a.layer !== undefined && !layerIds.has(a.layer))).map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it('refers only to existing concepts in broader', () => {
    const ids = new Set(concepts.map((c) => c.id));
    const bad = concepts.flatMap((c) => (c.broader ?? []).filter((b) => !ids.has(b)).map((b) => `${c.id} → ${b}`));
    expect(bad).toEqual([]);
  });

  it('builds into a glossary with every entry', () => {
    const { glossary } = buildGlossary(sources);
    expect(glossary.concepts.size).toBe(concepts.length);
    expect(glossary.actors.size).toBe(actors.length);
    expect(glossary.builtin).toBe(true);
    expect(glossary.files).toEqual([]);
    expect(glossary.layers.map((l) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
  });

  // The matcher passes over most words by two filters (first words and their plurals; the keys
  // under each node): a filter that is wrong hides matches silently. Every wording, in a sentence,
  // as written and with its last word in the plural, must still be found whole, and as its entry,
  // both in the glossary built here and in the one loaded from the index the build embeds.
  it('finds every label and alias whole, as written and in the plural, built or loaded from the index', () => {
    const built = buildGlossary(sources).glossary;
    for (const glossary of [built, builtinGlossary()]) {
      let checked = 0;
      for (const entry of glossary.entries) {
        for (const phrase of [entry.label, ...entry.aliases]) {
          const forms = /[a-rt-xz]$/.test(phrase) ? [phrase, phrase + 's'] : [phrase];
          for (const form of forms) {
            const text = `See ${form} here.`;
            const words = tokenize(form);
            // Whole: from its first word to its last ("U.S." is matched as "U.S").
            const [start, end] = [4 + words.starts[0]!, 4 + words.ends[words.count - 1]!];
            const whole = glossary.matcher.findMatches(text, tokenize(text)).find((m) => m.start === start && m.end === end);
            expect(whole && glossary.entries[whole.entry]!.id, `"${form}" (${entry.id})`).toBe(entry.id);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(5000);
    }
  });
});

describe('glossaryWith: team files merged with the built-in glossary', () => {
  const exampleTeam = readFileSync(path.resolve(__dirname, '../../../../examples/team.glossary.yaml'), 'utf8');
  // Each team file meets the built-in glossary in another way: overriding an entry by id, taking a
  // built-in wording as a label, an alias or a deprecated wording, repeating its own ids, naming
  // unknown layers and broader concepts, and bringing layers of its own.
  const teams: Record<string, string[]> = {
    example: [exampleTeam],
    contested: [
      [
        'version: 1',
        'concepts:',
        '  - id: compute-sovereignty',
        '    label: Sovereign compute capacity',
        '    aliases: [compute sovereignty, data centres]',
        '    avoid: [cloud sovereignty, open source]',
        '  - id: our-chips',
        '    label: Chips',
        '    layer: nowhere',
        '    broader: [no-such-concept]',
        '  - id: our-chips',
        '    label: Our chips again',
        'actors:',
        '  - id: eu',
        '    label: European Union',
        '    type: institution',
        '    aliases: [EU, the Union]',
        '  - id: our-lab',
        '    label: OpenAI',
        '    type: company',
      ].join('\n'),
      'version: 1\nconcepts:\n  - id: second-file\n    label: Data centres\n    aliases: [Our chips again]\n',
    ],
    layered: ['version: 1\nlayers:\n  - id: models\n    label: Models\n  - id: people\n    label: People\nconcepts:\n  - id: talent\n    label: AI talent\n    layer: people\n'],
  };

  for (const [name, texts] of Object.entries(teams)) {
    it(`gives what buildGlossary gives with the built-in sources (${name})`, () => {
      const team = texts.map((text, i) => parseGlossaryFile(`team-${i}.glossary.yaml`, text));
      const layersBefore = builtinGlossary().entries.map((e) => e.layer);
      const merged = glossaryWith(team, true);
      const built = buildGlossary([...team, ...builtinGlossarySources()]);
      expect(merged.glossary.entries).toEqual(built.glossary.entries);
      expect(merged.glossary.layers).toEqual(built.glossary.layers);
      expect([...merged.glossary.concepts.keys()]).toEqual([...built.glossary.concepts.keys()]);
      expect([...merged.glossary.actors.keys()]).toEqual([...built.glossary.actors.keys()]);
      expect(merged.glossary.files).toEqual(built.glossary.files);
      expect(merged.glossary.matcher.toData()).toEqual(built.glossary.matcher.toData());
      expect([...merged.diagnostics]).toEqual([...built.diagnostics]);
      // The merge copies the built-in entries it changes: the built-in glossary stays as it was.
      expect(builtinGlossary().entries.map((e) => e.layer)).toEqual(layersBefore);
    });
  }

  it('is told apart by the team files it meets (warnings and overrides)', () => {
    const team = teams.contested!.map((text, i) => parseGlossaryFile(`team-${i}.glossary.yaml`, text));
    const merged = glossaryWith(team, true);
    expect(merged.diagnostics.get('team-0.glossary.yaml')!.map((d) => d.code).sort()).toEqual(expect.arrayContaining(['contested-alias', 'duplicate-entry-id', 'unknown-id', 'unknown-layer']));
    expect(merged.glossary.concepts.get('compute-sovereignty')!.label).toBe('Sovereign compute capacity');
    const layered = glossaryWith([parseGlossaryFile('team.glossary.yaml', teams.layered![0]!)], true).glossary;
    expect(layered.layers.map((l) => l.id)).toEqual(['models', 'people', 'cross-cutting']);
    expect(layered.entries.filter((e) => e.origin.startsWith('builtin:')).every((e) => e.layer === 'models' || e.layer === 'cross-cutting')).toBe(true);
  });
});
