import type * as vscode from 'vscode';
import type { BriefmarkApi } from '../BriefmarkApi';
import { createPreviewData, type PreviewData } from './PreviewData';

export type PreviewApi = Pick<BriefmarkApi, 'glossary' | 'claims' | 'onDidChangeSummary' | 'log'>;

interface DocumentEntry {
  uri: vscode.Uri;
  data: PreviewData | undefined;
  /** What of the claims the preview shows, to tell whether new data changes the rendering. */
  claimsKey: string | undefined;
  /** Bumped by each load; an answer to an older load is dropped. */
  generation: number;
}

/** About the number of previews a user keeps open; the others are dropped and fetched again when shown. */
const MAX_DOCUMENTS = 10;

/**
 * The server's data per previewed document, for markdown-it's synchronous render: `get` answers
 * with what is known and fetches what is not; new data that changes the preview calls `refresh`.
 * Everything is fetched again when the server says a summary may have changed.
 */
export class PreviewDataStore {
  private readonly documents = new Map<string, DocumentEntry>();
  private readonly subscription: vscode.Disposable;
  private disposed = false;

  constructor(
    private readonly api: PreviewApi,
    private readonly refresh: () => void,
  ) {
    this.subscription = api.onDidChangeSummary(() => {
      for (const entry of this.documents.values()) void this.load(entry);
    });
  }

  get(uri: vscode.Uri): PreviewData | undefined {
    const key = uri.toString();
    let entry = this.documents.get(key);
    if (entry) this.documents.delete(key); // re-inserted below: the Map's order is the order of use
    else {
      entry = { uri, data: undefined, claimsKey: undefined, generation: 0 };
      void this.load(entry);
    }
    this.documents.set(key, entry);
    if (this.documents.size > MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
    return entry.data;
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
    this.documents.clear();
  }

  private async load(entry: DocumentEntry): Promise<void> {
    const generation = ++entry.generation;
    try {
      const [glossary, { claims }] = await Promise.all([this.api.glossary(entry.uri), this.api.claims(entry.uri)]);
      if (this.disposed || generation !== entry.generation) return;
      const data = createPreviewData(glossary, claims);
      const claimsKey = JSON.stringify(claims.map((c) => [c.id, c.status, c.review]));
      if (data.glossary === entry.data?.glossary && claimsKey === entry.claimsKey) return;
      entry.data = data;
      entry.claimsKey = claimsKey;
      this.refresh();
    } catch (error) {
      // The server may be starting or restarting: it announces itself with onDidChangeSummary.
      if (!this.disposed) this.api.log.warn(`Preview: no Briefmark data for ${entry.uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
