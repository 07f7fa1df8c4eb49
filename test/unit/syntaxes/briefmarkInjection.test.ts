// The injection grammar, run for real with vscode-textmate and oniguruma against VS Code's own
// Markdown grammar when a cached VS Code is at hand, and always against a stand-in with its scopes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const INJECTION = join(ROOT, 'syntaxes/briefmark.injection.tmLanguage.json');
const STANDIN = join(__dirname, 'markdown.standin.tmLanguage.json');
const MARKDOWN_IN_VSCODE = 'node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json';

/** VS Code's Markdown grammar from the newest cached code-server, if any. */
function vscodeMarkdownGrammar(): string | undefined {
  const cache = join(homedir(), '.cache/briefmark');
  if (!existsSync(cache)) return undefined;
  const versions = readdirSync(cache)
    .filter((name) => name.startsWith('code-server-'))
    .sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
  return versions.map((name) => join(cache, name, MARKDOWN_IN_VSCODE)).find((path) => existsSync(path));
}

const realMarkdown = vscodeMarkdownGrammar();
if (!realMarkdown) console.warn('briefmarkInjection.test: no cached VS Code Markdown grammar under ~/.cache/briefmark; testing against the stand-in grammar only.');
const hosts: Array<[name: string, path: string]> = [['stand-in', STANDIN], ...(realMarkdown ? [['VS Code', realMarkdown] as [string, string]] : [])];

beforeAll(async () => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
});

async function loadMarkdown(hostPath: string): Promise<IGrammar> {
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (patterns) => new OnigScanner(patterns), createOnigString: (text) => new OnigString(text) }),
    // As VS Code does for a grammar contributed with "injectTo": ["text.html.markdown"].
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['briefmark.injection'] : undefined),
    loadGrammar: async (scopeName) => {
      const path = { 'text.html.markdown': hostPath, 'briefmark.injection': INJECTION }[scopeName];
      if (path) return parseRawGrammar(readFileSync(path, 'utf8'), path);
      // An empty grammar for each embedded language (YAML front matter, fenced code): VS Code has
      // them all, and vscode-textmate drops a rule whose include it cannot resolve.
      return parseRawGrammar(JSON.stringify({ scopeName, patterns: [] }), `${scopeName}.json`);
    },
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error(`could not load ${hostPath}`);
  return grammar;
}

interface Token {
  text: string;
  line: number;
  column: number;
  scopes: string[];
}

/** Tokenizes `text` line by line, as an editor does. */
function tokenize(grammar: IGrammar, text: string): Token[] {
  const out: Token[] = [];
  let stack: StateStack = INITIAL;
  text.split('\n').forEach((line, n) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const t of result.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), line: n, column: t.startIndex, scopes: t.scopes });
    stack = result.ruleStack;
  });
  return out;
}

/** The innermost scope at a line and column. */
function scopeAt(tokens: Token[], line: number, column: number): string {
  const token = tokens.find((t) => t.line === line && t.column <= column && column < t.column + t.text.length);
  return token ? token.scopes[token.scopes.length - 1]! : '(none)';
}

/** The tokens that carry any scope of this grammar. */
function briefmarkTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.scopes.some((s) => s.endsWith('.briefmark')));
}

describe.each(hosts)('briefmark.injection in the %s Markdown grammar', (_name, hostPath) => {
  let grammar: IGrammar;
  beforeAll(async () => {
    grammar = await loadMarkdown(hostPath);
  });

  it('scopes the braces, classes, id, keys and values of a span', () => {
    const line = '[Europe lags]{.claim #models-lag layer=models about="a, b" note=\'x\\\'y\'}';
    const tokens = tokenize(grammar, line);
    const at = (needle: string, offset = 0) => scopeAt(tokens, 0, line.indexOf(needle) + offset);
    expect(at('{')).toBe('punctuation.definition.attributes.begin.briefmark');
    expect(at('.claim')).toBe('punctuation.definition.entity.briefmark');
    expect(at('.claim', 1)).toBe('entity.other.attribute-name.class.briefmark');
    expect(at('#models')).toBe('punctuation.definition.entity.briefmark');
    expect(at('#models', 1)).toBe('entity.other.attribute-name.id.briefmark');
    expect(at('layer')).toBe('variable.parameter.key.briefmark');
    expect(at('=models')).toBe('punctuation.separator.key-value.briefmark');
    expect(at('=models', 1)).toBe('string.unquoted.briefmark');
    expect(at('"a, b"')).toBe('punctuation.definition.string.begin.briefmark');
    expect(at('"a, b"', 3)).toBe('string.quoted.double.briefmark');
    expect(at('"a, b"', 5)).toBe('punctuation.definition.string.end.briefmark');
    expect(at("'x")).toBe('punctuation.definition.string.begin.briefmark');
    expect(at("\\'")).toBe('constant.character.escape.briefmark');
    expect(at('}')).toBe('punctuation.definition.attributes.end.briefmark');
    expect(tokens.find((t) => t.text === 'claim')?.scopes).toContain('meta.attributes.briefmark');
    // The span's text is left to the Markdown grammar.
    expect(briefmarkTokens(tokens).some((t) => t.text.includes('Europe'))).toBe(false);
  });

  it('scopes every Briefmark class, and other classes apart', () => {
    const line = '[a]{.actor} [b]{.concept ref=x} [c]{.notag} [d]{.smallcaps}';
    const tokens = tokenize(grammar, line);
    for (const cls of ['actor', 'concept', 'notag']) expect(scopeAt(tokens, 0, line.indexOf(cls))).toBe('entity.other.attribute-name.class.briefmark');
    expect(scopeAt(tokens, 0, line.indexOf('smallcaps'))).toBe('entity.other.attribute-name.class.other.briefmark');
    expect(scopeAt(tokens, 0, line.indexOf('ref'))).toBe('variable.parameter.key.briefmark');
  });

  it('keeps a } inside quotes, stops at a second {, and ends with its line', () => {
    const line = '[a]{.claim note="x}y" kind=factual} after [b]{.claim {x} [c]{.claim kind="open';
    const tokens = tokenize(grammar, `${line}\nkind=x}`);
    expect(scopeAt(tokens, 0, line.indexOf('}y'))).toBe('string.quoted.double.briefmark');
    expect(scopeAt(tokens, 0, line.indexOf('kind'))).toBe('variable.parameter.key.briefmark');
    expect(scopeAt(tokens, 0, line.indexOf('} after'))).toBe('punctuation.definition.attributes.end.briefmark');
    expect(scopeAt(tokens, 0, line.indexOf(' after'))).not.toMatch(/briefmark/);
    expect(scopeAt(tokens, 0, line.indexOf('{x}') + 1)).not.toMatch(/briefmark/);
    expect(scopeAt(tokens, 0, line.indexOf('open'))).toBe('string.quoted.double.briefmark');
    expect(briefmarkTokens(tokens).filter((t) => t.line === 1)).toEqual([]);
  });

  it('leaves braces that do not follow a ] or follow an escaped one', () => {
    const tokens = tokenize(grammar, 'a {.claim} and \\[b\\]{.claim} and [c] {.claim}');
    expect(briefmarkTokens(tokens)).toEqual([]);
  });

  it('never fires in fenced, indented or inline code, or in HTML comments', () => {
    const text = ['```markdown', '[a]{.claim #x}', '```', '', '~~~', '[a]{.claim #x}', '~~~', '', '    [a]{.claim #x}', '', 'See `[a]{.claim #x}` and ``[b]{.actor}``.', '', '<!-- [a]{.claim} -->'].join('\n');
    expect(briefmarkTokens(tokenize(grammar, text))).toEqual([]);
  });

  it('still fires after inline code and links on the same line', () => {
    const line = '`code` and [a link](https://x.org) then [c]{.concept}';
    const tokens = tokenize(grammar, line);
    expect(scopeAt(tokens, 0, line.indexOf('{'))).toBe('punctuation.definition.attributes.begin.briefmark');
    expect(scopeAt(tokens, 0, line.indexOf('concept'))).toBe('entity.other.attribute-name.class.briefmark');
  });
});

describe.runIf(realMarkdown)("briefmark.injection in places only VS Code's grammar has", () => {
  let grammar: IGrammar;
  beforeAll(async () => {
    grammar = await loadMarkdown(realMarkdown!);
  });

  it('fires in headings, lists, quotes and emphasis', () => {
    const text = '# Title [a]{.claim #h}\n\n- item [b]{.actor}\n\n> quote [c]{.concept}\n\n*it [d]{.notag}* **[e]{.claim}**';
    const classes = briefmarkTokens(tokenize(grammar, text))
      .filter((t) => t.scopes.includes('entity.other.attribute-name.class.briefmark'))
      .map((t) => [t.line, t.text]);
    expect(classes).toEqual([
      [0, 'claim'],
      [2, 'actor'],
      [4, 'concept'],
      [6, 'notag'],
      [6, 'claim'],
    ]);
  });

  it('never fires in front matter', () => {
    expect(briefmarkTokens(tokenize(grammar, '---\ntitle: "[a]{.claim}"\n---\n\n[b]{.claim}')).map((t) => t.line)).not.toContain(1);
  });
});
