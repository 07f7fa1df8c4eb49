import actorsCompanies from '../../glossaries/sovereignty/actors-companies.yaml';
import actorsPublic from '../../glossaries/sovereignty/actors-public.yaml';
import actorsRules from '../../glossaries/sovereignty/actors-rules.yaml';
import actorsEurope from '../../glossaries/sovereignty/actors-europe.yaml';
import actorsIndustry from '../../glossaries/sovereignty/actors-industry.yaml';
import actorsUs from '../../glossaries/sovereignty/actors-us.yaml';
import actorsWorld from '../../glossaries/sovereignty/actors-world.yaml';
import concepts from '../../glossaries/sovereignty/concepts.yaml';
import conceptsPolicy from '../../glossaries/sovereignty/concepts-policy.yaml';
import conceptsTech from '../../glossaries/sovereignty/concepts-tech.yaml';
import { parseGlossaryFile, type GlossarySource } from './parseGlossaryFile';

// The built-in AI and technology sovereignty glossary, bundled as text (esbuild's text loader).

const FILES: ReadonlyArray<[string, string]> = [
  ['sovereignty/concepts.yaml', concepts],
  ['sovereignty/actors-public.yaml', actorsPublic],
  ['sovereignty/actors-companies.yaml', actorsCompanies],
  ['sovereignty/actors-rules.yaml', actorsRules],
  ['sovereignty/concepts-policy.yaml', conceptsPolicy],
  ['sovereignty/concepts-tech.yaml', conceptsTech],
  ['sovereignty/actors-us.yaml', actorsUs],
  ['sovereignty/actors-europe.yaml', actorsEurope],
  ['sovereignty/actors-world.yaml', actorsWorld],
  ['sovereignty/actors-industry.yaml', actorsIndustry],
];

let cached: GlossarySource[] | undefined;

/** The built-in glossary files, parsed once. */
export function builtinGlossarySources(): GlossarySource[] {
  cached ??= FILES.map(([name, text]) => parseGlossaryFile(name, text, true));
  return cached;
}
