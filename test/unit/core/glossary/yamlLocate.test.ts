import { parseDocument } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { documentToJS, formatPath, locate, parseYaml, zodIssuesToDiagnostics } from '../../../../server/src/core/glossary/yamlLocate';

const TEXT = 'a:\n  b: [one, two]\n  c:\n    d: 4\n';

describe('parseYaml', () => {
  it('returns the document and no diagnostics for valid YAML', () => {
    const { doc, diagnostics } = parseYaml(TEXT, 'code-x');
    expect(diagnostics).toEqual([]);
    expect(doc.toJS()).toEqual({ a: { b: ['one', 'two'], c: { d: 4 } } });
  });

  it('turns syntax errors into one-line diagnostics with the given code, inside the text', () => {
    const text = 'a: [1, 2\n';
    const { diagnostics } = parseYaml(text, 'code-x');
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d).toMatchObject({ severity: 'error', code: 'code-x' });
      expect(d.message).not.toContain('\n');
      expect(d.message).not.toMatch(/at line \d+, column \d+/);
      expect(d.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('locate', () => {
  const doc = parseDocument(TEXT);
  const slice = (r: { start: number; end: number }) => TEXT.slice(r.start, r.end);

  it('finds the node at a path', () => {
    expect(slice(locate(doc, ['a', 'b', 1]))).toBe('two');
    expect(slice(locate(doc, ['a', 'c', 'd']))).toBe('4');
  });

  it('finds a key of a map when asked', () => {
    expect(slice(locate(doc, ['a', 'c'], 'd'))).toBe('d');
  });

  it('falls back to the first key of the closest existing map', () => {
    expect(slice(locate(doc, ['a', 'missing', 'x']))).toBe('b');
    expect(slice(locate(doc, ['a', 'b', 9]))).toBe('[');
  });
});

describe('zodIssuesToDiagnostics', () => {
  it('places each issue at its node with a readable message', () => {
    const text = 'a:\n  b: [one, 2]\n  c: {d: x}\n  e: 1\n';
    const doc = parseDocument(text);
    const schema = z.strictObject({ a: z.strictObject({ b: z.array(z.string()), c: z.object({ d: z.enum(['p', 'q']) }), f: z.string() }) });
    const result = schema.safeParse(doc.toJS());
    expect(result.success).toBe(false);
    const diagnostics = zodIssuesToDiagnostics(doc, result.error!.issues, 'c');
    expect(diagnostics.map((d) => [d.message, text.slice(d.start, d.end)])).toEqual([
      ['a.b[1]: expected string, received number', '2'],
      ['a.c.d: must be one of "p", "q"', 'x'],
      ['a: "f" is required', 'b'],
      ['a: unknown field "e"', 'e'],
    ]);
  });
});

describe('documentToJS', () => {
  it('returns the data of a document', () => {
    expect(documentToJS(parseDocument(TEXT), 'c')).toEqual({ value: { a: { b: ['one', 'two'], c: { d: 4 } } } });
  });

  it('reports an unresolved alias at the alias, never throwing', () => {
    const text = 'a: 1\nb: *missing\n';
    const result = documentToJS(parseDocument(text), 'c');
    expect(result.value).toBeUndefined();
    expect(result.diagnostic).toMatchObject({ severity: 'error', code: 'c', message: 'Unresolved alias (the anchor must be set before the alias): missing' });
    expect(text.slice(result.diagnostic!.start, result.diagnostic!.end)).toBe('*missing');
  });
});

describe('formatPath', () => {
  it('writes paths the way users read them', () => {
    expect(formatPath(['concepts', 3, 'layer'])).toBe('concepts[3].layer');
    expect(formatPath([])).toBe('');
    expect(formatPath(['a', 'b'])).toBe('a.b');
  });
});
