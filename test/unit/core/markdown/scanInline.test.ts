import { describe, expect, it } from 'vitest';
import { scanInline } from '../../../../server/src/core/markdown/scanInline';

/** The masked pieces of `text`. */
function masked(text: string): string[] {
  const { masks } = scanInline(text);
  const out: string[] = [];
  for (let i = 0; i < masks.length; i += 2) out.push(text.slice(masks[i], masks[i + 1]));
  return out;
}

describe('scanInline masks', () => {
  it('masks code spans of any backtick length', () => {
    expect(masked('a `c` b ``d`e`` f')).toEqual(['`c`', '``d`e``']);
  });

  it('leaves an unmatched backtick run alone', () => {
    expect(masked('a ``b` c')).toEqual([]);
  });

  it('masks autolinks, e-mail autolinks and HTML tags, not a lone "<"', () => {
    expect(masked('<https://x.org/a> <a@b.co> <b>bold</b> <span title="EU"> 1 < 2 <not a tag')).toEqual([
      '<https://x.org/a>',
      '<a@b.co>',
      '<b>',
      '</b>',
      '<span title="EU">',
    ]);
  });

  it('masks bare URLs without trailing punctuation, not inside a word', () => {
    expect(masked('see https://x.org/p. and www.ex.com, also xhttp://no (HTTP://UP.org)')).toEqual(['https://x.org/p', 'www.ex.com', 'HTTP://UP.org']);
  });

  it('masks citation keys, not e-mail addresses', () => {
    const scan = scanInline('[@a; @b:c.] mail@x.org (@k) -@d');
    expect(scan.citations).toEqual([
      { key: 'a', start: 1, end: 3 },
      { key: 'b:c', start: 5, end: 9 },
      { key: 'k', start: 24, end: 26 },
      { key: 'd', start: 29, end: 31 },
    ]);
    expect(masked('[@a; @b:c.] mail@x.org')).toEqual(['@a', '@b:c']);
  });

  it('masks link destinations and titles, not link text', () => {
    const text = '[Europe](https://eu.org/Europe "Europe") and [x](<a b> "t")';
    const scan = scanInline(text);
    expect(scan.links).toEqual([
      { start: 0, end: 40, destination: 'https://eu.org/Europe' },
      { start: 45, end: 59, destination: 'a b' },
    ]);
    expect(masked(text)).toEqual(['(https://eu.org/Europe "Europe")', '(<a b> "t")']);
  });

  it('balances parentheses in link destinations, and skips escaped ones', () => {
    const scan = scanInline('[w](https://en.wikipedia.org/wiki/AI_(disambiguation)) [e](a\\)b)');
    expect(scan.links.map((l) => l.destination)).toEqual(['https://en.wikipedia.org/wiki/AI_(disambiguation)', 'a\\)b']);
  });

  it('does not close a link across a blank line', () => {
    expect(scanInline('[a](b\n\nc)').links).toEqual([]);
  });

  it('masks the label of a full reference link', () => {
    expect(masked('[text][Europe] and [y][] end')).toEqual(['[Europe]', '[]']);
  });

  it('stays linear on thousands of unclosed links', () => {
    const text = '[a]('.repeat(50_000);
    const started = performance.now();
    expect(scanInline(text).links).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('scanInline spans', () => {
  it('reads a bracketed span with its attributes', () => {
    const scan = scanInline('x [t]{.claim #i} y');
    expect(scan.spans).toHaveLength(1);
    const span = scan.spans[0]!;
    expect([span.open, span.textStart, span.textEnd, span.attrStart, span.attrEnd]).toEqual([2, 3, 4, 5, 16]);
    expect(span.attributes.classes.map((c) => c.name)).toEqual(['claim']);
    expect(span.attributes.id?.value).toBe('i');
    expect(masked('x [t]{.claim #i} y')).toEqual(['{.claim #i}']);
  });

  it('reads nested spans, inner first', () => {
    const scan = scanInline('[[x]{.actor}]{.claim #c}');
    expect(scan.spans.map((s) => [s.open, s.textEnd, s.attrEnd, s.attributes.classes[0]!.name])).toEqual([
      [1, 3, 12, 'actor'],
      [0, 12, 24, 'claim'],
    ]);
  });

  it('allows "}" inside a quoted value', () => {
    const scan = scanInline('[t]{.claim source="a}b"} rest');
    expect(scan.spans[0]!.attrEnd).toBe(24);
    expect(scan.spans[0]!.attributes.values.get('source')?.value).toBe('a}b');
  });

  it('ignores escaped brackets', () => {
    const scan = scanInline('\\[not]{.claim} [a\\]b]{.notag}');
    expect(scan.spans.map((s) => [s.textStart, s.textEnd])).toEqual([[16, 20]]);
  });

  it('reports an attribute list never closed, up to the end of the line', () => {
    expect(scanInline('[a]{.claim #x\nnext').unclosed).toEqual([{ start: 3, end: 13 }]);
    expect(scanInline('[a]{.claim #x').unclosed).toEqual([{ start: 3, end: 13 }]);
  });

  it('reports an attribute list cut by a new "{" or an unterminated quote', () => {
    expect(scanInline('[a]{.claim {x}').unclosed).toEqual([{ start: 3, end: 14 }]);
    expect(scanInline('[a]{.claim k="open}').unclosed).toEqual([{ start: 3, end: 19 }]);
  });

  it('does not read a span whose attributes run into masked text', () => {
    expect(scanInline('[a]{.claim \u0000}').unclosed).toEqual([{ start: 3, end: 13 }]);
  });

  it('ignores unbalanced brackets', () => {
    const scan = scanInline('] [ [[ ]{x} ]] [');
    expect(scan.spans.map((s) => s.open)).toEqual([5]);
  });
});
