import actorsCompanies from '../../glossaries/sovereignty/actors-companies.yaml';
import actorsPublic from '../../glossaries/sovereignty/actors-public.yaml';
import concepts from '../../glossaries/sovereignty/concepts.yaml';
import { parseGlossaryFile, type GlossarySource } from './parseGlossaryFile';

// The built-in AI and technology sovereignty glossary, bundled as text (esbuild's text loader).

const FILES: ReadonlyArray<[string, string]> = [
  ['sovereignty/concepts.yaml', concepts],
  ['sovereignty/actors-public.yaml', actorsPublic],
  ['sovereignty/actors-companies.yaml', actorsCompanies],
];

let cached: GlossarySource[] | undefined;

/** The built-in glossary files, parsed once. */
export function builtinGlossarySources(): GlossarySource[] {
  cached ??= FILES.map(([name, text]) => parseGlossaryFile(name, text, true));
  return cached;
}
