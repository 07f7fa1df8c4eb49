// The built-in glossary's index as the build embeds it (scripts/build.mjs); undefined where nothing
// was embedded (the unit tests), and the index is then built when first asked for.
declare module 'briefmark:builtin-glossary-index' {
  const data: import('./core/buildGlossary').GlossaryData | undefined;
  export default data;
}
