// Scoring of Briefmark's annotations against the development gold: plain functions over spans,
// so the rules of a match are tested on their own (test/unit/eval/scoreAnnotations.test.ts).

export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface GoldRow extends Span {
  kind: 'concept' | 'actor' | 'claim';
  id: string;
  /** Actor type or claim kind; '-' when none. */
  type: string;
  layer: string;
}

export interface GoldFile {
  /** The annotated file's name. */
  corpus: string;
  /** Its path under ../shared (`text:`); corpus/<name>.md by default. */
  text: string | undefined;
  /** What was annotated (`annotated-kinds:`): all three kinds unless it says otherwise. */
  kinds: ReadonlyArray<GoldRow['kind']>;
  /** 0-based lines [from, to] whose claims were annotated (`annotated-claim-lines:`), when other than `lines`. */
  claimLines: [number, number] | undefined;
  /** First 16 hex digits of the corpus text's SHA-256 when the gold was made. */
  sha: string;
  /** 0-based lines [from, to] that were annotated; other lines are not scored. */
  lines: [number, number] | undefined;
  rows: GoldRow[];
}

/**
 * Reads a gold TSV: `#` comment lines (with `corpus-sha256:`, `annotated-lines:` and optionally
 * `annotated-claim-lines:`, `annotated-kinds:` and `text:`), then one row per span.
 */
export function parseGold(corpus: string, text: string): GoldFile {
  const out: GoldFile = { corpus, text: undefined, kinds: ['concept', 'actor', 'claim'], sha: '', lines: undefined, claimLines: undefined, rows: [] };
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    if (raw.startsWith('#')) {
      const sha = /corpus-sha256:\s*([0-9a-f]+)/.exec(raw);
      if (sha) out.sha = sha[1]!;
      const lines = /annotated-lines:\s*(\d+)-(\d+)/.exec(raw);
      if (lines) out.lines = [Number(lines[1]), Number(lines[2])];
      const claimLines = /annotated-claim-lines:\s*(\d+)-(\d+)/.exec(raw);
      if (claimLines) out.claimLines = [Number(claimLines[1]), Number(claimLines[2])];
      const kinds = /annotated-kinds:\s*([a-z, ]+)/.exec(raw);
      if (kinds) out.kinds = kinds[1]!.split(/[, ]+/).filter((k): k is GoldRow['kind'] => k === 'concept' || k === 'actor' || k === 'claim');
      const path = /^#\s*text:\s*(\S+)/.exec(raw);
      if (path) out.text = path[1]!;
      continue;
    }
    const [line, start, end, kind, id, type, layer] = raw.split('\t');
    if (kind !== 'concept' && kind !== 'actor' && kind !== 'claim') throw new Error(`${corpus}: bad gold row "${raw}"`);
    out.rows.push({ line: Number(line), start: Number(start), end: Number(end), kind, id: id!, type: type!, layer: layer! });
  }
  return out;
}

/** Whether `line` was annotated for mentions (`claims` false) or for claims. */
export function inScope(gold: GoldFile, line: number, claims: boolean): boolean {
  const lines = (claims && gold.claimLines) || gold.lines;
  return !lines || (line >= lines[0] && line <= lines[1]);
}

/** Two spans are the same annotation when they sit on one line and overlap by half the longer one or more. */
export function sameSpan(a: Span, b: Span): boolean {
  if (a.line !== b.line) return false;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/**
 * A one-to-one matching of gold to predicted spans (greedy, largest overlap first), for pairs that
 * `accept` allows. Returns, for each gold span, the index of its predicted span or -1.
 */
export function matchSpans<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[], accept: (g: G, p: P) => boolean): number[] {
  const pairs: Array<[number, number, number]> = [];
  const byLine = new Map<number, number[]>();
  predicted.forEach((p, i) => byLine.set(p.line, [...(byLine.get(p.line) ?? []), i]));
  gold.forEach((g, gi) => {
    for (const pi of byLine.get(g.line) ?? []) {
      const p = predicted[pi]!;
      if (sameSpan(g, p) && accept(g, p)) pairs.push([Math.min(g.end, p.end) - Math.max(g.start, p.start), gi, pi]);
    }
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const goldTo = new Array<number>(gold.length).fill(-1);
  const taken = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (goldTo[gi] !== -1 || taken.has(pi)) continue;
    goldTo[gi] = pi;
    taken.add(pi);
  }
  return goldTo;
}

export interface Score {
  gold: number;
  predicted: number;
  /** Gold spans matched (recall's numerator). */
  found: number;
  /** Predicted spans matched (precision's numerator). */
  right: number;
}

export const recall = (s: Score): number => (s.gold === 0 ? 1 : s.found / s.gold);
export const precision = (s: Score): number => (s.predicted === 0 ? 1 : s.right / s.predicted);

export function addScores(a: Score, b: Score): Score {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, found: a.found + b.found, right: a.right + b.right };
}

export interface Mention extends Span {
  kind: 'concept' | 'actor';
}

/** Built-in coverage: a mention counts when Briefmark tags the same span as the same kind. */
export function scoreMentions(gold: readonly GoldRow[], predicted: readonly Mention[]): { score: Score; missed: GoldRow[] } {
  const names = gold.filter((g) => g.kind !== 'claim');
  const goldTo = matchSpans(names, predicted, (g, p) => g.kind === p.kind);
  const found = goldTo.filter((i) => i >= 0).length;
  return { score: { gold: names.length, predicted: predicted.length, found, right: found }, missed: names.filter((_, i) => goldTo[i] === -1) };
}

/**
 * A mention is written as a name when a word of it other than the field's own "AI" has a capital:
 * "Skills England", "ICs", "AI Office"; not "missions", "scientific panel" or "AI market", which are
 * notions, not names, and which no name finder looks for.
 */
export function isWrittenAsName(text: string): boolean {
  return text.split(/[^\p{L}\p{N}]+/u).some((w) => w !== 'AI' && /\p{Lu}/u.test(w));
}

/**
 * Candidates: of the gold mentions the glossary missed that are written as names, the share a
 * candidate covers; and of the candidates, the share that cover any gold mention.
 */
export function scoreCandidates(gold: readonly GoldRow[], missed: readonly GoldRow[], text: (s: Span) => string, candidates: readonly Span[]): Score {
  const names = missed.filter((g) => isWrittenAsName(text(g)));
  const found = matchSpans(names, candidates, () => true).filter((i) => i >= 0).length;
  const mentions = gold.filter((g) => g.kind !== 'claim');
  const right = candidates.filter((c) => mentions.some((g) => sameSpan(g, c))).length;
  return { gold: names.length, predicted: candidates.length, found, right };
}

/** Claim suggestions: a gold claim counts as found when a suggestion overlaps it by half the longer of the two. */
export function scoreSuggestions(gold: readonly GoldRow[], suggestions: readonly Span[]): Score {
  const claims = gold.filter((g) => g.kind === 'claim');
  const found = matchSpans(claims, suggestions, () => true).filter((i) => i >= 0).length;
  return { gold: claims.length, predicted: suggestions.length, found, right: found };
}

/** `text` with every gold claim wrapped as a bare span, `[…]{.claim}`: what a writer tags before filling in attributes. */
export function tagGoldClaims(text: string, gold: readonly GoldRow[]): string {
  const lines = text.split('\n');
  const claims = gold.filter((g) => g.kind === 'claim').sort((a, b) => a.line - b.line || b.start - a.start);
  for (const c of claims) {
    const line = lines[c.line]!;
    lines[c.line] = `${line.slice(0, c.start)}[${line.slice(c.start, c.end)}]{.claim}${line.slice(c.end)}`;
  }
  return lines.join('\n');
}

export interface AttributeScore {
  claims: number;
  kindRight: number;
  layerRight: number;
  /** How many the most frequent gold kind / layer (over all files) would get right. */
  kindBaseline: number;
  layerBaseline: number;
}

/**
 * Kind and layer of each gold claim against what Briefmark infers for it once tagged bare;
 * `found` lists the analysed claims per line, in order, as { kind, layer }.
 */
export function scoreAttributes(gold: readonly GoldRow[], found: ReadonlyMap<number, ReadonlyArray<{ kind: string | null; layer: string }>>, majority: { kind: string; layer: string }): AttributeScore {
  const out: AttributeScore = { claims: 0, kindRight: 0, layerRight: 0, kindBaseline: 0, layerBaseline: 0 };
  const byLine = new Map<number, GoldRow[]>();
  for (const g of gold) if (g.kind === 'claim') byLine.set(g.line, [...(byLine.get(g.line) ?? []), g]);
  for (const [line, rows] of byLine) {
    rows.sort((a, b) => a.start - b.start);
    const analysed = found.get(line) ?? [];
    rows.forEach((g, i) => {
      out.claims++;
      if (analysed[i]?.kind === g.type) out.kindRight++;
      if (analysed[i]?.layer === g.layer) out.layerRight++;
      if (majority.kind === g.type) out.kindBaseline++;
      if (majority.layer === g.layer) out.layerBaseline++;
    });
  }
  return out;
}

/** The most frequent value of `key` among the gold claims. */
export function majorityOf(gold: readonly GoldRow[], key: 'type' | 'layer'): string {
  const counts = new Map<string, number>();
  for (const g of gold) if (g.kind === 'claim') counts.set(g[key], (counts.get(g[key]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
