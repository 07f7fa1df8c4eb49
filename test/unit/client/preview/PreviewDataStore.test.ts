import { describe, expect, it, vi } from 'vitest';
import { PreviewDataStore } from '../../../../client/src/preview/PreviewDataStore';
import { fakeApi, fakeUri } from './fakeApi';
import { claim, ENTRIES, LAYERS } from './previewFixtures';

function setup(retryMs = 60_000) {
  const fake = fakeApi();
  const refresh = vi.fn();
  const store = new PreviewDataStore(fake.api, refresh, retryMs);
  return { ...fake, refresh, store };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const BRIEF = fakeUri('/ws/brief.md');

describe('PreviewDataStore', () => {
  it('answers nothing at first, fetches once, and refreshes the preview when the data arrives', async () => {
    const { api, state, release, refresh, store } = setup();
    state.claims = [claim('c1', 'verified')];
    expect(store.get(BRIEF)).toBeUndefined();
    expect(store.get(BRIEF)).toBeUndefined();
    expect(api.glossary).toHaveBeenCalledTimes(1);
    expect(api.glossary).toHaveBeenCalledWith(BRIEF);
    expect(api.claims).toHaveBeenCalledWith(BRIEF);
    expect(refresh).not.toHaveBeenCalled();

    await release();
    expect(refresh).toHaveBeenCalledTimes(1);
    const data = store.get(BRIEF)!;
    expect(data.claims.get('c1')?.status).toBe('verified');
    expect(data.glossary.actors.get('mistral-ai')?.label).toBe('Mistral AI');
    expect(api.glossary).toHaveBeenCalledTimes(1);
  });

  it('fetches again on onDidChangeSummary, and refreshes only when what the preview shows changed', async () => {
    const { api, state, release, refresh, store, summaryChanged } = setup();
    store.get(BRIEF);
    await release();
    const first = store.get(BRIEF)!;

    summaryChanged.fire();
    expect(api.claims).toHaveBeenCalledTimes(2);
    await release();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(store.get(BRIEF)).toBe(first);

    state.claims = [claim('c1', 'disputed')];
    summaryChanged.fire();
    await release();
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(store.get(BRIEF)!.claims.get('c1')?.status).toBe('disputed');
    expect(store.get(BRIEF)!.glossary).toBe(first.glossary);

    state.glossary = { layers: LAYERS, entries: ENTRIES.slice(1) };
    summaryChanged.fire();
    await release();
    expect(refresh).toHaveBeenCalledTimes(3);
    expect(store.get(BRIEF)!.glossary.concepts.has('strategic-autonomy')).toBe(false);
  });

  it('drops an answer overtaken by a later request', async () => {
    const { state, release, refresh, store, summaryChanged } = setup();
    store.get(BRIEF);
    state.claims = [claim('c1', 'retracted')];
    summaryChanged.fire();
    await release(2); // the first request's glossary and claims
    expect(refresh).not.toHaveBeenCalled();
    expect(store.get(BRIEF)).toBeUndefined();
    await release();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(store.get(BRIEF)!.claims.get('c1')?.status).toBe('retracted');
  });

  it('keeps documents apart and fetches each previewed one again', async () => {
    const { pendingUris, release, store, summaryChanged } = setup();
    store.get(BRIEF);
    store.get(fakeUri('/ws/other.md'));
    await release();
    summaryChanged.fire();
    expect(pendingUris()).toEqual(['file:///ws/brief.md', 'file:///ws/brief.md', 'file:///ws/other.md', 'file:///ws/other.md']);
  });

  it('forgets the least recently previewed documents beyond ten', async () => {
    const { api, pendingUris, release, store, summaryChanged } = setup();
    for (let i = 0; i < 11; i++) store.get(fakeUri(`/ws/${i}.md`));
    await release();
    summaryChanged.fire();
    expect(pendingUris()).toHaveLength(20);
    expect(pendingUris()).not.toContain('file:///ws/0.md');
    await release();
    expect(store.get(fakeUri('/ws/0.md'))).toBeUndefined();
    expect(api.claims).toHaveBeenCalledTimes(11 + 10 + 1);
  });

  it('logs a failed request, keeps what it had, and tries again on the next summary change', async () => {
    const { api, fail, refresh, release, store, summaryChanged } = setup();
    store.get(BRIEF);
    await fail('Server not running');
    expect(api.log.warn).toHaveBeenCalledWith('Preview: no Briefmark data for file:///ws/brief.md: Server not running');
    expect(refresh).not.toHaveBeenCalled();
    summaryChanged.fire();
    await release();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(store.get(BRIEF)).toBeDefined();
  });

  it('tries a failed request again by itself, and refreshes the preview when it succeeds', async () => {
    const { api, fail, refresh, release, store } = setup(5);
    store.get(BRIEF);
    await fail('Request cancelled');
    expect(api.claims).toHaveBeenCalledTimes(1);
    await wait(40);
    expect(api.claims).toHaveBeenCalledTimes(2);
    await release();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(store.get(BRIEF)).toBeDefined();
    store.dispose();
  });

  it('gives up after four tries, until the next summary change', async () => {
    const { api, fail, store, summaryChanged } = setup(1);
    store.get(BRIEF);
    for (let i = 0; i < 6; i++) {
      await fail('Server not running');
      await wait(30);
    }
    expect(api.claims).toHaveBeenCalledTimes(5);
    summaryChanged.fire();
    expect(api.claims).toHaveBeenCalledTimes(6);
    store.dispose();
  });

  it('tries no more once disposed', async () => {
    const { api, fail, store } = setup(5);
    store.get(BRIEF);
    await fail('Server not running');
    store.dispose();
    await wait(40);
    expect(api.claims).toHaveBeenCalledTimes(1);
  });

  it('stops listening and refreshing once disposed', async () => {
    const { release, refresh, store, summaryChanged } = setup();
    store.get(BRIEF);
    store.dispose();
    await release();
    expect(refresh).not.toHaveBeenCalled();
    expect(summaryChanged.listenerCount()).toBe(0);
  });
});
