import { describe, expect, it } from 'vitest';
import { plainText, suggestedGroup } from '../../../../client/src/views/suggestionNodes';
import { BRIEF } from './claimFixture';
import { LAYER_LABELS as labels, SUGGESTIONS } from './suggestionFixture';

describe('suggestedGroup', () => {
  it('lists the likely suggestions in document order, collapsed, each with its inferred kind and layer', () => {
    expect(suggestedGroup(SUGGESTIONS, BRIEF, 'brief', labels)).toEqual({
      id: 'claims/suggested',
      label: 'Suggested (2)',
      tooltip: {
        title: 'Suggested claims',
        fields: [
          ['What', 'Untagged sentences that read like claims (from the briefmark.suggestClaims threshold up), with the kind and layer Briefmark infers for each.'],
          ['Tag', 'The tag icon on a row tags that sentence; Tag Suggested Claims… in the title bar picks several at once.'],
        ],
      },
      icon: { id: 'lightbulb' },
      contextValue: 'suggestedGroup',
      expanded: false,
      children: [
        {
          id: `claims/suggested/${BRIEF}#12:0`,
          label: 'Europe has bet on public supercomputers to close its…',
          description: 'factual · Infrastructure',
          tooltip: {
            title: 'Europe has bet on public supercomputers to close its compute gap.',
            fields: [
              ['Kind', 'factual (inferred)'],
              ['Layer', 'Infrastructure (inferred)'],
              ['Confidence', '0.95 (from 0 to 1)'],
            ],
          },
          icon: { id: 'quote' },
          contextValue: 'suggestedClaim',
          command: { command: 'briefmark.revealSuggestion', title: 'Show Sentence', arguments: [BRIEF, SUGGESTIONS[0]!.range] },
          suggestion: { item: SUGGESTIONS[0], uri: BRIEF },
        },
        {
          id: `claims/suggested/${BRIEF}#30:4`,
          label: 'Member states should pool their procurement of…',
          description: 'normative · Cross-cutting',
          tooltip: {
            title: 'Member states should pool their procurement of accelerators so that smaller research labs are not priced out of frontier-scale training runs.',
            fields: [
              ['Kind', 'normative (inferred)'],
              ['Layer', 'Cross-cutting (nothing points to a layer)'],
              ['Confidence', '0.90 (from 0 to 1)'],
            ],
          },
          icon: { id: 'quote' },
          contextValue: 'suggestedClaim',
          command: { command: 'briefmark.revealSuggestion', title: 'Show Sentence', arguments: [BRIEF, SUGGESTIONS[2]!.range] },
          suggestion: { item: SUGGESTIONS[2], uri: BRIEF },
        },
      ],
    });
  });

  it('names the active brief in workspace scope, in the description and the tooltip', () => {
    const group = suggestedGroup(SUGGESTIONS, BRIEF, 'workspace', labels)!;
    expect(group.description).toBe('compute brief.md');
    expect(group.tooltip!.fields).toContainEqual(['Brief', 'compute brief.md, the active brief: suggestions are listed for one brief at a time, also in workspace scope.']);
    expect(group.children!.map((c) => c.id)).toEqual([`claims/suggested/${BRIEF}#12:0`, `claims/suggested/${BRIEF}#30:4`]);
  });

  it('shows no group when no suggestion is likely (the doubtful ones are only in the pick list)', () => {
    expect(suggestedGroup([], BRIEF, 'brief', labels)).toBeUndefined();
    expect(suggestedGroup([SUGGESTIONS[1]!], BRIEF, 'brief', labels)).toBeUndefined();
  });

  it('shows a layer the labels do not know by its id', () => {
    const group = suggestedGroup([{ ...SUGGESTIONS[0]!, layer: 'space' }], BRIEF, 'brief', labels)!;
    expect(group.children![0]!.description).toBe('factual · space');
  });
});

describe('plainText', () => {
  it('drops the attributes of spans inside a sentence and collapses white space', () => {
    expect(plainText(SUGGESTIONS[1]!.text)).toBe('Buyers meet on the Nordic Exchange, which wants one price index for spare hours.');
    expect(plainText('  The [JUPITER]{.actor ref=jupiter}\n  system [@key] runs.')).toBe('The JUPITER system [@key] runs.');
  });
});
