import { describe, expect, it, vi } from 'vitest';
import { LAYER_LABELS as labels, SUGGESTIONS } from '../views/suggestionFixture';

vi.mock('vscode', () => ({}));
const { claimsToTag, stillThere, suggestionChoices } = await import('../../../../client/src/commands/tagSuggestedClaims');

describe('Tag Suggested Claims…', () => {
  it('lists every suggestion in document order: the sentence, then kind · layer · confidence; the likely ones checked', () => {
    expect(suggestionChoices(SUGGESTIONS, labels).map(({ label, detail, picked }) => ({ label, detail, picked }))).toEqual([
      { label: 'Europe has bet on public supercomputers to close its compute gap.', detail: 'factual · Infrastructure · confidence 0.95', picked: true },
      { label: 'Buyers meet on the Nordic Exchange, which wants one price index for spare hours.', detail: 'normative · Economic value · confidence 0.69', picked: false },
      {
        label: 'Member states should pool their procurement of accelerators so that smaller research labs are not priced out of frontier-scale training runs.',
        detail: 'normative · Cross-cutting · confidence 0.90',
        picked: true,
      },
    ]);
    expect(suggestionChoices(SUGGESTIONS, labels).map((c) => c.item)).toEqual(SUGGESTIONS);
  });

  it('asks the server to tag the picked sentences in one command, each with its inferred kind and layer', () => {
    expect(claimsToTag('file:///b.md', [SUGGESTIONS[0]!, SUGGESTIONS[2]!])).toEqual({
      uri: 'file:///b.md',
      claims: [
        { range: SUGGESTIONS[0]!.range, kind: 'factual', layer: 'infrastructure' },
        { range: SUGGESTIONS[2]!.range, kind: 'normative', layer: undefined },
      ],
    });
  });

  it('tags a sentence only while its range still holds its words (line breaks and spaces aside)', () => {
    const item = { text: 'Europe has bet on public supercomputers to close its compute gap.' };
    expect(stillThere(item, 'Europe has bet on public\n  supercomputers to close its compute gap.')).toBe(true);
    expect(stillThere(item, 'rope has bet on public supercomputers to close its compute gap. A')).toBe(false);
    expect(stillThere(item, '')).toBe(false);
  });
});
