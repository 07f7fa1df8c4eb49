import { describe, expect, it } from 'vitest';
import { claimAt } from '../../../../client/src/commands/claimAt';
import { claimFromArgument } from '../../../../client/src/commands/claimFromArgument';
import { claim } from '../views/claimFixture';

const claims = [claim(2), claim(5)];

describe('claimAt', () => {
  it('finds the claim whose whole span holds the cursor, both ends included', () => {
    expect(claimAt(claims, { line: 5, character: 9 })?.id).toBe('c5');
    expect(claimAt(claims, { line: 5, character: 55 })?.id).toBe('c5');
    expect(claimAt(claims, { line: 5, character: 60 })?.id).toBe('c5');
  });

  it('finds nothing outside every span', () => {
    expect(claimAt(claims, { line: 5, character: 8 })).toBeUndefined();
    expect(claimAt(claims, { line: 5, character: 61 })).toBeUndefined();
    expect(claimAt(claims, { line: 3, character: 20 })).toBeUndefined();
  });

  it('handles spans over several lines', () => {
    const long = claim(7, { spanRange: { start: { line: 7, character: 30 }, end: { line: 9, character: 4 } } });
    expect(claimAt([long], { line: 8, character: 0 })?.id).toBe('c7');
    expect(claimAt([long], { line: 7, character: 29 })).toBeUndefined();
    expect(claimAt([long], { line: 9, character: 5 })).toBeUndefined();
  });
});

describe('claimFromArgument', () => {
  it('takes the claim of a view node, or a claim itself', () => {
    const c = claim(1);
    expect(claimFromArgument({ id: 'claims/unchecked/x', label: 'x', contextValue: 'claim.unchecked', claim: c })).toBe(c);
    expect(claimFromArgument(c)).toBe(c);
  });

  it('ignores what is not a claim: nothing, a URI from a context menu, a group node', () => {
    expect(claimFromArgument(undefined)).toBeUndefined();
    expect(claimFromArgument({ scheme: 'file', path: '/a.md' })).toBeUndefined();
    expect(claimFromArgument({ id: 'claims/unchecked', label: 'Unchecked (2)', contextValue: 'statusGroup' })).toBeUndefined();
  });
});
