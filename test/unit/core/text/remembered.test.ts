import { describe, expect, it } from 'vitest';
import { remembered } from '../../../../server/src/core/text/remembered';

describe('remembered', () => {
  it('makes a word\'s value once, then answers from the map', () => {
    const cache = new Map<string, number>();
    const made: string[] = [];
    const make = (word: string) => (made.push(word), word.length);
    expect(remembered(cache, 'Zürich', make)).toBe(6);
    expect(remembered(cache, 'Zürich', make)).toBe(6);
    expect(remembered(cache, 'für', make)).toBe(3);
    expect(made).toEqual(['Zürich', 'für']);
  });

  it('empties a full map and goes on answering right', () => {
    const cache = new Map<string, string>();
    for (let i = 0; i < 20_000; i++) remembered(cache, `w${i}`, (w) => w.toUpperCase());
    expect(cache.size).toBe(20_000);
    expect(remembered(cache, 'über', (w) => w.toUpperCase())).toBe('ÜBER');
    expect(cache.size).toBe(1);
    expect(remembered(cache, 'w7', (w) => w.toUpperCase())).toBe('W7');
  });
});
