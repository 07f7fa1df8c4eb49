import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentionsRequest, type MentionsParams } from '../../server/src/protocol';
import { FixtureWorkspace, NOTES, positionOf, rangeOf, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// `briefmark/mentions`: where one brief, or every brief of the workspace (the never-opened one
// included), mentions a concept or an actor, in document order.

describe('mentions request', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let notes: string;

  const mentions = (params: MentionsParams) => client.connection.sendRequest(MentionsRequest, params);

  beforeAll(async () => {
    ({ ws, client, uri, text } = await startWithBrief());
    notes = await ws.read(NOTES);
  });
  afterAll(() => stopAll(client, ws));

  it('lists a concept\'s mentions in the open brief, in document order (not its about= id, nor the front matter)', async () => {
    expect(await mentions({ uri, kind: 'concept', id: 'sovereign-stack' })).toEqual([
      { uri, range: rangeOf(text, 'sovereign stack', 1) },
      { uri, range: rangeOf(text, 'sovereign stack', 2) },
      { uri, range: rangeOf(text, 'sovereign stack', 3) },
    ]);
  });

  it('lists the mentions of a brief that was never opened, a hand-tagged one included', async () => {
    expect(await mentions({ uri: ws.uri(NOTES), kind: 'concept', id: 'sovereign-stack' })).toEqual([
      { uri: ws.uri(NOTES), range: rangeOf(notes, 'sovereign stack') },
      { uri: ws.uri(NOTES), range: rangeOf(notes, 'the stack') },
    ]);
  });

  it('lists every brief\'s mentions without a uri, brief by brief', async () => {
    expect(await mentions({ kind: 'concept', id: 'sovereign-stack' })).toEqual([
      { uri, range: rangeOf(text, 'sovereign stack', 1) },
      { uri, range: rangeOf(text, 'sovereign stack', 2) },
      { uri, range: rangeOf(text, 'sovereign stack', 3) },
      { uri: ws.uri(NOTES), range: rangeOf(notes, 'sovereign stack') },
      { uri: ws.uri(NOTES), range: rangeOf(notes, 'the stack') },
    ]);
    expect(await mentions({ kind: 'actor', id: 'harbour-institute' })).toEqual([
      { uri, range: rangeOf(text, 'Harbour Institute') },
      { uri, range: rangeOf(text, 'The harbour team') },
      { uri, range: rangeOf(text, 'Harbour Institute', 1) },
      { uri: ws.uri(NOTES), range: rangeOf(notes, 'Harbour') },
    ]);
  });

  it('answers no mentions for an id nobody mentions, a missing brief or the kind the id is not', async () => {
    expect(await mentions({ kind: 'concept', id: 'hyperscaler' })).toEqual([]);
    expect(await mentions({ uri: ws.uri('missing.md'), kind: 'concept', id: 'sovereign-stack' })).toEqual([]);
    expect(await mentions({ uri, kind: 'actor', id: 'sovereign-stack' })).toEqual([]);
  });

  it('refuses a request without a valid kind', async () => {
    await expect(mentions({ kind: 'claim' as MentionsParams['kind'], id: 'grid-wait' })).rejects.toMatchObject({ code: -32602, message: 'briefmark/mentions needs a kind ("concept" or "actor") and an id.' });
  });

  it('follows an unsaved edit of the open brief', async () => {
    const end = positionOf(text, 'begins with steady tide.', 'begins with steady tide.'.length);
    const added = ' A sovereign stack also needs people.';
    await client.change(uri, [{ range: { start: end, end }, text: added }]);
    const edited = text.replace('begins with steady tide.', 'begins with steady tide.' + added);
    expect(await mentions({ uri, kind: 'concept', id: 'sovereign-stack' })).toEqual([
      { uri, range: rangeOf(edited, 'sovereign stack', 1) },
      { uri, range: rangeOf(edited, 'sovereign stack', 2) },
      { uri, range: rangeOf(edited, 'sovereign stack', 3) },
      { uri, range: rangeOf(edited, 'sovereign stack', 4) },
    ]);
  });
});
