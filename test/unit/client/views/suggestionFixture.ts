// Suggestions as the server sends them ('briefmark/suggestions'), in document order.
import type { SuggestionItem } from '../../../../server/src/protocol';

export const SUGGESTIONS: SuggestionItem[] = [
  {
    text: 'Europe has bet on public supercomputers to close its compute gap.',
    range: { start: { line: 12, character: 0 }, end: { line: 12, character: 65 } },
    kind: 'factual',
    layer: 'infrastructure',
    confidence: 0.95,
    likely: true,
    layerSource: 'inferred',
  },
  {
    text: 'Buyers meet on the [Nordic Exchange]{.actor ref=nordic-exchange}, which wants one price index for spare hours.',
    range: { start: { line: 20, character: 0 }, end: { line: 21, character: 12 } },
    kind: 'normative',
    layer: 'economic-value',
    confidence: 0.69,
    likely: false,
    layerSource: 'inferred',
  },
  {
    text: 'Member states should pool their procurement of accelerators so that smaller research labs are not priced out of frontier-scale training runs.',
    range: { start: { line: 30, character: 4 }, end: { line: 31, character: 70 } },
    kind: 'normative',
    layer: 'cross-cutting',
    confidence: 0.9,
    likely: true,
    // Nothing in it points to a layer: tagging it writes no layer=.
    layerSource: 'none',
  },
];

/** Layer ids → labels, as the views and the pick list show them. */
export const LAYER_LABELS: ReadonlyMap<string, string> = new Map([
  ['infrastructure', 'Infrastructure'],
  ['economic-value', 'Economic value'],
  ['cross-cutting', 'Cross-cutting'],
]);
