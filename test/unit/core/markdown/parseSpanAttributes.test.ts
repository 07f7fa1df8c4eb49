import { describe, expect, it } from 'vitest';
import { parseSpanAttributes } from '../../../../server/src/core/markdown/parseSpanAttributes';

/** Parses `{inside}` written at offset 0. */
function parse(inside: string) {
  const text = `{${inside}}`;
  return parseSpanAttributes(text, 1, text.length - 1);
}

describe('parseSpanAttributes', () => {
  it('reads classes, an id and key=value pairs with their offsets', () => {
    const a = parse('.claim #models-lag layer=models kind=factual');
    expect(a.classes).toEqual([{ name: 'claim', start: 1, end: 7 }]);
    expect(a.id).toEqual({ value: 'models-lag', start: 8, end: 19, valueStart: 9, valueEnd: 19 });
    expect([...a.values]).toEqual([
      ['layer', { value: 'models', start: 20, end: 32, valueStart: 26, valueEnd: 32 }],
      ['kind', { value: 'factual', start: 33, end: 45, valueStart: 38, valueEnd: 45 }],
    ]);
    expect(a.errors).toEqual([]);
  });

  it('reads double- and single-quoted values with backslash escapes', () => {
    const a = parse('a="quoted \\"v\\" \\\\ x" b=\'it\\\'s\' c="{}"');
    expect(a.values.get('a')).toEqual({ value: 'quoted "v" \\ x', start: 1, end: 22, valueStart: 4, valueEnd: 21 });
    expect(a.values.get('b')?.value).toBe("it's");
    expect(a.values.get('c')?.value).toBe('{}');
    expect(a.errors).toEqual([]);
  });

  it('reads several classes, in any order with the id', () => {
    const a = parse('#x .notag .other-class');
    expect(a.classes.map((c) => c.name)).toEqual(['notag', 'other-class']);
    expect(a.id?.value).toBe('x');
  });

  it('accepts unicode in unquoted values and names', () => {
    const a = parse('about=sécurité .é');
    expect(a.values.get('about')?.value).toBe('sécurité');
    expect(a.classes[0]?.name).toBe('é');
  });

  it('is empty for empty braces', () => {
    expect(parse('  ')).toEqual({ classes: [], id: undefined, values: new Map(), errors: [] });
  });

  it('locates an unterminated quote', () => {
    expect(parse('.claim k="open').errors).toEqual([{ message: 'The quoted value starting here is never closed (missing ").', start: 8, end: 15 }]);
  });

  it('locates a key without a value', () => {
    expect(parse('k= .claim').errors).toEqual([{ message: 'The attribute has no value after "=".', start: 1, end: 3 }]);
  });

  it('locates tokens that are not attributes', () => {
    expect(parse('=x !bad #a').errors).toEqual([
      { message: '"=x" is not an attribute: use .class, #id or key=value.', start: 1, end: 3 },
      { message: '"!bad" is not an attribute: use .class, #id or key=value.', start: 4, end: 8 },
    ]);
  });

  it('locates empty and invalid classes and ids', () => {
    expect(parse('. # .cl@ss').errors).toEqual([
      { message: '"." is not a valid class.', start: 1, end: 2 },
      { message: '"#" is not a valid id.', start: 3, end: 4 },
      { message: '".cl@ss" is not a valid class.', start: 5, end: 11 },
    ]);
  });

  it('locates a second id and keeps the first', () => {
    const a = parse('#a #b');
    expect(a.id?.value).toBe('a');
    expect(a.errors).toEqual([{ message: 'A span has one id; "#b" is a second one.', start: 4, end: 6 }]);
  });

  it('locates a duplicate key and keeps the first value', () => {
    const a = parse('k=1 k="2"');
    expect(a.values.get('k')?.value).toBe('1');
    expect(a.errors).toEqual([{ message: 'The attribute "k" is given twice.', start: 5, end: 10 }]);
  });

  it('reads only the given range of a larger text', () => {
    const text = 'before [x]{.claim #id} after';
    const a = parseSpanAttributes(text, 11, 21);
    expect(a.classes).toEqual([{ name: 'claim', start: 11, end: 17 }]);
    expect(a.id?.value).toBe('id');
  });
});
