import type { Glossary } from '../../../server/src/core/glossary/buildGlossary';
import type { ClaimStatus, GlossaryEntry } from '../../../server/src/core/types';
import type { ClaimItem } from '../../../server/src/protocol';

// The plain text of the preview's `title` tooltips; the caller escapes it.

/** `Mistral AI — actor (company, FR) · Models`, then the description on its own line. */
export function entryTooltip(entry: GlossaryEntry, glossary: Glossary): string {
  const layer = glossary.layers.find((l) => l.id === entry.layer)?.label ?? entry.layer;
  const facts = [entry.type, entry.country].filter(Boolean);
  const head = `${entry.label} — ${entry.kind}${facts.length > 0 ? ` (${facts.join(', ')})` : ''} · ${layer}`;
  return entry.definition ? `${head}\n${entry.definition}` : head;
}

/**
 * `Claim #id — verified`, then the reviewer and date, and the note. `status` is undefined while
 * the server has not reported the claim.
 */
export function claimTooltip(id: string | undefined, status: ClaimStatus | undefined, claim: ClaimItem | undefined): string {
  const name = id === undefined ? 'Claim without an id' : `Claim #${id}`;
  if (!status) return name;
  const review = claim?.review;
  const lines = [status === 'stale' && review ? `${name} — stale (${review.status}, wording changed since)` : `${name} — ${status}`];
  if (review?.reviewer || review?.date) lines.push(`Reviewer: ${[review.reviewer, review.date && `(${review.date})`].filter(Boolean).join(' ')}`);
  if (review?.note) lines.push(`Note: ${review.note}`);
  return lines.join('\n');
}
