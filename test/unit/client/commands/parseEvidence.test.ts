import { describe, expect, it } from 'vitest';
import { evidenceWarning, formatEvidence, parseEvidence } from '../../../../client/src/commands/parseEvidence';

describe('parseEvidence', () => {
  it('splits on commas and white space, dropping empties and repeats', () => {
    expect(parseEvidence(' https://a.org/x, @key1  @key2,,https://a.org/x\n@key3 ')).toEqual(['https://a.org/x', '@key1', '@key2', '@key3']);
    expect(parseEvidence('')).toEqual([]);
    expect(parseEvidence(' , ')).toEqual([]);
  });

  it('round-trips with the prefilled value', () => {
    const evidence = ['https://a.org/x?y=1', '@key'];
    expect(parseEvidence(formatEvidence(evidence))).toEqual(evidence);
    expect(formatEvidence(undefined)).toBe('');
  });
});

describe('evidenceWarning', () => {
  it('accepts URLs of any scheme and @citekeys', () => {
    expect(evidenceWarning('https://a.org, doi:10.1/x @smith2020 mailto:a@b.org')).toBeUndefined();
    expect(evidenceWarning('')).toBeUndefined();
  });

  it('names what is neither', () => {
    expect(evidenceWarning('@ok report.pdf')).toBe('"report.pdf" is neither a URL nor an @citekey; kept as written.');
    expect(evidenceWarning('a b')).toBe('"a", "b" are neither a URL nor an @citekey; kept as written.');
  });
});
