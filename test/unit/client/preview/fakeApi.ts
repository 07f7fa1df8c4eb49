// A fake of the part of BriefmarkApi the preview uses: answers are held until the test releases them.
import { vi } from 'vitest';
import type * as vscode from 'vscode';
import type { PreviewApi } from '../../../../client/src/preview/PreviewDataStore';
import type { ClaimItem, ClaimsResult, GlossaryResult } from '../../../../server/src/protocol';
import { GLOSSARY } from './previewFixtures';

/** A tiny vscode.Event: `fire` calls the listeners subscribed and not disposed. */
export function fakeEvent(): { event: vscode.Event<void>; fire(): void; listenerCount(): number } {
  const listeners = new Set<() => void>();
  const event = (listener: () => void) => {
    listeners.add(listener);
    return { dispose: () => listeners.delete(listener) };
  };
  return { event, fire: () => listeners.forEach((l) => l()), listenerCount: () => listeners.size };
}

export function fakeUri(path: string): vscode.Uri {
  return { scheme: 'file', path, toString: () => `file://${path}` } as unknown as vscode.Uri;
}

interface Pending {
  uri: string;
  resolve(): void;
  reject(error: Error): void;
}

export function fakeApi() {
  const summaryChanged = fakeEvent();
  const pending: Pending[] = [];
  const state = { glossary: GLOSSARY, claims: [] as ClaimItem[] };
  // Each load asks for the glossary and the claims; both answer when the test releases the load.
  const ask = <T>(uri: vscode.Uri | undefined, answer: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => pending.push({ uri: String(uri), resolve: () => resolve(answer()), reject }));
  const api = {
    onDidChangeSummary: summaryChanged.event,
    glossary: vi.fn((uri?: vscode.Uri) => ask<GlossaryResult>(uri, () => state.glossary)),
    claims: vi.fn((uri?: vscode.Uri) => ask<ClaimsResult>(uri, () => ({ claims: state.claims }))),
    log: { warn: vi.fn() } as unknown as vscode.LogOutputChannel,
  } satisfies PreviewApi;
  return {
    api,
    state,
    summaryChanged,
    /** Answers the oldest `count` requests still waiting (all by default), then lets the store take them in. */
    async release(count = pending.length): Promise<void> {
      for (const p of pending.splice(0, count)) p.resolve();
      await flush();
    },
    async fail(message: string): Promise<void> {
      for (const p of pending.splice(0)) p.reject(new Error(message));
      await flush();
    },
    pendingUris: () => pending.map((p) => p.uri),
  };
}

function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
