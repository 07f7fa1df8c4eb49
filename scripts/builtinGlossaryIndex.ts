import { buildGlossary, glossaryToData, type GlossaryData } from '../server/src/core/glossary/buildGlossary';
import { builtinYamlSources } from '../server/src/core/glossary/builtinGlossaryFiles';

// Bundled and run by scripts/builtinIndex.mjs before the bundles: the built-in glossary merged
// and indexed by the project's own code, which the server and CLI bundles then embed.

export function builtinGlossaryIndex(): GlossaryData {
  return glossaryToData(buildGlossary(builtinYamlSources()).glossary);
}
