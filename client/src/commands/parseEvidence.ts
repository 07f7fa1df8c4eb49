// The evidence of a review, typed in one input box: URLs or @citekeys.

/** Items separated by commas or white space, in order, without repeats. */
export function parseEvidence(input: string): string[] {
  return [...new Set(input.split(/[\s,]+/).filter((item) => item !== ''))];
}

/** The input box's starting value for evidence already recorded. */
export function formatEvidence(evidence: readonly string[] | undefined): string {
  return (evidence ?? []).join(', ');
}

/** A warning for items that look like neither a URL nor an @citekey (they are still kept). */
export function evidenceWarning(input: string): string | undefined {
  const odd = parseEvidence(input).filter((item) => !/^@[^\s@]+$/.test(item) && !/^[a-z][a-z\d+.-]*:\S+$/i.test(item));
  if (odd.length === 0) return undefined;
  return `${odd.map((item) => `"${item}"`).join(', ')} ${odd.length === 1 ? 'is' : 'are'} neither a URL nor an @citekey; kept as written.`;
}
