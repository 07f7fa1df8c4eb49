import type { NamedCandidate } from './findCandidates';
import type { ActorType, EntryKind } from '../types';
import { byCountThenLabel } from '../text/compareLabels';

// The entries that a brief's (or a workspace's) candidates would add to a glossary, with how often
// each name occurs: what the "Not in the glossary" group lists and the add-candidates command offers.

export interface CandidateEntry {
  /** The long form when the name has one, else the name as written. */
  label: string;
  aliases: string[];
  kind: EntryKind;
  type?: ActorType;
  /** Occurrences of the name and its aliases. */
  count: number;
}

/** The glossary entry a candidate stands for: an acronym with a known long form is filed under the long form. */
export function candidateEntry(c: NamedCandidate): Omit<CandidateEntry, 'count'> {
  const other = c.aliases?.[0];
  const spelledOut = other !== undefined && other.length > c.text.length && !/\s/.test(c.text);
  const entry: Omit<CandidateEntry, 'count'> = spelledOut ? { label: other, aliases: [c.text], kind: c.kind } : { label: c.text, aliases: c.aliases ?? [], kind: c.kind };
  if (c.type) entry.type = c.type;
  return entry;
}

/** Candidates grouped by entry (label, case-insensitively), most frequent first, then by label. */
export function countCandidates(candidates: Iterable<NamedCandidate>): CandidateEntry[] {
  const into = new Map<string, CandidateEntry>();
  for (const c of candidates) addEntry(into, { ...candidateEntry(c), count: 1 });
  return sortEntries(into);
}

/** Adds counted entries (e.g. several briefs' digests) into `into`. */
export function mergeCandidateCounts(lists: Iterable<readonly CandidateEntry[]>): CandidateEntry[] {
  const into = new Map<string, CandidateEntry>();
  for (const list of lists) for (const e of list) addEntry(into, { ...e, aliases: [...e.aliases] });
  return sortEntries(into);
}

function addEntry(into: Map<string, CandidateEntry>, entry: CandidateEntry): void {
  const key = entry.label.toLowerCase();
  const found = into.get(key);
  if (!found) {
    into.set(key, entry);
    return;
  }
  found.count += entry.count;
  for (const a of entry.aliases) if (!found.aliases.includes(a)) found.aliases.push(a);
  if (!found.type && entry.type) found.type = entry.type;
}

function sortEntries(into: Map<string, CandidateEntry>): CandidateEntry[] {
  return [...into.values()].sort(byCountThenLabel);
}
