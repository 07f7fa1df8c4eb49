import { describe, expect, it } from 'vitest';
import { claimGroups } from '../../../../client/src/views/claimGroups';
import { fileName, shorten } from '../../../../client/src/views/claimNode';
import { summarizeNodes, type TreeNode } from '../../../../client/src/views/TreeNode';
import { BRIEF, OTHER, claim } from './claimFixture';

const labels = new Map([
  ['models', 'Models'],
  ['infrastructure', 'Infrastructure'],
]);

const claims = [
  claim(1, { status: 'verified', review: { status: 'verified', reviewer: 'ana', date: '2026-11-20', note: 'Checked *against* <b>Q2</b>.', evidence: ['https://example.org/q2', '@survey'] } }),
  claim(2, { status: 'retracted' }),
  claim(3, { id: null }),
  claim(4, { status: 'stale', review: { status: 'verified', reviewer: 'ana' } }),
  claim(5, { layer: 'infrastructure' }),
  claim(6, { status: 'disputed' }),
];

describe('claimGroups', () => {
  it('groups the queue by status in review order, with counts, leaving empty groups out', () => {
    const nodes = claimGroups(claims, 'brief', labels);
    expect(summarizeNodes(nodes)).toEqual([
      { label: 'Unchecked (2)', children: [{ label: 'Claim on line 3', description: 'Models' }, { label: 'Claim on line 5  #c5', description: 'Infrastructure' }] },
      { label: 'Stale (1)', children: [{ label: 'Claim on line 4  #c4', description: 'Models' }] },
      { label: 'Disputed (1)', children: [{ label: 'Claim on line 6  #c6', description: 'Models' }] },
      { label: 'Verified (1)', children: [{ label: 'Claim on line 1  #c1', description: 'Models' }] },
      { label: 'Retracted (1)', children: [{ label: 'Claim on line 2  #c2', description: 'Models' }] },
    ]);
    expect(nodes.map((n) => n.expanded)).toEqual([true, true, true, false, false]);
    expect(claimGroups(claims.filter((c) => c.status === 'verified'), 'brief', labels).map((n) => n.label)).toEqual(['Verified (1)']);
  });

  it('has no nodes without claims, so the welcome content shows', () => {
    expect(claimGroups([], 'workspace', labels)).toEqual([]);
  });

  it('gives each claim row its status context value and icon; a claim without id cannot be reviewed', () => {
    const rows = claimGroups(claims, 'brief', labels).flatMap((g) => g.children!);
    expect(rows.map((r) => [r.claim!.text, r.contextValue, r.icon])).toEqual([
      ['Claim on line 3', 'noIdClaim', { id: 'circle-outline' }],
      ['Claim on line 5', 'claim.unchecked', { id: 'circle-outline' }],
      ['Claim on line 4', 'claim.stale', { id: 'warning', color: 'charts.yellow' }],
      ['Claim on line 6', 'claim.disputed', { id: 'error', color: 'charts.red' }],
      ['Claim on line 1', 'claim.verified', { id: 'pass', color: 'charts.green' }],
      ['Claim on line 2', 'claim.retracted', { id: 'circle-slash', color: 'disabledForeground' }],
    ]);
    expect(rows[0]!.tooltip!.fields).toContainEqual(['Review', expect.stringContaining('Add claim id')]);
  });

  it('gives a context value starting with "claim" to reviewable rows only, as the review menus match /^claim/', () => {
    const all = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
    const reviewable = all(claimGroups(claims, 'workspace', labels)).filter((n) => n.contextValue.startsWith('claim'));
    expect(reviewable.map((n) => n.claim!.id).sort()).toEqual(['c1', 'c2', 'c4', 'c5', 'c6']);
  });

  it('puts the review record in the tooltip as fields, the text untouched (escaped when shown)', () => {
    const verified = claimGroups(claims, 'brief', labels).find((g) => g.label.startsWith('Verified'))!.children![0]!;
    expect(verified.tooltip).toEqual({
      title: 'Claim on line 1',
      fields: [
        ['Status', 'verified'],
        ['Layer', 'Models'],
        ['Reviewer', 'ana'],
        ['Date', '2026-11-20'],
        ['Note', 'Checked *against* <b>Q2</b>.'],
        ['Evidence', 'https://example.org/q2, @survey'],
        ['Id', '#c1'],
      ],
    });
    const stale = claimGroups(claims, 'brief', labels).find((g) => g.label.startsWith('Stale'))!.children![0]!;
    expect(stale.tooltip!.fields[0]).toEqual(['Status', 'stale: verified, but the wording has changed since']);
  });

  it('says in the tooltip when the kind or the layer was inferred rather than written', () => {
    const labelled = new Map([...labels, ['cross-cutting', 'Cross-cutting']]);
    const rows = claimGroups(
      [
        claim(1, { kind: 'normative', kindSource: 'inferred', layerSource: 'inferred' }),
        claim(2, { kind: 'factual', kindSource: 'explicit', layer: 'infrastructure', layerSource: 'explicit' }),
        claim(3, { kind: null, kindSource: 'none', layer: 'cross-cutting', layerSource: 'none' }),
      ],
      'brief',
      labelled,
    )[0]!.children!;
    const kindAndLayer = (row: TreeNode) => row.tooltip!.fields.filter(([name]) => name === 'Kind' || name === 'Layer');
    expect(rows.map(kindAndLayer)).toEqual([
      [['Kind', 'normative (inferred)'], ['Layer', 'Models (inferred)']],
      [['Kind', 'factual'], ['Layer', 'Infrastructure']],
      [['Layer', 'Cross-cutting (no layer found)']],
    ]);
    // The row itself stays short: the layer (or file), as before.
    expect(rows.map((r) => r.description)).toEqual(['Models', 'Infrastructure', 'Cross-cutting']);
  });

  it('names the file in workspace scope, sorted by file then position', () => {
    const mixed = [claim(8, { uri: OTHER }), claim(2, { uri: BRIEF }), claim(1, { uri: OTHER })];
    const [unchecked] = claimGroups(mixed, 'workspace', labels);
    expect(unchecked!.children!.map((n) => [n.claim!.uri, n.claim!.range.start.line, n.description])).toEqual([
      [BRIEF, 2, 'compute brief.md'],
      [OTHER, 1, 'other.md'],
      [OTHER, 8, 'other.md'],
    ]);
  });
});

describe('shorten and fileName', () => {
  it('keeps short text, and cuts long text at a word with an ellipsis', () => {
    expect(shorten('  Europe lags\n behind ')).toBe('Europe lags behind');
    const long = 'Europe’s foundation models still lag behind US and Chinese ones by about two years on most benchmarks';
    const short = shorten(long);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short).toBe('Europe’s foundation models still lag behind US and Chinese…');
  });

  it('decodes the last segment of a URI', () => {
    expect(fileName(BRIEF)).toBe('compute brief.md');
    expect(fileName('untitled:Untitled-1')).toBe('Untitled-1');
  });
});
