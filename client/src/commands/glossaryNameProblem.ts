import picomatch from 'picomatch';

/** `briefmark.glossaryFiles` when the setting cannot be read. */
export const DEFAULT_GLOSSARY_GLOBS: readonly string[] = ['**/*.glossary.yaml', '**/*.glossary.yml', '**/*.glossary.json'];

/**
 * Why a new team glossary cannot have this name (a path relative to the workspace folder), or
 * undefined when it can: it must stay inside the folder, be YAML (the template is), and match
 * the globs Briefmark reads glossaries from, as the server matches them.
 */
export function glossaryNameProblem(name: string, globs: readonly string[]): string | undefined {
  const path = name.trim().replace(/\\/g, '/');
  if (path === '') return 'Enter a file name, e.g. team.glossary.yaml.';
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) return 'Give a path inside the workspace folder, e.g. team.glossary.yaml.';
  if (!/\.ya?ml$/i.test(path)) return 'The new glossary is YAML: end the name with .glossary.yaml.';
  if (!picomatch([...globs], { dot: true, nocase: true })(path)) return `Briefmark only reads glossaries matching ${globs.join(', ')} (setting briefmark.glossaryFiles): e.g. team.glossary.yaml.`;
  return undefined;
}
