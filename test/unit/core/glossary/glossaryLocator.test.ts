import { describe, expect, it, vi } from 'vitest';
import { GlossaryLocator } from '../../../../server/src/core/glossary/glossaryLocator';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';
import { parseYaml, type NodePath } from '../../../../server/src/core/glossary/yamlLocate';
import { TEAM_YAML } from '../../helpers';
import { generateBenchGlossary } from '../../../bench/generateBenchGlossary';

// Counted, to tell an entry parsed alone from the whole file parsed again.
vi.mock('../../../../server/src/core/glossary/yamlLocate', async (original) => {
  const actual = await original<typeof import('../../../../server/src/core/glossary/yamlLocate')>();
  return { ...actual, parseYaml: vi.fn(actual.parseYaml) };
});

/** How many times the whole of `text` was parsed with positions since the last call. */
function wholeParses(text: string): number {
  const calls = vi.mocked(parseYaml).mock.calls.filter(([parsed]) => parsed === text).length;
  vi.mocked(parseYaml).mockClear();
  return calls;
}

/** The locator parseGlossaryFile gives a valid file (with the outline of its first parse, when it has one). */
function locatorOf(text: string, path = 'team.glossary.yaml'): GlossaryLocator {
  const source = parseGlossaryFile(path, text);
  expect(source.file).toBeDefined();
  return source.createLocator!();
}

/** Every path a warning can name in an entry, for each entry of the file's sections. */
function warningPaths(text: string): NodePath[] {
  const file = parseGlossaryFile('g.yaml', text).file!;
  const paths: NodePath[] = [];
  for (const section of ['concepts', 'actors'] as const) {
    (file[section] ?? []).forEach((entry, i) => {
      paths.push([section, i], [section, i, 'id'], [section, i, 'label'], [section, i, 'layer'], [section, i, 'missing']);
      const lists = entry as { aliases?: string[]; avoid?: string[]; broader?: string[] };
      for (const key of ['aliases', 'avoid', 'broader'] as const) (lists[key] ?? []).forEach((_, k) => paths.push([section, i, key, k]));
    });
  }
  return paths;
}

/** The outline's locator places every path where parsing the whole file does. */
function expectSamePlaces(text: string): void {
  const fast = locatorOf(text);
  const whole = new GlossaryLocator(text);
  const paths = warningPaths(text);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect({ path, ...fast.at(path) }).toEqual({ path, ...whole.at(path) });
}

describe('GlossaryLocator', () => {
  it('places a YAML path at its node', () => {
    const locator = new GlossaryLocator(TEAM_YAML);
    const { start, end } = locator.at(['actors', 1, 'aliases', 0]);
    expect(TEAM_YAML.slice(start, end)).toBe('US');
    const label = locator.at(['concepts', 0, 'label']);
    expect(TEAM_YAML.slice(label.start, label.end)).toBe('Strategic autonomy');
  });

  it('places paths inside entries by parsing the entry alone, where parsing the whole file would', () => {
    const fast = locatorOf(TEAM_YAML);
    wholeParses(TEAM_YAML);
    const { start, end } = fast.at(['actors', 1, 'aliases', 0]);
    expect(TEAM_YAML.slice(start, end)).toBe('US');
    for (const path of warningPaths(TEAM_YAML)) fast.at(path);
    expect(wholeParses(TEAM_YAML)).toBe(0);
    expectSamePlaces(TEAM_YAML);
  });

  it('agrees with the whole-file parse on comments, block and flow lists, quotes, folded text and CRLF', () => {
    const text = [
      '# Team glossary',
      'version: 1',
      'concepts:',
      '  # the first entry',
      '  - id: a-b   # trailing comment',
      '    label: "A B"',
      "    aliases: ['a b', AB]",
      '    definition: >',
      '      Folded text',
      '      - over lines that look like items.',
      '  -',
      '    id: c',
      '    label: C thing',
      '    aliases:',
      '      - CT',
      '      - "see thing"',
      '    definition: |',
      '      Literal text.',
      '',
      '  - {id: d, label: D, definition: Flow entry}',
      'actors:',
      '- id: e',
      '  label: E',
      '  type: state',
      '  description: Unindented list.',
      '',
    ].join('\n');
    expectSamePlaces(text);
    expectSamePlaces(text.replace(/\n/g, '\r\n'));
  });

  it('falls back to the whole file for sections written as flow sequences', () => {
    const text = 'version: 1\nconcepts: [{id: a, label: A, aliases: [x], definition: d}, {id: b, label: B, definition: d}]\n';
    expectSamePlaces(text);
    const fast = locatorOf(text);
    wholeParses(text);
    const { start, end } = fast.at(['concepts', 1, 'label']);
    expect(text.slice(start, end)).toBe('B');
    expect(wholeParses(text)).toBe(1);
  });

  it('agrees with the whole-file parse on a generated glossary of 300 entries, without parsing it whole', () => {
    const text = generateBenchGlossary(300).yaml;
    const fast = locatorOf(text);
    wholeParses(text);
    for (const path of warningPaths(text)) fast.at(path);
    expect(wholeParses(text)).toBe(0);
    expectSamePlaces(text);
  });
});
