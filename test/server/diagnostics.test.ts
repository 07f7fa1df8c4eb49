import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType, SemanticTokensRequest, type Diagnostic, type SemanticTokens } from 'vscode-languageserver-protocol';
import { fingerprintClaim } from '../../server/src/core/review/reviewFile';
import { FixtureWorkspace, NOTES, openBrief, rangeOf, REVIEW, startOn, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Diagnostics with their stable codes: on a brief, on team glossary files, on review sidecars.

const BROKEN_GLOSSARY = [
  'version: 1',
  'concepts:',
  '  - id: heat-reuse',
  '    label: Kelp rafts',
  'actors:',
  '  - id: grid-operator',
  '    label: Grid operator',
  '    type: robot',
  '',
].join('\n');

const NOTES_REVIEW = ['version: 1', 'claims:', '  halls-waiting:', '    status: maybe', '    reviewer: ana', ''].join('\n');

describe('diagnostics', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let diagnostics: Diagnostic[];

  const warning = (needle: string, code: string, message: string, data?: unknown, occurrence = 0): Diagnostic => ({
    range: rangeOf(text, needle, occurrence),
    severity: 2,
    code,
    source: 'briefmark',
    message,
    ...(data ? { data } : {}),
  });

  /** A possible-claim hint: its data is what the "Tag as claim" fix writes. */
  const hint = (needle: string, kind: string, layer: string): Diagnostic => ({
    range: rangeOf(text, needle),
    severity: 4,
    code: 'possible-claim',
    source: 'briefmark',
    message: `This sentence reads like a ${kind} claim: tag it so reviewers can check it.`,
    data: { claimKind: kind, claimLayer: layer },
  });

  beforeAll(async () => {
    ({ ws, client, uri, text } = await startWithBrief({}, { extra: { 'broken.glossary.yaml': BROKEN_GLOSSARY, 'notes/grid-notes.review.yaml': NOTES_REVIEW } }));
    diagnostics = client.diagnostics.get(uri)!;
  });
  afterAll(() => stopAll(client, ws));

  it('reports each problem of the brief once, with its code, range and severity, in document order', () => {
    expect(diagnostics).toEqual([
      // A plain statement of fact, about no layer in particular; hinted from the default level ("likely") up.
      hint('Some officials still say strategic independence when they mean strategic autonomy.', 'factual', 'cross-cutting'),
      warning('strategic independence', 'deprecated-wording', '"strategic independence" is a deprecated wording; the glossary prefers "Strategic autonomy".', {
        replacement: 'Strategic autonomy',
        entryId: 'strategic-autonomy',
      }),
      warning('Chip supply is the narrowest point of the sovereign stack', 'disputed-claim', 'This claim is disputed by jonas: Packaging, not chips, is the narrower point.', { claimId: 'chip-bottleneck' }),
      warning('Public buyers pay twice what they paid for accelerator time two years ago', 'stale-claim', 'This claim was verified by ana, but its wording has changed since: review it again.', { claimId: 'price-rise' }),
      warning('[Regional clouds could host most public workloads]{.claim kind=predictive}', 'claim-without-id', 'This claim has no #id, so it cannot be reviewed.'),
      {
        range: rangeOf(text, 'compute-gapp'),
        severity: 1,
        code: 'unknown-id',
        source: 'briefmark',
        message: 'Unknown concept id "compute-gapp". Did you mean "compute" or "compute-gap"?',
        data: { suggestions: ['compute', 'compute-gap'] },
      },
      warning('kelp rafts', 'unknown-term', '"kelp rafts" is not a label or alias of any concept in the glossary: add it, or give ref=<id>.', { term: 'kelp rafts', entryKind: 'concept' }),
      // "should": normative; "grid" and "compute gap": infrastructure.
      hint('The Harbour Institute should double its grid budget to close the compute gap.', 'normative', 'infrastructure'),
      { range: rangeOf(text, '{.claim #broken'), severity: 1, code: 'malformed-span', source: 'briefmark', message: 'The span attributes "{" are never closed with "}".' },
    ]);
  });

  it('says nothing about a verified claim whose wording is unchanged', () => {
    const gridWait = rangeOf(text, 'Grid connections for new server halls take three years or more');
    expect(diagnostics.filter((d) => d.range.start.line === gridWait.start.line)).toEqual([]);
  });

  it('publishes with the document version', () => {
    expect(client.diagnosticVersions.get(uri)).toBe(1);
  });

  it('reports a glossary file that breaks the schema at the offending node, without affecting the brief', async () => {
    const d = await client.waitForDiagnostics(ws.uri('broken.glossary.yaml'), (list) => list.length > 0);
    expect(d).toEqual([
      {
        range: { start: { line: 7, character: 10 }, end: { line: 7, character: 15 } },
        severity: 1,
        code: 'invalid-glossary',
        source: 'briefmark',
        message: 'actors[0].type: must be one of "state", "institution", "company", "person", "initiative", "other"',
      },
    ]);
    // The broken file is not merged: its concept is unknown, the team glossary still applies.
    expect(diagnostics.find((d) => d.code === 'unknown-term')?.data).toEqual({ term: 'kelp rafts', entryKind: 'concept' });
  });

  it('reports a review record that names no claim of its brief', async () => {
    const d = await client.waitForDiagnostics(ws.uri(REVIEW), (list) => list.length > 0);
    const review = await ws.read(REVIEW);
    expect(d).toEqual([
      {
        range: rangeOf(review, 'removed-claim'),
        severity: 2,
        code: 'orphan-review-record',
        source: 'briefmark',
        message: 'No claim with id "removed-claim" in the brief: it was renamed or removed.',
      },
    ]);
  });

  it('reports an invalid review file of a brief that is not open, at the bad value', async () => {
    const d = await client.waitForDiagnostics(ws.uri('notes/grid-notes.review.yaml'), (list) => list.length > 0);
    expect(d).toEqual([
      {
        range: rangeOf(NOTES_REVIEW, 'maybe'),
        severity: 1,
        code: 'invalid-review-file',
        source: 'briefmark',
        message: 'claims.halls-waiting.status: must be one of "unchecked", "verified", "disputed", "retracted"',
      },
    ]);
    expect(client.diagnostics.has(ws.uri(NOTES))).toBe(false);
  });

  it('checks the ids and values written in a claim\'s attributes', async () => {
    const scratch = ws.uri('attributes.md');
    const body = '[Harbour keeps a list]{.claim #list actor=harbor-institute about=sovereign-stack,compute-gapp layer=infra kind=guess tone=dry}.\n\n[Harbour keeps two lists]{.claim #list}.\n';
    await client.open(scratch, body);
    const d = await client.waitForVersion(scratch, 1);
    expect(d.map((x) => [x.code, x.range, x.severity])).toEqual([
      ['unknown-id', rangeOf(body, 'harbor-institute'), 1],
      ['unknown-id', rangeOf(body, 'compute-gapp'), 1],
      ['unknown-layer', rangeOf(body, 'infra'), 1],
      ['invalid-attribute-value', rangeOf(body, 'guess'), 1],
      ['unknown-attribute', rangeOf(body, 'tone'), 2],
      ['duplicate-claim-id', rangeOf(body, '[Harbour keeps two lists]{.claim #list}'), 1],
    ]);
    // Did you mean: the closest id first, for the quick fix.
    expect(d[0]!.message).toMatch(/^Unknown actor id "harbor-institute"\. Did you mean "harbour-institute"/);
    expect((d[0]!.data as { suggestions: string[] }).suggestions[0]).toBe('harbour-institute');
    expect(d[1]!.message).toBe('Unknown concept id "compute-gapp". Did you mean "compute" or "compute-gap"?');
    expect(d[2]!.message).toBe('Unknown layer "infra"; layers: infrastructure, models, economic-value, cross-cutting.');
    expect(d[2]!.data).toEqual({ suggestions: ['infrastructure'] });
    await client.close(scratch);
  });

  it('gives a CRLF brief the same diagnostics and tokens as the LF one, every range inside its line', async () => {
    const other = ws.uri('line-ends.md');
    const tokens = async () => ((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: other } })) as SemanticTokens).data;
    await client.open(other, text);
    const lf = await client.waitForVersion(other, 1);
    const lfTokens = await tokens();
    await client.close(other);
    await client.waitForDiagnostics(other, (d) => d.length === 0);
    await client.open(other, text.replace(/\n/g, '\r\n'));
    const crlf = await client.waitForVersion(other, 1);
    expect(crlf).toEqual(lf);
    expect(await tokens()).toEqual(lfTokens);
    // The unclosed span's range ends at the end of its line, before the "\r".
    expect(crlf.find((d) => d.code === 'malformed-span')?.range).toEqual(rangeOf(text, '{.claim #broken'));
    await client.close(other);
  });

  it('clears the diagnostics of a brief when it is closed', async () => {
    const scratch = ws.uri('scratch.md');
    await client.open(scratch, '[A claim with no id at all]{.claim}\n');
    expect((await client.waitForVersion(scratch, 1)).map((d) => d.code)).toEqual(['claim-without-id']);
    await client.close(scratch);
    await client.waitForDiagnostics(scratch, (d) => d.length === 0);
    expect(client.diagnostics.get(scratch)).toEqual([]);
  });
});

describe('diagnostics after review file changes', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let review: string;
  const reviewUri = () => ws.uri(REVIEW);
  const codes = (d: Diagnostic[]) => d.map((x) => x.code);

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    client = await startOn(ws);
    ({ uri } = await openBrief(client, ws));
    review = await ws.read(REVIEW);
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('follows a review file edited in the editor, before it is saved', async () => {
    await client.open(reviewUri(), review, 'yaml');
    const status = rangeOf(review, 'status: disputed');
    await client.change(reviewUri(), [{ range: status, text: 'status: retracted' }]);
    const d = await client.waitForDiagnostics(uri, (list) => !codes(list).includes('disputed-claim'));
    expect(codes(d)).toEqual(['possible-claim', 'deprecated-wording', 'stale-claim', 'claim-without-id', 'unknown-id', 'unknown-term', 'possible-claim', 'malformed-span']);
  });

  it('reports an invalid review file being edited, and the brief\'s claims fall back to unchecked', async () => {
    const edited = review.replace('status: disputed', 'status: retracted');
    const at = rangeOf(edited, 'status: retracted');
    await client.change(reviewUri(), [{ range: at, text: 'status: maybe' }]);
    const d = await client.waitForDiagnostics(reviewUri(), (list) => codes(list).includes('invalid-review-file'));
    // An invalid file has no records, so no orphan record either.
    expect(d).toEqual([
      { range: { start: { line: at.start.line, character: 12 }, end: { line: at.start.line, character: 17 } }, severity: 1, code: 'invalid-review-file', source: 'briefmark', message: 'claims.chip-bottleneck.status: must be one of "unchecked", "verified", "disputed", "retracted"' },
    ]);
    const brief = await client.waitForDiagnostics(uri, (list) => !codes(list).includes('stale-claim'));
    expect(codes(brief)).toEqual(['possible-claim', 'deprecated-wording', 'claim-without-id', 'unknown-id', 'unknown-term', 'possible-claim', 'malformed-span']);
  });

  it('goes back to the file on disk when the review document is closed unsaved', async () => {
    await client.close(reviewUri());
    const d = await client.waitForDiagnostics(uri, (list) => codes(list).includes('disputed-claim'));
    expect(codes(d)).toEqual(['possible-claim', 'deprecated-wording', 'disputed-claim', 'stale-claim', 'claim-without-id', 'unknown-id', 'unknown-term', 'possible-claim', 'malformed-span']);
    expect(await client.waitForDiagnostics(reviewUri(), (list) => codes(list).includes('orphan-review-record'))).toEqual([
      { range: rangeOf(review, 'removed-claim'), severity: 2, code: 'orphan-review-record', source: 'briefmark', message: 'No claim with id "removed-claim" in the brief: it was renamed or removed.' },
    ]);
  });

  it('follows a review file changed on disk once the client reports it', async () => {
    await ws.write(REVIEW, review.replace('fingerprint: 0badf00d', `fingerprint: ${fingerprintClaim('Public buyers pay twice what they paid for accelerator time two years ago')}`).replace('  removed-claim:\n    status: retracted\n    reviewer: ana\n', ''));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: reviewUri(), type: FileChangeType.Changed }] });
    const d = await client.waitForDiagnostics(uri, (list) => !codes(list).includes('stale-claim'));
    expect(codes(d)).toEqual(['possible-claim', 'deprecated-wording', 'disputed-claim', 'claim-without-id', 'unknown-id', 'unknown-term', 'possible-claim', 'malformed-span']);
    expect(await client.waitForDiagnostics(reviewUri(), (list) => list.length === 0)).toEqual([]);
  });
});
