import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-protocol';
import { FixtureWorkspace, NOTES, positionOf, rangeOf, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Hover: a concept (the TEAM glossary's definition where it overrides the built-in entry), an
// actor, and claims with their review status from the sidecar.

describe('hover', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  const hover = (position: Position, at = uri) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: at }, position }) as Promise<Hover | null>;
  const value = (h: Hover | null) => (h?.contents as MarkupContent).value;

  beforeAll(async () => ({ ws, client, uri, text } = await startWithBrief()));
  afterAll(() => stopAll(client, ws));

  it('shows a concept overridden by the team glossary with the team definition, layer and mention count', async () => {
    const h = await hover(positionOf(text, 'strategic autonomy', 3));
    expect(h?.contents).toEqual({
      kind: 'markdown',
      value: [
        '**Strategic autonomy** · concept · layer: Cross-cutting',
        '',
        'For this team: a region can pick and replace its suppliers at every layer of the stack without asking another government for permission.',
        '',
        '*Also:* freedom of supplier choice  ',
        '*Avoid:* strategic independence  ',
        '2 mentions in this brief · `strategic-autonomy` from team.glossary.yaml',
      ].join('\n'),
    });
    expect(h?.range).toEqual(rangeOf(text, 'strategic autonomy'));
  });

  it('shows a team concept with its layer', async () => {
    const h = await hover(positionOf(text, 'sovereign stack begins'));
    expect(value(h)).toBe(
      [
        '**Sovereign stack** · concept · layer: Infrastructure',
        '',
        'The power, chips, data centres and software that a region can run and repair itself.',
        '',
        '*Also:* sovereign AI stack  ',
        '*Avoid:* national stack  ',
        '3 mentions in this brief · `sovereign-stack` from team.glossary.yaml',
      ].join('\n'),
    );
  });

  it('shows a deprecated wording as the entry it stands for', async () => {
    const h = await hover(positionOf(text, 'strategic independence', 5));
    expect(value(h)).toContain('**Strategic autonomy** · concept');
    expect(h?.range).toEqual(rangeOf(text, 'strategic independence'));
  });

  it('shows an actor with type, country and description', async () => {
    const h = await hover(positionOf(text, 'Harbour Institute argues', 2));
    expect(value(h)).toBe(
      [
        '**Harbour Institute** · actor · institution · NL · layer: Cross-cutting',
        '',
        'A made-up research institute that studies power supply for computing.',
        '',
        '*Also:* Harbour  ',
        '3 mentions in this brief · `harbour-institute` from team.glossary.yaml',
      ].join('\n'),
    );
    expect(h?.range).toEqual(rangeOf(text, 'Harbour Institute'));
  });

  it('shows the entry of an id written in actor=', async () => {
    const h = await hover(positionOf(text, 'harbour-institute about=compute-gap', 3));
    expect(value(h)).toMatch(/^\*\*Harbour Institute\*\* · actor/);
    expect(h?.range).toEqual(rangeOf(text, 'harbour-institute', 1));
  });

  it('shows a verified claim with reviewer, date, note, source and explicit layer', async () => {
    const h = await hover(positionOf(text, 'three years or more'));
    expect(value(h)).toBe(
      [
        '**Claim** `#grid-wait` · **verified** by ana on 2026-11-02',
        '',
        '*Layer:* Infrastructure (set by layer=)  ',
        '*Kind:* factual (set by kind=)  ',
        '*Asserted by:* Harbour Institute  ',
        '*About:* Sovereign stack  ',
        '*Sources:* @harbour2026  ',
        "*Note:* Checked against the grid operator's queue report.",
      ].join('\n'),
    );
    expect(h?.range).toEqual(rangeOf(text, '[Grid connections for new server halls take three years or more]{.claim #grid-wait layer=infrastructure kind=factual actor=harbour-institute about=sovereign-stack source="@harbour2026"}'));
  });

  it('shows a disputed claim with its reviewer and note, and an inferred layer', async () => {
    const h = await hover(positionOf(text, 'narrowest point'));
    expect(value(h)).toBe(
      [
        '**Claim** `#chip-bottleneck` · **disputed** by jonas on 2026-11-03',
        '',
        '*Layer:* Infrastructure (inferred from its words and mentions)  ',
        '*Kind:* factual (set by kind=)  ',
        '*Asserted by:* Harbour Institute  ',
        '*About:* Compute gap  ',
        '*Note:* Packaging, not chips, is the narrower point.',
      ].join('\n'),
    );
  });

  it('shows a stale claim with the status it had', async () => {
    const h = await hover(positionOf(text, 'twice what they paid'));
    // "accelerator time": an infrastructure word.
    expect(value(h)).toBe(['**Claim** `#price-rise` · **stale** (was verified by ana on 2026-10-30; the wording changed since)', '', '*Layer:* Infrastructure (inferred from its words and mentions)  ', '*Kind:* statistical (set by kind=)'].join('\n'));
  });

  it('shows an unchecked claim without id', async () => {
    const h = await hover(positionOf(text, 'host most public workloads'));
    expect(value(h)).toBe(['**Claim** *(no id)* · **unchecked**', '', '*Layer:* Infrastructure (inferred from its words and mentions)  ', '*Kind:* predictive (set by kind=)'].join('\n'));
  });

  it('shows a kind inferred from the claim\'s wording, and how to set it', async () => {
    const scratch = ws.uri('inferred.md');
    const body = '# Scratch\n\n[Member states should fund more grid connections for server halls]{.claim #fund-grids}.\n\n[The meeting ended early]{.claim #meeting}.\n';
    await client.open(scratch, body);
    await client.waitForVersion(scratch, 1);
    expect(value(await hover(positionOf(body, 'fund more'), scratch))).toBe(
      ['**Claim** `#fund-grids` · **unchecked**', '', '*Layer:* Infrastructure (inferred from its words and mentions)  ', '*Kind:* normative (inferred from its wording — add kind= to set it)'].join('\n'),
    );
    expect(value(await hover(positionOf(body, 'meeting ended'), scratch))).toBe(
      ['**Claim** `#meeting` · **unchecked**', '', '*Layer:* Cross-cutting (no layer found)  ', '*Kind:* factual (inferred from its wording — add kind= to set it)'].join('\n'),
    );
    await client.close(scratch);
  });

  it('shows the mention and the claim around it together', async () => {
    const h = await hover(positionOf(text, 'sovereign stack]'));
    const parts = value(h).split('\n\n---\n\n');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^\*\*Sovereign stack\*\* · concept · layer: Infrastructure\n/);
    expect(parts[1]).toMatch(/^\*\*Claim\*\* `#chip-bottleneck` · \*\*disputed\*\*/);
    expect(h?.range).toEqual(rangeOf(text, 'sovereign stack', 3));
  });

  it('has nothing to show on plain words, in front matter or past the end', async () => {
    expect(await hover(positionOf(text, 'steady tide'))).toBeNull();
    expect(await hover(positionOf(text, 'title: Power'))).toBeNull();
    expect(await hover({ line: 999, character: 0 })).toBeNull();
  });

  it('answers null for a brief that is not open', async () => {
    expect(await hover({ line: 2, character: 5 }, ws.uri(NOTES))).toBeNull();
  });
});
