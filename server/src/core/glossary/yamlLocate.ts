import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { OffsetDiagnostic, Severity } from '../types';

export type NodePath = ReadonlyArray<string | number>;

export interface ParsedYaml {
  doc: Document.Parsed;
  /** Syntax errors and warnings from the YAML parser. */
  diagnostics: OffsetDiagnostic[];
}

/** Parses YAML (or JSON, which is YAML) keeping node positions. */
export function parseYaml(text: string, code: string): ParsedYaml {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: false });
  const diagnostics: OffsetDiagnostic[] = [];
  // The parser may place an error at end of input one past the text: keep offsets inside it.
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const push = (severity: Severity, e: { pos: [number, number]; message: string }) =>
    diagnostics.push({ severity, code, message: firstLine(e.message), start: clamp(e.pos[0]), end: clamp(Math.max(e.pos[1], e.pos[0])) });
  for (const e of doc.errors) push('error', e);
  for (const w of doc.warnings) push('warning', w);
  return { doc, diagnostics };
}

/**
 * The document as plain data. Aliases can make that fail although the YAML parsed (an alias to an
 * anchor never set, too many aliases): then an error at the first offending alias, never a throw.
 */
export function documentToJS(doc: Document.Parsed, code: string): { value: unknown; diagnostic?: undefined } | { value?: undefined; diagnostic: OffsetDiagnostic } {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    let where: { start: number; end: number } | undefined;
    let first: { start: number; end: number } | undefined;
    visit(doc, {
      Alias(_, node) {
        const range = node.range ? { start: node.range[0], end: node.range[1] } : { start: 0, end: 0 };
        first ??= range;
        if (!node.resolve(doc)) {
          where = range;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const message = firstLine(error instanceof Error ? error.message : String(error));
    return { diagnostic: { severity: 'error', code, message, ...(where ?? first ?? { start: 0, end: 0 }) } };
  }
}

export interface ValidatedYaml<T> {
  doc: Document.Parsed;
  /** The valid data, or undefined when `diagnostics` has an error. */
  value: T | undefined;
  diagnostics: OffsetDiagnostic[];
}

/**
 * Parses YAML with positions and validates it with a zod schema; every problem becomes a
 * diagnostic at its node. `empty` stands in for a document with no content (comments only).
 */
export function parseAndValidate<T>(text: string, schema: z.ZodType<T>, code: string, empty?: unknown): ValidatedYaml<T> {
  const { doc, diagnostics } = parseYaml(text, code);
  const out: ValidatedYaml<T> = { doc, value: undefined, diagnostics };
  if (doc.errors.length > 0) return out;
  const data = documentToJS(doc, code);
  if (data.diagnostic) {
    diagnostics.push(data.diagnostic);
    return out;
  }
  const result = schema.safeParse(data.value ?? empty);
  if (result.success) out.value = result.data;
  else diagnostics.push(...zodIssuesToDiagnostics(doc, result.error.issues, code));
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The offsets of the node at `path`, or of the closest ancestor's first key when the node is
 * missing (a missing required field is reported where its entry starts).
 */
export function locate(doc: Document.Parsed, path: NodePath, keyOf?: string): { start: number; end: number } {
  let node: unknown = doc.contents;
  for (const segment of path) {
    const child = childNode(node, segment);
    if (child === undefined) return headOf(node);
    node = child;
  }
  if (keyOf !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === keyOf);
    if (pair && isNode(pair.key)) return rangeOf(pair.key);
  }
  return isNode(node) ? rangeOf(node) : { start: 0, end: 0 };
}

function childNode(node: unknown, segment: string | number): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    return pair && isNode(pair.value) ? pair.value : pair && isNode(pair.key) ? pair.key : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return isNode(item) ? item : undefined;
  }
  return undefined;
}

function headOf(node: unknown): { start: number; end: number } {
  if (isMap(node)) {
    const first = node.items[0];
    if (first && isNode(first.key)) return rangeOf(first.key);
  }
  if (isNode(node)) {
    const r = rangeOf(node);
    return { start: r.start, end: r.start + 1 };
  }
  return { start: 0, end: 0 };
}

function rangeOf(node: Node): { start: number; end: number } {
  const range = node.range;
  if (!range) return { start: 0, end: 0 };
  return { start: range[0], end: Math.max(range[1], range[0]) };
}

/** Turns zod issues into diagnostics at the offending YAML node, with a readable message. */
export function zodIssuesToDiagnostics(doc: Document.Parsed, issues: readonly z.core.$ZodIssue[], code: string): OffsetDiagnostic[] {
  return issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
    const where = keys?.length ? locate(doc, issue.path as NodePath, keys[0]) : locate(doc, issue.path as NodePath);
    const missing = issue.path.length > 0 && !doc.hasIn(issue.path as NodePath);
    return { severity: 'error', code, message: missing ? requiredMessage(issue.path as NodePath) : readableIssue(issue), ...where };
  });
}

function requiredMessage(path: NodePath): string {
  const parent = formatPath(path.slice(0, -1));
  return `${parent ? parent + ': ' : ''}"${String(path[path.length - 1])}" is required`;
}

function readableIssue(issue: z.core.$ZodIssue): string {
  const at = formatPath(issue.path as NodePath);
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'unrecognized_keys') {
    return `${at ? at + ': ' : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    const parent = formatPath(issue.path.slice(0, -1) as NodePath);
    return `${parent ? parent + ': ' : ''}"${String(last)}" is required`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${at}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return at ? `${at}: ${message}` : message;
}

/** `concepts[3].layer` */
export function formatPath(path: NodePath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out;
}
