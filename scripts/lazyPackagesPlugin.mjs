// The CLI starts often and reads YAML or validates a glossary only sometimes: `briefmark check` of
// a brief with the built-in glossary and no review file needs none of yaml, js-yaml and zod, which
// are three quarters of the bundle, and compiling and starting them cost every run ~60 ms. For
// that bundle each of them is built into its own file beside it (dist/cli-<name>.js), and the
// bundle imports a stand-in that loads the file when an export is first used: a call, a property
// read or `new` on the stand-in goes to the real export.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The file, beside the bundle, that holds one package. */
export function lazyPackageFile(name) {
  return `cli-${name}.js`;
}

/** `names`: the packages to load lazily. */
export function lazyPackagesPlugin(names) {
  const filter = new RegExp(`^(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})$`);
  return {
    name: 'lazy-packages',
    setup(build) {
      build.onResolve({ filter }, (args) => (args.namespace === 'lazy-package' ? undefined : { path: args.path, namespace: 'lazy-package' }));
      build.onResolve({ filter: /^\.\/cli-[\w-]+\.js$/ }, (args) => (args.namespace === 'lazy-package' ? { path: args.path, external: true } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({ contents: standIn(args.path), loader: 'js' }));
    },
  };
}

/** The stand-in module: the package's exports, each forwarding to the real one once it is loaded. */
function standIn(name) {
  const exports = Object.entries(require(name)).filter(([key]) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  const lines = [
    'let real;',
    `const load = () => (real ??= require(${JSON.stringify('./' + lazyPackageFile(name))}));`,
    // A function target, so that the stand-in of a function or class can also be called and constructed.
    'const forward = (key) => new Proxy(function () {}, {',
    '  get: (_, p) => load()[key][p],',
    '  has: (_, p) => p in load()[key],',
    '  apply: (_, self, args) => Reflect.apply(load()[key], self, args),',
    '  construct: (_, args) => Reflect.construct(load()[key], args),',
    '});',
  ];
  // Local names of their own: an export may be called `load` or `null`.
  exports.forEach(([key, value], i) => {
    const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
    lines.push(`const export${i} = ${primitive ? (JSON.stringify(value) ?? 'undefined') : `forward(${JSON.stringify(key)})`};`, `export { export${i} as ${key} };`);
  });
  return lines.join('\n') + '\n';
}
