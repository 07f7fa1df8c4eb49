import { z } from 'zod';

// The one definition of the glossary file format; the JSON Schema editors use is generated from it.

const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

export const actorTypes = ['state', 'institution', 'company', 'person', 'initiative', 'other'] as const;

function makeSchemas() {
  const entryId = z
    .string()
    .regex(ID_PATTERN, 'an id is lower-case letters and digits joined by "-", "_" or "." (e.g. strategic-autonomy)')
    .describe('Stable identifier, used in `ref=`, `actor=`, `about=` and by other entries.');

  const phrase = z.string().trim().min(1, 'must not be empty');
  const phraseList = z.array(phrase);

  const layerSchema = z.strictObject({
    id: entryId.describe('Layer id, used by `layer:` and `layer=`.'),
    label: phrase.describe('Name shown in the sidebar and summaries.'),
    description: z.string().optional().describe('What the layer covers.'),
    keywords: z
      .array(z.string().regex(/^[\p{L}\p{N}]+$/u, 'a keyword is one word of letters and digits, such as "semiconductors"'))
      .optional()
      .describe("Single words that point a claim to this layer when its layer is inferred (the words of the layer's concepts count too). Plurals are found from the singular."),
  });

  const conceptSchema = z.strictObject({
    id: entryId,
    label: phrase.describe('Display name; it is matched in briefs like an alias.'),
    aliases: phraseList.optional().describe('Other wordings matched in briefs. An alias in capitals (EU) matches case-sensitively.'),
    layer: entryId.optional().describe('Layer id; no layer means cross-cutting.'),
    definition: phrase.optional().describe("The team's definition, shown on hover. An entry may wait for one (e.g. just added from a brief)."),
    broader: z.array(entryId).optional().describe('Ids of broader concepts.'),
    avoid: phraseList.optional().describe('Deprecated wordings: flagged with a quick fix to the label.'),
    sources: phraseList.optional().describe('URLs or @citekeys backing the definition.'),
  });

  const actorSchema = z.strictObject({
    id: entryId,
    label: phrase.describe('Display name; it is matched in briefs like an alias.'),
    type: z.enum(actorTypes).describe('What kind of actor this is.'),
    aliases: phraseList.optional().describe('Other wordings matched in briefs. An alias in capitals (EU) matches case-sensitively.'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'a country is a two-letter code such as FR, US or EU')
      .optional()
      .describe('ISO 3166-1 alpha-2 code (EU for EU bodies).'),
    layer: entryId.optional().describe('Layer id; no layer means cross-cutting.'),
    description: phrase.optional().describe("The team's description, shown on hover. An entry may wait for one."),
  });

  const glossaryFileSchema = z
    .strictObject({
      $schema: z.string().optional().describe('Path or URL of this JSON Schema (for editors).'),
      version: z.literal(1).describe('Format version; always 1.'),
      layers: z.array(layerSchema).optional().describe('Layers of the field; the built-in layers are used when absent.'),
      concepts: z.array(conceptSchema).optional(),
      actors: z.array(actorSchema).optional(),
    })
    .describe('A Briefmark glossary: the concepts and actors of a policy field.');
  return { entryId, layer: layerSchema, concept: conceptSchema, actor: actorSchema, file: glossaryFileSchema };
}

type Schemas = ReturnType<typeof makeSchemas>;
let schemas: Schemas | undefined;

/** The zod schemas, built when first used: a command that reads no glossary file does not pay for them at start. */
export function glossarySchemas(): Schemas {
  return (schemas ??= makeSchemas());
}

export type GlossaryFile = z.infer<Schemas['file']>;
export type ConceptInput = z.infer<Schemas['concept']>;
export type ActorInput = z.infer<Schemas['actor']>;
export type LayerInput = z.infer<Schemas['layer']>;

/** The JSON Schema shipped in `server/schemas/`, generated from the zod definition. */
export function glossaryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(glossarySchemas().file, { target: 'draft-7' }),
    title: 'Briefmark glossary',
  } as Record<string, unknown>;
}
