import { describe, expect, it } from 'vitest';
import { PieceText } from '../../../../server/src/core/text/pieceText';
import { findBacktickRun, findFrontMatterEnd, frontMatterEndOf, splitBlocks } from '../../../../server/src/core/markdown/splitBlocks';

/** Blocks as `[block text, inList, skipped text…]`, after checking that they tile the text. */
function blocks(text: string): Array<[string, boolean, ...string[]]> {
  const raw = splitBlocks(text);
  expect(raw[0]!.start).toBe(0);
  expect(raw[raw.length - 1]!.end).toBe(text.length);
  for (let i = 1; i < raw.length; i++) expect(raw[i]!.start).toBe(raw[i - 1]!.end);
  return raw.map((b) => {
    const skipped: string[] = [];
    for (let i = 0; i < b.skips.length; i += 2) skipped.push(text.slice(b.skips[i], b.skips[i + 1]));
    return [text.slice(b.start, b.end), b.inList, ...skipped];
  });
}

describe('splitBlocks', () => {
  it('splits at blank lines; a block keeps the blank lines after it', () => {
    expect(blocks('a\nb\n\nc\n')).toEqual([
      ['a\nb\n\n', false],
      ['c\n', false],
    ]);
  });

  it('returns one empty block for an empty text', () => {
    expect(splitBlocks('')).toEqual([{ start: 0, end: 0, inList: false, skips: [] }]);
  });

  it('gives leading blank lines a block of their own', () => {
    expect(blocks('\n\n\na\n\n\n')).toEqual([
      ['\n\n\n', false],
      ['a\n\n\n', false],
    ]);
  });

  it('treats CRLF and white-space-only lines as blank', () => {
    expect(blocks('a\r\n\r\nb\n \t\nc')).toEqual([
      ['a\r\n\r\n', false],
      ['b\n \t\n', false],
      ['c', false],
    ]);
  });

  it('skips front matter as its own block, blank lines included', () => {
    expect(blocks('---\ntitle: x\n\nmore: y\n---\nBody\n\nNext')).toEqual([
      ['---\ntitle: x\n\nmore: y\n---\n', false, '---\ntitle: x\n\nmore: y\n---\n'],
      ['Body\n\n', false],
      ['Next', false],
    ]);
  });

  it('accepts "..." as the end of front matter, and sees no front matter without an end', () => {
    expect(blocks('---\na: 1\n...\nBody')).toEqual([
      ['---\na: 1\n...\n', false, '---\na: 1\n...\n'],
      ['Body', false],
    ]);
    expect(blocks('---\nno end\n\nBody')).toEqual([
      ['---\nno end\n\n', false],
      ['Body', false],
    ]);
  });

  it('keeps a fenced code block with blank lines in one block, skipped line by line', () => {
    expect(blocks('p\n\n```js\ncode\n\nmore\n```\nafter\n\nlast')).toEqual([
      ['p\n\n', false],
      ['```js\ncode\n\nmore\n```\nafter\n\n', false, '```js\n', 'code\n', '\n', 'more\n', '```\n'],
      ['last', false],
    ]);
  });

  it('closes a fence only with the same character, at least as long', () => {
    expect(blocks('````\n```\n~~~~\nstill\n````\nout')).toEqual([['````\n```\n~~~~\nstill\n````\nout', false, '````\n', '```\n', '~~~~\n', 'still\n', '````\n']]);
  });

  it('runs an unclosed fence to the end of the text', () => {
    expect(blocks('~~~\ncode\n\nmore')).toEqual([['~~~\ncode\n\nmore', false, '~~~\n', 'code\n', '\n', 'more']]);
  });

  it('does not take a backtick line with a backtick in its info string for a fence', () => {
    expect(blocks('```a`b\ntext')).toEqual([['```a`b\ntext', false]]);
  });

  it('skips indented code after a blank line, but not inside a list or a paragraph', () => {
    expect(blocks('p\n    not code\n\n    code\n\n- item\n\n    continuation\n\nend\n\n    code again')).toEqual([
      ['p\n    not code\n\n', false],
      ['    code\n\n', false, '    code\n'],
      ['- item\n\n', false],
      ['    continuation\n\n', true],
      ['end\n\n', true], // entered inside the list; "end" closes it
      ['    code again', false, '    code again'],
    ]);
  });

  it('ends indented code at the first unindented line', () => {
    expect(blocks('    code\nnot code\n    lazy')).toEqual([
      ['    code\n', false, '    code\n'],
      ['not code\n    lazy', false],
    ]);
  });

  it('recognises numbered list items', () => {
    expect(blocks('1. one\n\n    two')).toEqual([
      ['1. one\n\n', false],
      ['    two', true],
    ]);
  });

  it('skips HTML comments, also over several lines and blank lines', () => {
    expect(blocks('x <!-- a\n\nb --> y\n\nz <!-- one --> w')).toEqual([
      ['x <!-- a\n\nb --> y\n\n', false, '<!-- a\n', '\n', 'b -->'],
      ['z <!-- one --> w', false, '<!-- one -->'],
    ]);
  });

  it('does not open a comment inside inline code', () => {
    expect(blocks('`<!--` x\n\ny')).toEqual([
      ['`<!--` x\n\n', false],
      ['y', false],
    ]);
  });

  it('skips reference definitions, not citations', () => {
    expect(blocks('[ref]: https://x.org\n[@cite]: no\ntext')).toEqual([['[ref]: https://x.org\n[@cite]: no\ntext', false, '[ref]: https://x.org\n']]);
  });

  it('starts from a given block and stops where shouldStop says', () => {
    const text = 'a\n\nb\n\nc';
    const asked: Array<[number, boolean]> = [];
    const result = splitBlocks(text, 3, true, (start, inList) => {
      asked.push([start, inList]);
      return start === 6;
    });
    expect(result).toEqual([{ start: 3, end: 6, inList: true, skips: [] }]);
    expect(asked).toEqual([[6, false]]);
  });
});

describe('findFrontMatterEnd', () => {
  it('finds the end of front matter at the very start', () => {
    expect(findFrontMatterEnd('---\na: 1\n---\nx')).toBe(13);
    expect(findFrontMatterEnd('---\na: 1\n---')).toBe(12);
    expect(findFrontMatterEnd('--- \r\na\r\n--- \r\nx')).toBe(15);
  });

  it('is 0 without front matter', () => {
    expect(findFrontMatterEnd('x\n---\na\n---\n')).toBe(0);
    expect(findFrontMatterEnd('---')).toBe(0);
    expect(findFrontMatterEnd('---\n')).toBe(0);
    expect(findFrontMatterEnd('----\na\n---\n')).toBe(0);
  });
});

describe('frontMatterEndOf', () => {
  it('finds in a text in pieces, read in growing prefixes, what findFrontMatterEnd finds in the string', () => {
    const long = 'x: 1\n'.repeat(3000); // past the first prefixes read
    const texts = [
      '---\na: 1\n---\nx', '---\na: 1\n---', `---\n${long}---\nafter`, `---\n${long}`, `---\n${long}----\n${long}---\n`,
      `---${' '.repeat(9000)}\na\n---\n`, `---\n${'a'.repeat(4093)}\n---x\n---\n`, `---\n${'a'.repeat(4088)}\n----`, 'x\n---\na\n---\n', '----\na\n---\n', '---', '',
    ];
    for (const text of texts) {
      const parts = text.match(/[\s\S]{1,1000}/g) ?? [];
      expect(frontMatterEndOf(PieceText.fromPieces(parts)), JSON.stringify(text.slice(0, 20))).toBe(findFrontMatterEnd(text));
    }
  });
});

describe('findBacktickRun', () => {
  it('finds a run of exactly the given length', () => {
    expect(findBacktickRun('a ``b` c`` d', 4, 12, 2)).toBe(8);
    expect(findBacktickRun('a `b` c', 3, 7, 2)).toBe(-1);
    expect(findBacktickRun('x ``` `', 0, 7, 1)).toBe(6);
  });
});
