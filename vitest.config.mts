import { defineConfig } from 'vitest/config';
import { builtinIndexModule, glossaryModule } from './scripts/glossaryYamlPlugin.mjs';

export default defineConfig({
  plugins: [
    {
      // The same modules as the build's plugin makes of the bundled glossary files.
      name: 'glossary-yaml',
      transform(code, id) {
        if (id.endsWith('.yaml')) return { code: glossaryModule(code), map: null };
        return undefined;
      },
      // No embedded index in tests: the built-in glossary is built when first asked for.
      resolveId: (id) => (id === 'briefmark:builtin-glossary-index' ? '\0briefmark-builtin-glossary-index' : undefined),
      load: (id) => (id === '\0briefmark-builtin-glossary-index' ? builtinIndexModule(undefined) : undefined),
    },
  ],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
