// The built-in glossary's index as the build embeds it (scripts/build.mjs): the JSON text of a
// GlossaryData; undefined where nothing was embedded (the unit tests), and the index is then
// built when first asked for.
declare module 'briefmark:builtin-glossary-index' {
  const json: string | undefined;
  export default json;
}
