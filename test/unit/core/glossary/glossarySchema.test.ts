import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorTypes, glossaryJsonSchema, glossarySchemas } from '../../../../server/src/core/glossary/glossarySchema';

const { entryId, file: glossaryFileSchema } = glossarySchemas();

const SHIPPED = path.resolve(__dirname, '../../../../server/schemas/glossary.schema.json');

describe('the shipped JSON Schema', () => {
  it('is the one generated from the zod definition (else run `npm run schema`)', () => {
    const shipped: unknown = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    expect(shipped, 'server/schemas/glossary.schema.json is stale: run `npm run schema` and commit the result').toEqual(glossaryJsonSchema());
  });
});

describe('glossaryJsonSchema', () => {
  const schema = glossaryJsonSchema() as {
    $schema: string;
    title: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { items?: { required?: string[]; additionalProperties?: boolean; properties: Record<string, { enum?: string[]; pattern?: string }> } }>;
  };

  it('is a draft-07 schema titled for editors', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Briefmark glossary');
    expect(schema.required).toEqual(['version']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'version', 'layers', 'concepts', 'actors']);
  });

  it('requires what the zod schema requires, and nothing else', () => {
    expect(schema.properties.layers!.items!.required).toEqual(['id', 'label']);
    expect(schema.properties.concepts!.items!.required).toEqual(['id', 'label']);
    expect(schema.properties.actors!.items!.required).toEqual(['id', 'label', 'type']);
    expect(schema.properties.concepts!.items!.additionalProperties).toBe(false);
  });

  it('lists the actor types and the id pattern', () => {
    expect(schema.properties.actors!.items!.properties.type!.enum).toEqual([...actorTypes]);
    expect(schema.properties.concepts!.items!.properties.id!.pattern).toBe('^[a-z0-9]+(?:[-_.][a-z0-9]+)*$');
  });
});

describe('glossaryFileSchema', () => {
  it('accepts a minimal file and a full one', () => {
    expect(glossaryFileSchema.safeParse({ version: 1 }).success).toBe(true);
    const full = {
      $schema: './glossary.schema.json',
      version: 1,
      layers: [{ id: 'infrastructure', label: 'Infrastructure', description: 'd' }],
      concepts: [{ id: 'a.b_c-1', label: 'A', aliases: ['x'], layer: 'infrastructure', definition: 'd', broader: ['b'], avoid: ['y'], sources: ['@k'] }],
      actors: [{ id: 'x', label: 'X', type: 'company', aliases: ['XX'], country: 'FR', layer: 'models', description: 'd' }],
    };
    expect(glossaryFileSchema.parse(full)).toEqual(full);
  });

  it('trims phrases and rejects empty ones', () => {
    const parsed = glossaryFileSchema.parse({ version: 1, concepts: [{ id: 'a', label: '  A  ', definition: ' d ' }] });
    expect(parsed.concepts![0]!.label).toBe('A');
    expect(glossaryFileSchema.safeParse({ version: 1, concepts: [{ id: 'a', label: '   ', definition: 'd' }] }).success).toBe(false);
  });

  it('rejects ids that are not lower-case words joined by - _ or .', () => {
    for (const id of ['A', 'a b', '-a', 'a-', 'a--b', 'é', '']) expect(entryId.safeParse(id).success, id).toBe(false);
    for (const id of ['a', 'a1', 'a-b', 'a_b', 'a.b', '9']) expect(entryId.safeParse(id).success, id).toBe(true);
  });

  it('rejects unknown fields, a wrong version, a bad country and a bad actor type', () => {
    expect(glossaryFileSchema.safeParse({ version: 1, extra: 1 }).success).toBe(false);
    expect(glossaryFileSchema.safeParse({ version: 2 }).success).toBe(false);
    expect(glossaryFileSchema.safeParse({ version: 1, actors: [{ id: 'a', label: 'A', type: 'company', country: 'fra', description: 'd' }] }).success).toBe(false);
    expect(glossaryFileSchema.safeParse({ version: 1, actors: [{ id: 'a', label: 'A', type: 'robot', description: 'd' }] }).success).toBe(false);
  });
});
