import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // Mirrors esbuild's `text` loader for the bundled glossary files.
      name: 'yaml-as-text',
      transform(code, id) {
        if (id.endsWith('.yaml')) return { code: `export default ${JSON.stringify(code)};`, map: null };
        return undefined;
      },
    },
  ],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
