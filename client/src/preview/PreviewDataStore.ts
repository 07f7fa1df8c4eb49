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
/** A failed fetch is tried again this many times, after 1, 2, 4… times `retryMs`. */
const MAX_RETRIES = 4;

/**
 * The server's data per previewed document, for markdown-it's synchronous render: `get` answers
 * with what is known and fetches what is not; new data that changes the preview calls `refresh`.
 * Everything is fetched again when the server says a summary may have changed.
 */
export class PreviewDataStore {
  private readonly documents = new Map<string, DocumentEntry>();
  private readonly subscription: vscode.Disposable;
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();
  private disposed = false;

  constructor(
    private readonly api: PreviewApi,
    private readonly refresh: () => void,
    private readonly retryMs = 1000,
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
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    this.documents.clear();
  }

  private async load(entry: DocumentEntry, attempt = 0): Promise<void> {
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
      if (this.disposed) return;
      this.api.log.warn(`Preview: no Briefmark data for ${entry.uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      // The server may be starting, restarting or busy with the workspace. It announces itself
      // with onDidChangeSummary, but that may have come already: try again a few times meanwhile,
      // or a preview opened at the wrong moment would stay without its data.
      if (attempt < MAX_RETRIES) this.retry(entry, generation, attempt + 1);
    }
  }

  private retry(entry: DocumentEntry, generation: number, attempt: number): void {
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      // A newer fetch (a summary change, another retry) has taken over.
      if (!this.disposed && entry.generation === generation) void this.load(entry, attempt);
    }, this.retryMs * 2 ** (attempt - 1));
    this.retries.add(timer);
  }
}
