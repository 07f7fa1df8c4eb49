import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { builtinIndexJson } from './scripts/builtinIndex.mjs';
import { builtinIndexModule, glossaryModule } from './scripts/glossaryYamlPlugin.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // As the build defines it, for the sources that tests load (the in-process server).
  define: { BRIEFMARK_VERSION: JSON.stringify(version) },
  plugins: [
    {
      // The same modules as the build's plugin makes of the bundled glossary files.
      name: 'glossary-yaml',
      transform(code, id) {
        if (id.endsWith('.yaml')) return { code: glossaryModule(code), map: null };
        return undefined;
      },
      // The built-in glossary's index, made as the build makes it, from the YAML files as they are now.
      resolveId: (id) => (id === 'briefmark:builtin-glossary-index' ? '\0briefmark-builtin-glossary-index' : undefined),
      load: async (id) => (id === '\0briefmark-builtin-glossary-index' ? builtinIndexModule(await builtinIndexJson()) : undefined),
    },
  ],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
