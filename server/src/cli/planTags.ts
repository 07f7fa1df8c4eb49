import { DEFAULT_OPTIONS } from '../core/analysis/analyzeBlock';
import { analyzeDocument, flattenAnalysis } from '../core/analysis/analyzeDocument';
import type { Glossary } from '../core/glossary/buildGlossary';
import { claimIdsIn, claimTagEdits, layerToWrite, type Insertion } from '../core/review/claimTagEdits';

// What `briefmark tag` inserts in one brief: the suggestions from the threshold up, each wrapped in
// `[…]{.claim #id kind=… layer=…}` by claimTagEdits, the core's markup for the editor's quick fixes.

export interface TagPlan {
  /** Offsets into the whole text (a byte order mark included), in document order. */
  insertions: Insertion[];
  /** The new claims' ids, in document order. */
  ids: string[];
  /** Sentences that read like claims with less confidence than asked for (not tagged). */
  below: number;
}

const BOM = '\uFEFF';

/**
 * The insertions that tag the suggestions of `text` whose confidence is at least `threshold`.
 * New ids repeat no id written in the brief nor one its review sidecar still holds a record for
 * (`reviewIds`): a new claim must not inherit a review it never had.
 */
export function planTags(text: string, glossary: Glossary, threshold: number, reviewIds: Iterable<string> = []): TagPlan {
  // A byte order mark is not text of the brief (the editor never shows it): analysed with it, the
  // first sentence would start at the mark and `[` would go before it.
  const skip = text.startsWith(BOM) ? BOM.length : 0;
  const body = skip ? text.slice(skip) : text;
  const flat = flattenAnalysis(analyzeDocument(body, glossary, DEFAULT_OPTIONS));
  const wanted = flat.suggestions.filter((s) => s.confidence >= threshold);
  const taken = claimIdsIn(body);
  for (const id of reviewIds) taken.add(id);
  const { insertions, ids } = claimTagEdits(
    body,
    wanted.map((s) => ({ start: s.start, end: s.end, kind: s.kind, layer: layerToWrite(s) })),
    flat.claims.map((c) => ({ start: c.spanStart, end: c.spanEnd })),
    taken,
  );
  return {
    insertions: skip ? insertions.map((i) => ({ at: i.at + skip, text: i.text })) : insertions,
    ids,
    below: flat.suggestions.length - wanted.length,
  };
}
