import { buildGlossary, glossaryToData, type GlossaryData } from '../server/src/core/buildGlossary';
import { builtinGlossarySources } from '../server/src/core/builtinGlossary';

// Run by scripts/build.mjs before the bundles: the built-in glossary merged and indexed by the
// project's own code, which the server and CLI bundles then embed (no index built at start-up).

export function builtinGlossaryIndex(): GlossaryData {
  return glossaryToData(buildGlossary(builtinGlossarySources()).glossary);
}
