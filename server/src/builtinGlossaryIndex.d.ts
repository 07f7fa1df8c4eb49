// The built-in glossary's index as the build provides it (scripts/glossaryYamlPlugin.mjs): a
// function that answers the JSON text of a GlossaryData, read when first asked for.
declare module 'briefmark:builtin-glossary-index' {
  const readIndex: () => string;
  export default readIndex;
}
