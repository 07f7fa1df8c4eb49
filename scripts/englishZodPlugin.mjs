// zod's `z` namespace re-exports its ~40 message locales, so a bundle carries all of them (about
// 370 KB of the CLI's 1.3 MB, compiled at every start) though Briefmark only speaks English. This
// plugin gives the bundles a locales module with English alone; zod configures English itself.

export const englishZodPlugin = {
  name: 'english-zod',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic|core)[\\/]/.test(args.importer) ? { path: args.resolveDir + '/../locales/en.js', namespace: 'english-zod' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'english-zod' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};\n`,
      resolveDir: args.path.replace(/[\\/][^\\/]*$/, ''),
      loader: 'js',
    }));
  },
};
