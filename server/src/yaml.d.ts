// Glossary YAML files are bundled as their text and their data parsed at build time
// (scripts/glossaryYamlPlugin.mjs, used by esbuild and by vitest).
declare module '*.yaml' {
  const text: string;
  export default text;
  /** The file's content as parsed at build time; checked against the validating parser by the tests. */
  export const data: unknown;
}
