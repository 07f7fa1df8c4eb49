import actorsCompanies, { data as actorsCompaniesData } from '../../glossaries/sovereignty/actors-companies.yaml';
import actorsEurope, { data as actorsEuropeData } from '../../glossaries/sovereignty/actors-europe.yaml';
import actorsIndustry, { data as actorsIndustryData } from '../../glossaries/sovereignty/actors-industry.yaml';
import actorsPublic, { data as actorsPublicData } from '../../glossaries/sovereignty/actors-public.yaml';
import actorsRules, { data as actorsRulesData } from '../../glossaries/sovereignty/actors-rules.yaml';
import actorsUs, { data as actorsUsData } from '../../glossaries/sovereignty/actors-us.yaml';
import actorsWorld, { data as actorsWorldData } from '../../glossaries/sovereignty/actors-world.yaml';
import concepts, { data as conceptsData } from '../../glossaries/sovereignty/concepts.yaml';
import conceptsPolicy, { data as conceptsPolicyData } from '../../glossaries/sovereignty/concepts-policy.yaml';
import conceptsTech, { data as conceptsTechData } from '../../glossaries/sovereignty/concepts-tech.yaml';
import prebuiltJson from 'briefmark:builtin-glossary-index';
import { buildGlossary, glossaryFromData, type BuiltGlossary, type Glossary, type GlossaryData } from './buildGlossary';
import { GlossaryLocator } from './glossaryLocator';
import type { GlossaryFile } from './glossarySchema';
import { parseGlossaryFile, type GlossarySource } from './parseGlossaryFile';

// The built-in AI and technology sovereignty glossary: each file bundled as its text (go to
// definition opens it) and its data, parsed at build time (scripts/glossaryYamlPlugin.mjs), so a
// process that starts parses no YAML. The unit tests check the data against the validating parser.

const FILES: ReadonlyArray<[name: string, text: string, data: unknown]> = [
  ['sovereignty/concepts.yaml', concepts, conceptsData],
  ['sovereignty/actors-public.yaml', actorsPublic, actorsPublicData],
  ['sovereignty/actors-companies.yaml', actorsCompanies, actorsCompaniesData],
  ['sovereignty/actors-rules.yaml', actorsRules, actorsRulesData],
  ['sovereignty/concepts-policy.yaml', conceptsPolicy, conceptsPolicyData],
  ['sovereignty/concepts-tech.yaml', conceptsTech, conceptsTechData],
  ['sovereignty/actors-us.yaml', actorsUs, actorsUsData],
  ['sovereignty/actors-europe.yaml', actorsEurope, actorsEuropeData],
  ['sovereignty/actors-world.yaml', actorsWorld, actorsWorldData],
  ['sovereignty/actors-industry.yaml', actorsIndustry, actorsIndustryData],
];

let cached: GlossarySource[] | undefined;

/** The built-in glossary files, from their build-time data, once. */
export function builtinGlossarySources(): GlossarySource[] {
  cached ??= FILES.map(([path, text, data]) => ({ path, builtin: true, text, file: data as GlossaryFile, diagnostics: [], createLocator: () => new GlossaryLocator(text) }));
  return cached;
}

let builtinOnly: Glossary | undefined;

/** The built-in glossary alone, merged and indexed: from the build's embedded index, else built once now. */
export function builtinGlossary(): Glossary {
  builtinOnly ??= prebuiltJson ? loadBuiltinIndex(prebuiltJson) : buildGlossary(builtinGlossarySources()).glossary;
  return builtinOnly;
}

/** The glossary from the embedded index's JSON text (what `npm run bench` times as "loaded and indexed"). */
export function loadBuiltinIndex(json: string): Glossary {
  return glossaryFromData(JSON.parse(json) as GlossaryData);
}

/** The embedded index's JSON text; undefined where the build embedded none. */
export const builtinIndexJson: string | undefined = prebuiltJson;

/**
 * `team` merged with the built-in glossary (when `builtin`): without team files, the built-in
 * glossary as indexed once (by the build, in the bundles), not merged again.
 */
export function glossaryWith(team: readonly GlossarySource[], builtin: boolean): BuiltGlossary {
  if (builtin && team.length === 0) return { glossary: builtinGlossary(), diagnostics: new Map(builtinGlossarySources().map((s) => [s.path, []])) };
  return buildGlossary(builtin ? [...team, ...builtinGlossarySources()] : team);
}

/** The built-in files read by the validating parser, as a team file is: what the tests compare the build-time data with. */
export function parseBuiltinGlossaryFiles(): GlossarySource[] {
  return FILES.map(([path, text]) => parseGlossaryFile(path, text, true));
}
