import actorsCompanies, { data as actorsCompaniesData } from '../../../glossaries/sovereignty/actors-companies.yaml';
import actorsEurope, { data as actorsEuropeData } from '../../../glossaries/sovereignty/actors-europe.yaml';
import actorsIndustry, { data as actorsIndustryData } from '../../../glossaries/sovereignty/actors-industry.yaml';
import actorsPublic, { data as actorsPublicData } from '../../../glossaries/sovereignty/actors-public.yaml';
import actorsRules, { data as actorsRulesData } from '../../../glossaries/sovereignty/actors-rules.yaml';
import actorsUs, { data as actorsUsData } from '../../../glossaries/sovereignty/actors-us.yaml';
import actorsWorld, { data as actorsWorldData } from '../../../glossaries/sovereignty/actors-world.yaml';
import concepts, { data as conceptsData } from '../../../glossaries/sovereignty/concepts.yaml';
import conceptsPolicy, { data as conceptsPolicyData } from '../../../glossaries/sovereignty/concepts-policy.yaml';
import conceptsTech, { data as conceptsTechData } from '../../../glossaries/sovereignty/concepts-tech.yaml';
import { GlossaryLocator } from './glossaryLocator';
import type { GlossaryFile } from './glossarySchema';
import { parseGlossaryFile, type GlossarySource } from './parseGlossaryFile';

// The built-in glossary's YAML files, as the build reads them to make the index the bundles embed
// (scripts/builtinGlossaryIndex.ts), and as the tests check them. Each file is bundled as its text
// and its data parsed at build time (scripts/glossaryYamlPlugin.mjs). The running server and CLI
// never import this module: they load the embedded index (builtinGlossary.ts).

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

/** The built-in files from their build-time data, with their text. */
export function builtinYamlSources(): GlossarySource[] {
  return FILES.map(([path, text, data]) => ({ path, builtin: true, text, file: data as GlossaryFile, diagnostics: [], createLocator: () => new GlossaryLocator(text) }));
}

/** The built-in files read by the validating parser, as a team file is: what the tests compare the build-time data with. */
export function parseBuiltinGlossaryFiles(): GlossarySource[] {
  return FILES.map(([path, text]) => parseGlossaryFile(path, text, true));
}
