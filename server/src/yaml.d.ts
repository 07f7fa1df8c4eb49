// Glossary YAML files are bundled as text (esbuild `text` loader; a vitest plugin in tests).
declare module '*.yaml' {
  const text: string;
  export default text;
}
