import { describe, expect, it } from 'vitest';
import { glossaryTemplate } from '../../../../client/src/commands/glossaryTemplate';
import { buildGlossary } from '../../../../server/src/core/glossary/buildGlossary';
import { builtinGlossarySources } from '../../../../server/src/core/glossary/builtinGlossary';
import { parseGlossaryFile } from '../../../../server/src/core/glossary/parseGlossaryFile';

const SCHEMA = 'file:///home/ana/.vscode/extensions/briefmark.briefmark-0.1.0/server/schemas/glossary.schema.json';

describe('glossaryTemplate', () => {
  it('starts with the schema modeline for the YAML extension', () => {
    expect(glossaryTemplate(SCHEMA).split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA}`);
  });

  it('is a valid glossary with one concept and one actor', () => {
    const source = parseGlossaryFile('team.glossary.yaml', glossaryTemplate(SCHEMA));
    expect(source.diagnostics).toEqual([]);
    expect(source.file?.version).toBe(1);
    expect(source.file?.concepts).toHaveLength(1);
    expect(source.file?.actors).toHaveLength(1);
    expect(source.file?.layers).toBeUndefined();
  });

  it('merges with the built-in glossary without a warning: known layers, no id or alias taken', () => {
    const source = parseGlossaryFile('team.glossary.yaml', glossaryTemplate(SCHEMA));
    for (const sources of [[source], [source, ...builtinGlossarySources()]]) {
      const built = buildGlossary(sources);
      expect(built.diagnostics.get('team.glossary.yaml')).toEqual([]);
      expect(built.glossary.concepts.get('exit-plan')?.origin).toBe('team.glossary.yaml');
    }
  });

  it('explains every field of an entry in a comment', () => {
    const text = glossaryTemplate(SCHEMA);
    for (const field of ['id', 'label', 'aliases', 'layer', 'definition', 'broader', 'avoid', 'sources', 'type', 'country', 'description', 'layers']) {
      expect(text, field).toMatch(new RegExp(`# ${field}:|#\\s+${field}:|Leave out "${field}"`));
    }
  });
});
