// Bundles a glossary YAML file as a module with its text (default export) and its data parsed at
// build time (`data`), so the built-in glossary costs no YAML parsing when a process starts. The
// unit tests check that `data` is what the full, validating parser makes of the text.
import { readFile } from 'node:fs/promises';
import { CORE_SCHEMA, load } from 'js-yaml';

/** The module source for one glossary file's text. */
export function glossaryModule(text) {
  const data = load(text, { schema: CORE_SCHEMA, json: false });
  // JSON.parse of a string literal is faster for V8 than an object literal of the same size.
  return `export default ${JSON.stringify(text)};\nexport const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

export const glossaryYamlPlugin = {
  name: 'glossary-yaml',
  setup(build) {
    build.onLoad({ filter: /\.yaml$/ }, async (args) => ({ contents: glossaryModule(await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};

const INDEX_MODULE = 'briefmark:builtin-glossary-index';

/** Resolves the built-in glossary's index to `json` (a JSON text), or to undefined when there is none. */
export function builtinIndexPlugin(json) {
  return {
    name: 'builtin-glossary-index',
    setup(build) {
      build.onResolve({ filter: /^briefmark:builtin-glossary-index$/ }, () => ({ path: INDEX_MODULE, namespace: 'briefmark' }));
      build.onLoad({ filter: /.*/, namespace: 'briefmark' }, () => ({ contents: builtinIndexModule(json), loader: 'js' }));
    },
  };
}

/** The index module's source: the index as JSON text, parsed when first asked for. */
export function builtinIndexModule(json) {
  return `export default ${json === undefined ? 'undefined' : JSON.stringify(json)};\n`;
}
