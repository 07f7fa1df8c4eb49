import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { briefmarkApi, hoverText, openBrief, positionOf, rangeOf, waitFor } from './helpers';

interface Token { line: number; character: number; length: number; type: string; modifiers: string[] }

function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dStart, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dLine;
    character = dLine ? dStart : character + dStart;
    out.push({ line, character, length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
  }
  return out;
}

describe('language features through the real vscode API', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openBrief()).document;
    await briefmarkApi();
  });

  it('hovers a concept with the team definition', async () => {
    const at = positionOf(document, 'close its compute gap', 'close its '.length + 2);
    const text = await waitFor('the hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
      const text = hoverText(hovers);
      return text.includes('Compute sovereignty gap') && text;
    });
    assert.match(text, /The distance between the accelerator capacity European public research can use/);
    assert.match(text, /Infrastructure/);
  });

  it('colours concepts, actors and claims with semantic tokens and status modifiers', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.deepEqual(legend.tokenTypes, ['concept', 'actor', 'claim']);
    const tokens = decode(await waitFor('semantic tokens', () =>
      vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri)), legend);
    const at = (text: string, offset = 0) => {
      const p = positionOf(document, text, offset);
      return tokens.find((t) => t.line === p.line && t.character <= p.character && p.character < t.character + t.length);
    };
    assert.deepEqual(at('JUPITER]'), { ...at('JUPITER]')!, type: 'actor', modifiers: ['explicit'] });
    assert.equal(at('Mistral AI and Aleph')?.type, 'actor');
    assert.deepEqual(at('and Aleph Alpha show', 16)?.modifiers, ['disputed']);
    assert.equal(at('Most AI training')?.type, 'claim');
    assert.deepEqual(at('Most AI training')?.modifiers, ['verified']);
    assert.deepEqual(at('Sovereign cloud offers', 'Sovereign cloud '.length)?.modifiers, ['stale']);
    assert.equal(at('Export controls')?.type, 'concept');
  });

  it('publishes diagnostics with stable codes', async () => {
    const codes = await waitFor('diagnostics', () => {
      const list = vscode.languages.getDiagnostics(document.uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
      return list.includes('stale-claim') && list.sort();
    });
    // unknown-name: "Nordic Compute Exchange (NCX)" and "the NCX", which no glossary entry knows.
    // possible-claim: one hint per likely suggestion (briefmark.suggestClaims is "likely"), the Claims view's "Suggested" rows.
    const { suggestions } = await (await briefmarkApi()).suggestions(document.uri);
    const hints = suggestions.filter((s) => s.likely).map(() => 'possible-claim');
    assert.ok(hints.length > 0, 'the example brief has likely claims');
    assert.deepEqual(codes, ['deprecated-wording', 'disputed-claim', ...hints, 'stale-claim', 'unknown-name', 'unknown-name', 'unknown-name']);
    const deprecated = vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'deprecated-wording')!;
    assert.equal(document.getText(deprecated.range), 'strategic independence');
    assert.equal(deprecated.source, 'briefmark');
  });

  it('replaces a deprecated wording with a quick fix, undoably', async () => {
    const range = rangeOf(document, 'strategic independence');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('Strategic autonomy'));
    assert.ok(fix?.edit, `quick fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.lineAt(range.start.line).text, /talk of strategic autonomy, a term/i);
    await vscode.commands.executeCommand('undo');
    assert.match(document.lineAt(range.start.line).text, /talk of strategic independence, a term/);
    assert.equal(document.isDirty, false);
  });

  it('offers to tag a possible claim and to add an unknown term to the glossary', async () => {
    const range = rangeOf(document, 'Under the EU AI Act');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /tag .*claim/i.test(t)), titles.join(' | '));
  });
});
