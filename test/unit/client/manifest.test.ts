import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { ClientCommands, ContextKeys, ViewContainer, Views } from '../../../client/src/ids';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/workspace/readSettings';
import { TokenModifiers, TokenTypes } from '../../../server/src/protocol';

// The extension manifest against the code: ids, token legend, settings, and the files it names.

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface Setting {
  type: string;
  default: unknown;
  scope: string;
  markdownDescription: string;
}

const settings: Record<string, Setting> = contributes.configuration.properties;
const whenClauses: string[] = [
  ...Object.values(contributes.menus as Record<string, { when?: string }[]>).flat().map((entry) => entry.when),
  ...contributes.viewsWelcome.map((entry: { when?: string }) => entry.when),
].filter((when): when is string => typeof when === 'string');

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

function ids(entries: { id: string }[]): string[] {
  return entries.map((entry) => entry.id);
}

describe('commands and views', () => {
  const contributed: { command: string; title: string; category: string }[] = contributes.commands;

  it('contributes exactly the commands of ClientCommands, each titled in the Briefmark category', () => {
    expect(sorted(contributed.map((c) => c.command))).toEqual(sorted(Object.values(ClientCommands)));
    for (const command of contributed) {
      expect(command.title, command.command).toBeTruthy();
      expect(command.category, command.command).toBe('Briefmark');
    }
  });

  it('names only contributed commands in menus and welcome links', () => {
    const known = new Set(contributed.map((c) => c.command));
    const inMenus = Object.values(contributes.menus as Record<string, { command: string }[]>).flat().map((entry) => entry.command);
    const linked = contributes.viewsWelcome.flatMap((entry: { contents: string }) =>
      [...entry.contents.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!),
    );
    // vscode.openFolder is VS Code's own.
    expect([...inMenus, ...linked].filter((command) => !known.has(command) && command !== 'vscode.openFolder')).toEqual([]);
  });

  it('keeps the commands that need a view item out of the command palette', () => {
    const palette = new Map((contributes.menus.commandPalette as { command: string; when: string }[]).map((e) => [e.command, e.when]));
    for (const command of [ClientCommands.revealMention, ClientCommands.openClaim, ClientCommands.openGlossaryEntry]) {
      expect(palette.get(command), command).toBe('false');
    }
  });

  it('contributes every view of ids.ts in the Briefmark activity-bar container', () => {
    expect(ids(contributes.viewsContainers.activitybar)).toEqual([ViewContainer]);
    expect(sorted(ids(contributes.views[ViewContainer]))).toEqual(sorted(Object.values(Views)));
    for (const view of contributes.viewsWelcome as { view: string }[]) expect(Object.values(Views)).toContain(view.view);
  });

  it('uses only the context keys of ids.ts in when clauses', () => {
    const used = whenClauses.flatMap((when) => [...when.matchAll(/\bbriefmark\.[A-Za-z]+(?![\w.])/g)].map((m) => m[0]));
    const known = new Set<string>([...Object.values(ContextKeys), ...Object.values(Views)]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('puts inline verify and dispute actions on claim items, the add action on unknown names, and the tag actions on suggestions', () => {
    const inline = (contributes.menus['view/item/context'] as { command: string; when: string; group: string }[]).filter((e) => e.group.startsWith('inline'));
    expect(sorted(inline.map((e) => e.command))).toEqual(sorted([ClientCommands.verify, ClientCommands.dispute, ClientCommands.addNamesToGlossary, ClientCommands.tagSuggestion, ClientCommands.tagSuggestedClaims]));
    // Evaluate each clause's viewItem regex against the tree's context values.
    const showsOn = (command: string) => {
      const when = inline.find((e) => e.command === command)!.when;
      const pattern = new RegExp(/viewItem =~ \/(.+)\/$/.exec(when)![1]!);
      return ['claim.unchecked', 'claim.stale', 'claim.disputed', 'claim.verified', 'claim.retracted', 'noIdClaim', 'statusGroup', 'suggestedClaim'].filter((v) => pattern.test(v));
    };
    expect(showsOn(ClientCommands.verify)).toEqual(['claim.unchecked', 'claim.stale', 'claim.disputed']);
    expect(showsOn(ClientCommands.dispute)).toEqual(['claim.unchecked', 'claim.stale', 'claim.verified']);
    const add = new RegExp(/viewItem =~ \/(.+)\/$/.exec(inline.find((e) => e.command === ClientCommands.addNamesToGlossary)!.when)![1]!);
    expect(['glossaryCandidates', 'glossaryCandidate', 'glossaryEntry.actor', 'glossaryKind', 'claim.unchecked'].filter((v) => add.test(v))).toEqual(['glossaryCandidates', 'glossaryCandidate']);
    // The Suggested group's rows and the group itself (see suggestionNodes.ts), in the Claims view only.
    expect(inline.find((e) => e.command === ClientCommands.tagSuggestion)!.when).toBe(`view == ${Views.claims} && viewItem == suggestedClaim`);
    expect(inline.find((e) => e.command === ClientCommands.tagSuggestedClaims)!.when).toBe(`view == ${Views.claims} && viewItem == suggestedGroup`);
  });

  it('offers Tag Suggested Claims… in the palette for a Markdown brief and in the Claims view title; the row action only on a row', () => {
    const palette = new Map((contributes.menus.commandPalette as { command: string; when: string }[]).map((e) => [e.command, e.when]));
    expect(palette.get(ClientCommands.tagSuggestedClaims)).toMatch(/^editorLangId == markdown\b/);
    expect(palette.get(ClientCommands.tagSuggestion)).toBe('false');
    expect(palette.get(ClientCommands.revealSuggestion)).toBe('false');
    const title = (contributes.menus['view/title'] as { command: string; when: string }[]).filter((e) => e.command === ClientCommands.tagSuggestedClaims);
    expect(title.map((e) => e.when)).toEqual([expect.stringMatching(/^view == briefmark\.claims\b/)]);
  });
});

describe('semantic tokens', () => {
  it('declares the legend of the server', () => {
    expect(ids(contributes.semanticTokenTypes)).toEqual([...TokenTypes]);
    expect(ids(contributes.semanticTokenModifiers)).toEqual([...TokenModifiers]);
  });

  it('maps only known types and modifiers to TextMate scopes, for Markdown', () => {
    const [mapping] = contributes.semanticTokenScopes as { language: string; scopes: Record<string, string[]> }[];
    expect(mapping!.language).toBe('markdown');
    for (const [selector, scopes] of Object.entries(mapping!.scopes)) {
      const [type, ...modifiers] = selector.split('.');
      expect(TokenTypes as readonly string[], selector).toContain(type);
      for (const modifier of modifiers) expect(TokenModifiers as readonly string[], selector).toContain(modifier);
      expect(scopes.length, selector).toBeGreaterThan(0);
    }
    for (const type of TokenTypes) expect(Object.keys(mapping!.scopes)).toContain(type);
  });
});

describe('settings', () => {
  const settingKeys = Object.keys(settings).map((key) => key.replace(/^briefmark\./, ''));

  it('contributes every setting the server reads, and the LSP trace', () => {
    expect(sorted(settingKeys)).toEqual(sorted([...Object.keys(DEFAULT_SETTINGS), 'trace.server']));
  });

  it('gives each setting the server default, a type, a scope and a markdown description', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) expect(settings[`briefmark.${key}`]!.default, key).toEqual(value);
    for (const [key, setting] of Object.entries(settings)) {
      expect(setting.type, key).toBeTruthy();
      expect(setting.markdownDescription, key).toBeTruthy();
      expect(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'], key).toContain(setting.scope);
    }
  });

  it('reads per folder what a folder may differ in', () => {
    for (const key of ['glossaryFiles', 'useBuiltinGlossary', 'requireClaimSource', 'suggestClaims', 'maxFileSize']) {
      expect(settings[`briefmark.${key}`]!.scope, key).toBe('resource');
    }
    expect(settings['briefmark.trace.server']!.scope).toBe('window');
  });
});

describe('package contents', () => {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const allowed = ignore.filter((line) => line.startsWith('!')).map((line) => picomatch(line.slice(1), { dot: true }));
  const packaged = (file: string) => allowed.some((matches) => matches(file));

  const referenced = [
    manifest.icon,
    contributes.viewsContainers.activitybar[0].icon,
    ...contributes.grammars.map((g: { path: string }) => g.path),
    ...contributes['markdown.previewStyles'],
    ...contributes.jsonValidation.map((v: { url: string }) => v.url),
    ...contributes.yamlValidation.map((v: { url: string }) => v.url),
  ].map((file: string) => file.replace(/^\.\//, ''));

  it('is an allow-list: everything is excluded first', () => {
    expect(ignore[0]).toBe('**');
  });

  it('ships the files the manifest names, and they exist', () => {
    expect(referenced.length).toBeGreaterThanOrEqual(6);
    for (const file of referenced) {
      expect(existsSync(join(root, file)), `${file} exists`).toBe(true);
      expect(packaged(file), `${file} is in the package`).toBe(true);
    }
  });

  it('ships what the server needs at run time, and no sources or source maps', () => {
    for (const file of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/indexWorker.js', 'server/glossaries/sovereignty/concepts.yaml', 'package.json', 'README.md', 'LICENSE']) {
      expect(packaged(file), file).toBe(true);
    }
    for (const file of ['dist/server.js.map', 'dist/server-main.cache', 'dist/cli.js', 'dist/cli-main.cache', 'dist/bench.js', 'client/src/extension.ts', 'server/src/protocol.ts', 'node_modules/zod/package.json', 'test/unit/helpers.ts']) {
      expect(packaged(file), file).toBe(false);
    }
  });

  it('has main built from client/src/extension.ts', () => {
    expect(manifest.main).toBe('./dist/extension.js');
    const build = readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8');
    expect(build).toMatch(/\{ in: 'client\/src\/extension\.ts', out: 'extension' \}/);
  });

  it('activates on Markdown and on workspaces with glossaries or review sidecars', () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'workspaceContains:**/*.glossary.{yaml,yml,json}']));
    expect(manifest.activationEvents.some((event: string) => event.startsWith('workspaceContains:**/*.review.'))).toBe(true);
    expect(manifest.engines.vscode).toBe('^1.100.0');
  });
});
