import type { ActorInput, ConceptInput, GlossaryFile } from '../../server/src/core/glossary/glossarySchema';
import {
  COMPANY_SUFFIXES, CONTEXTS, COUNTRIES, FIRST_NAMES, FILLER, INITIATIVE_FORMS, INSTITUTION_FORMS, LAYERS, OTHER_FORMS,
  POLICY_ADJECTIVES, POLICY_NOUNS, SYLLABLES, SYNONYMS, VERBS,
} from './benchVocabulary';
import { createRandom, type Random } from './createRandom';

// A deterministic glossary of `count` entries (about 65% concepts, 35% actors) with 1–4 word
// labels, aliases (some ALL-CAPS acronyms, some with diacritics), deprecated wordings, broader
// links and sources, serialised as YAML the way teams write it (and as JSON).

export interface BenchGlossary {
  file: GlossaryFile;
  yaml: string;
  json: string;
  concepts: number;
  actors: number;
  /** Labels plus aliases plus deprecated wordings. */
  phrases: number;
}

export function generateBenchGlossary(count = 10_000, seed = 0x5eed): BenchGlossary {
  const random = createRandom(seed);
  const names = new NameRegistry();
  const conceptCount = Math.round(count * 0.65);
  const concepts: ConceptInput[] = [];
  for (let i = 0; i < conceptCount; i++) concepts.push(makeConcept(random, names, concepts));
  const actors: ActorInput[] = [];
  for (let i = conceptCount; i < count; i++) actors.push(makeActor(random, names));
  const file: GlossaryFile = { version: 1, concepts, actors };
  let phrases = 0;
  for (const c of concepts) phrases += 1 + (c.aliases?.length ?? 0) + (c.avoid?.length ?? 0);
  for (const a of actors) phrases += 1 + (a.aliases?.length ?? 0);
  return { file, yaml: toYaml(file), json: JSON.stringify(file, null, 2) + '\n', concepts: concepts.length, actors: actors.length, phrases };
}

/** Keeps ids and matched phrases unique, so the glossary has no contested aliases. */
class NameRegistry {
  private readonly ids = new Set<string>();
  private readonly phrases = new Set<string>();

  /** Claims a phrase if it is free (phrases compare as the matcher keys them, roughly). */
  claim(phrase: string): boolean {
    const key = phraseKey(phrase);
    if (key === '' || this.phrases.has(key)) return false;
    this.phrases.add(key);
    return true;
  }

  id(label: string): string {
    const base = slug(label) || 'entry';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

function phraseKey(phrase: string): string {
  const caps = /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
  const words = phrase
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
  return (caps ? 'CS:' : '') + (caps ? words : words.map((w) => w.toLowerCase())).join(' ');
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function coinedName(random: Random, syllables = random.int(2, 3)): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += random.pick(SYLLABLES);
  return capitalize(name);
}

function acronym(words: string[]): string {
  return words
    .filter((w) => !/^(?:of|for|and|the|on)$/i.test(w))
    .map((w) => w.charAt(0))
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
}

function sentence(random: Random, subject: string): string {
  return `${capitalize(subject)} ${random.pick(VERBS)} ${random.pick(POLICY_ADJECTIVES)} ${random.pick(POLICY_NOUNS)} across ${random.pick(CONTEXTS)}; ${random.pick(FILLER)}.`;
}

function conceptLabel(random: Random): string {
  const r = random.next();
  const noun = () => random.pick(POLICY_NOUNS);
  const adjective = () => random.pick(POLICY_ADJECTIVES);
  if (r < 0.08) return noun();
  if (r < 0.55) return random.chance(0.6) ? `${adjective()} ${noun()}` : `${noun()} ${noun()}`;
  if (r < 0.88) return random.chance(0.7) ? `${adjective()} ${noun()} ${noun()}` : `${noun()} of ${noun()}`;
  return random.chance(0.5) ? `${adjective()} ${adjective()} ${noun()} ${noun()}` : `${noun()} of ${adjective()} ${noun()}`;
}

function makeConcept(random: Random, names: NameRegistry, earlier: ConceptInput[]): ConceptInput {
  let label = conceptLabel(random);
  for (let tries = 0; !names.claim(label); tries++) label = tries < 20 ? conceptLabel(random) : `${conceptLabel(random)} ${random.pick(POLICY_NOUNS)}`;
  label = random.chance(0.7) ? capitalize(label) : label;
  const words = label.split(' ');
  const aliases: string[] = [];
  if (words.length >= 2 && random.chance(0.3)) {
    const short = acronym(words.flatMap((w) => w.split('-')));
    if (short.length >= 2 && names.claim(short)) aliases.push(short);
  }
  const swapped = words.map((w) => SYNONYMS[w.toLowerCase()] ?? w);
  if (random.chance(0.5) && swapped.join(' ') !== label && names.claim(swapped.join(' '))) aliases.push(swapped.join(' ').toLowerCase());
  if (random.chance(0.15)) {
    const extended = `${label.toLowerCase()} ${random.pick(['policy', 'regime', 'agenda', 'debate'])}`;
    if (names.claim(extended)) aliases.push(extended);
  }
  const concept: ConceptInput = { id: names.id(label), label, definition: sentence(random, label) };
  if (aliases.length) concept.aliases = aliases;
  if (random.chance(0.75)) concept.layer = random.pick(LAYERS);
  if (earlier.length > 0 && random.chance(0.2)) concept.broader = [random.pick(earlier).id];
  if (random.chance(0.05)) {
    const deprecated = `${random.pick(['so-called', 'pseudo', 'neo'])} ${label.toLowerCase()}`;
    if (names.claim(deprecated)) concept.avoid = [deprecated];
  }
  if (random.chance(0.2)) concept.sources = [`https://example.org/glossary/${concept.id}`, `@${slug(words[0]!)}${random.int(2015, 2026)}`];
  return concept;
}

function fillForm(random: Random, form: string): string {
  return form
    .replace(/\{n\}/g, () => capitalize(random.pick(POLICY_NOUNS)))
    .replace(/\{a\}/g, () => capitalize(random.pick(POLICY_ADJECTIVES)))
    .replace(/\{x\}/g, () => coinedName(random));
}

function makeActor(random: Random, names: NameRegistry): ActorInput {
  const r = random.next();
  const type: ActorInput['type'] = r < 0.4 ? 'company' : r < 0.6 ? 'institution' : r < 0.8 ? 'person' : r < 0.85 ? 'state' : r < 0.95 ? 'initiative' : 'other';
  const aliases: string[] = [];
  let label = '';
  for (let tries = 0; label === '' || !names.claim(label); tries++) {
    if (type === 'company') {
      const base = coinedName(random);
      label = random.chance(0.6) ? `${base} ${random.pick(COMPANY_SUFFIXES)}` : base;
    } else if (type === 'institution') label = fillForm(random, random.pick(INSTITUTION_FORMS));
    else if (type === 'person') label = `${random.pick(FIRST_NAMES)} ${coinedName(random)}${random.chance(0.3) ? 'i' : ''}`;
    else if (type === 'state') label = random.chance(0.5) ? `Republic of ${coinedName(random)}` : `${coinedName(random)}ia`;
    else if (type === 'initiative') label = fillForm(random, random.pick(INITIATIVE_FORMS));
    else label = fillForm(random, random.pick(OTHER_FORMS));
    if (tries > 20) label = `${label} ${coinedName(random, 1)}`;
  }
  const words = label.split(' ');
  if (words.length >= 2 && (type === 'institution' || type === 'initiative' || random.chance(0.3))) {
    const short = acronym(words.flatMap((w) => w.split('-')));
    if (short.length >= 2 && names.claim(short)) aliases.push(short);
  }
  if (words.length >= 2 && (type === 'company' || type === 'person' || type === 'state') && random.chance(0.5)) {
    const short = type === 'state' && words[0] === 'Republic' ? words[2]! : type === 'person' ? words[words.length - 1]! : words[0]!;
    if (names.claim(short)) aliases.push(short);
  }
  if (/[^\x00-\x7f]/.test(label) && random.chance(0.3)) {
    const plain = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // Folding already makes this match; teams still write it, and the matcher must cope.
    if (plain !== label) aliases.push(plain);
  }
  const actor: ActorInput = { id: names.id(label), label, type, description: sentence(random, label) };
  if (aliases.length) actor.aliases = aliases;
  if (random.chance(0.8)) actor.country = random.pick(COUNTRIES);
  if (random.chance(0.7)) actor.layer = random.pick(LAYERS);
  return actor;
}

// --- YAML, in the style of the built-in glossary files ---

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .\-&/]*$/u;
const RESERVED = /^(?:true|false|null|yes|no|on|off|~)$|^[-+.]?\d/i;

function scalar(text: string): string {
  return PLAIN.test(text) && !RESERVED.test(text) && !text.endsWith(' ') ? text : JSON.stringify(text);
}

function flowList(items: readonly string[]): string {
  return `[${items.map(scalar).join(', ')}]`;
}

function folded(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > 90) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return `>-\n${lines.map((l) => indent + l).join('\n')}`;
}

function toYaml(file: GlossaryFile): string {
  const out: string[] = ['# yaml-language-server: $schema=../server/schemas/glossary.schema.json', 'version: 1', 'concepts:'];
  for (const c of file.concepts ?? []) {
    out.push(`  - id: ${c.id}`, `    label: ${scalar(c.label)}`);
    if (c.aliases) out.push(`    aliases: ${flowList(c.aliases)}`);
    if (c.layer) out.push(`    layer: ${c.layer}`);
    if (c.definition) out.push(`    definition: ${folded(c.definition, '      ')}`);
    if (c.broader) out.push(`    broader: ${flowList(c.broader)}`);
    if (c.avoid) out.push(`    avoid: ${flowList(c.avoid)}`);
    if (c.sources) out.push(`    sources: ${flowList(c.sources)}`);
  }
  out.push('actors:');
  for (const a of file.actors ?? []) {
    out.push(`  - id: ${a.id}`, `    label: ${scalar(a.label)}`, `    type: ${a.type}`);
    if (a.aliases) out.push(`    aliases: ${flowList(a.aliases)}`);
    if (a.country) out.push(`    country: ${a.country}`);
    if (a.layer) out.push(`    layer: ${a.layer}`);
    if (a.description) out.push(`    description: ${folded(a.description, '      ')}`);
  }
  return out.join('\n') + '\n';
}
