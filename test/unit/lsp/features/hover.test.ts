import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import { hoverAt } from '../../../../server/src/lsp/features/hover';
import { FolderState } from '../../../../server/src/lsp/workspace/FolderState';
import { OpenDocument } from '../../../../server/src/lsp/workspace/OpenDocument';

// A feature takes the narrow part of the workspace it reads (DocumentAnalyses), so it runs in
// process on a small fake: one folder with the built-in glossary, one open brief.

describe('hoverAt, on a fake workspace', () => {
  it('shows the built-in definition of a mention, and nothing between mentions', () => {
    const uri = 'memfs:/briefs/a.md';
    const text = 'Europe wants more sovereign cloud capacity.';
    const folder = new FolderState('memfs:/briefs', 'memfs:/briefs', 'briefs');
    const doc = new OpenDocument(TextDocument.create(uri, 'markdown', 1, text), uri, 'brief');
    const ws = { folderFor: () => folder, report: (d: OpenDocument) => d.resolve(folder.glossary, undefined) };
    const hover = hoverAt(ws, doc, doc.document.positionAt(text.indexOf('sovereign cloud') + 3));
    expect((hover?.contents as MarkupContent).value).toMatch(/^\*\*Sovereign cloud\*\* · concept/);
    expect(hover?.range).toEqual({ start: doc.document.positionAt(text.indexOf('sovereign cloud')), end: doc.document.positionAt(text.indexOf(' capacity')) });
    expect(hoverAt(ws, doc, doc.document.positionAt(text.indexOf('wants') + 1))).toBeNull();
  });
});
