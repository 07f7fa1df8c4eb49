import type { MarkdownIt } from 'markdown-it';
import type * as vscode from 'vscode';
import { briefmarkPlugin } from './briefmarkPlugin';
import { PreviewDataStore, type PreviewApi } from './PreviewDataStore';

export interface PreviewPlugin {
  /** For `activate`'s returned `extendMarkdownIt` (the `markdown.markdownItPlugins` contribution). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  dispose(): void;
}

/**
 * The Markdown preview support (`api` is the BriefmarkApi, or any part of it with these members): `refresh` re-renders the open previews (the extension passes
 * `markdown.preview.refresh`), called when data that changes them arrives from the server.
 */
export function createPreviewPlugin(api: PreviewApi, refresh: () => void): PreviewPlugin {
  const store = new PreviewDataStore(api, refresh);
  return {
    extendMarkdownIt: (md) =>
      md.use(briefmarkPlugin, (env: unknown) => {
        const uri = renderedDocument(env);
        return uri && store.get(uri);
      }),
    dispose: () => store.dispose(),
  };
}

/**
 * VS Code renders with `env.currentDocument`, the previewed document's Uri; it is absent when
 * rendering a bare string (`markdown.api.render`) and when another host uses the plugin.
 */
function renderedDocument(env: unknown): vscode.Uri | undefined {
  const uri = (env as { currentDocument?: unknown } | null | undefined)?.currentDocument;
  return typeof uri === 'object' && uri !== null && 'scheme' in uri ? (uri as vscode.Uri) : undefined;
}
