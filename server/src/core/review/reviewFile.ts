import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { z } from 'zod';
import { Codes } from '../diagnosticCodes';
import { fnv } from '../text/tokenize';
import { REVIEW_STATUSES, type OffsetDiagnostic, type ReviewStatus } from '../types';
import { locate, parseAndValidate } from '../glossary/yamlLocate';

// The review sidecar: `brief.md` → `brief.review.yaml` (DESIGN.md section 3). Its schemas are
// built when the first sidecar is read: a check of briefs without one does not pay for them.

function makeSchemas() {
  const reviewRecordSchema = z.strictObject({
    status: z.enum(REVIEW_STATUSES as [ReviewStatus, ...ReviewStatus[]]),
    reviewer: z.string().optional(),
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
    note: z.string().optional(),
    evidence: z.array(z.string()).optional(),
    // An all-digit fingerprint written without quotes reads as a YAML number: take it back as text.
    fingerprint: z
      .union([z.string(), z.number().int().nonnegative().transform((n) => String(n).padStart(8, '0'))])
      .pipe(z.string().regex(/^[0-9a-f]{8}$/, 'a fingerprint is 8 hexadecimal digits'))
      .optional(),
  });

  const reviewFileSchema = z.strictObject({
    version: z.literal(1),
    claims: z.record(z.string(), reviewRecordSchema).nullish(),
  });
  return { record: reviewRecordSchema, file: reviewFileSchema };
}

let schemas: ReturnType<typeof makeSchemas> | undefined;

export type ReviewRecord = z.infer<ReturnType<typeof makeSchemas>['record']>;

export interface ReviewFile {
  records: Map<string, ReviewRecord & { start: number; end: number }>;
  diagnostics: OffsetDiagnostic[];
  /** False when the file could not be read as a review file; records is then empty. */
  valid: boolean;
}

export function parseReviewFile(text: string): ReviewFile {
  const out: ReviewFile = { records: new Map(), diagnostics: [], valid: false };
  if (text.trim() === '') {
    out.valid = true;
    return out;
  }
  // A file of comments only is an empty review file, not a broken one.
  const { doc, value, diagnostics } = parseAndValidate(text, (schemas ??= makeSchemas()).file, Codes.invalidReviewFile, { version: 1 });
  out.diagnostics.push(...diagnostics);
  if (!value) return out;
  out.valid = true;
  for (const [id, record] of Object.entries(value.claims ?? {})) {
    out.records.set(id, { ...record, ...locate(doc, ['claims'], id) });
  }
  return out;
}

/** FNV-1a of the claim's normalised text, as 8 hex digits. */
export function fingerprintClaim(text: string): string {
  // Most claims are printable ASCII with single spaces: already normalised, so neither copied nor
  // scanned again (about 1 µs a claim instead of 2-2.5).
  const normalised = NOT_PLAIN.test(text) ? text.normalize('NFC').replace(/\s+/g, ' ').trim() : text;
  return (fnv(normalised, 0, normalised.length, false) >>> 0).toString(16).padStart(8, '0');
}

/** What normalising could change: a character beyond printable ASCII, two spaces, a space at either end. */
const NOT_PLAIN = /[^\x20-\x7e]|  |^ | $/;

export type ReviewUpdate = { ok: true; text: string } | { ok: false; error: string };

/**
 * Writes one claim's record, keeping the rest of the file: other records, comments and order.
 * A file that does not parse is never rewritten.
 */
export function setReviewRecord(text: string | undefined, claimId: string, record: ReviewRecord): ReviewUpdate {
  const doc = parseDocument(text && text.trim() !== '' ? text : 'version: 1\nclaims: {}\n');
  if (doc.errors.length > 0) return { ok: false, error: `The review file has YAML errors (${doc.errors[0]!.message.split('\n')[0]}); fix them first.` };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) doc.contents = doc.createNode({ version: 1, claims: {} }) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) return { ok: false, error: 'The review file is not a YAML mapping with "version" and "claims".' };
  if (!doc.has('version')) doc.set('version', 1);
  let claims = doc.get('claims', true);
  if (!isMap(claims)) {
    if (claims !== undefined && claims !== null && !(isScalar(claims) && claims.value === null)) {
      return { ok: false, error: 'The review file\'s "claims" is not a mapping.' };
    }
    doc.set('claims', doc.createNode({}));
    claims = doc.get('claims', true);
  }
  const map = claims as YAMLMap;
  if (map.flow && map.items.length === 0) map.flow = false;
  const existing = map.get(claimId, true);
  const fields: Array<keyof ReviewRecord> = ['status', 'reviewer', 'date', 'note', 'evidence', 'fingerprint'];
  if (isMap(existing)) {
    for (const field of fields) {
      const value = record[field];
      const node = existing.get(field, true);
      if (value === undefined || (Array.isArray(value) && value.length === 0)) existing.delete(field);
      else if (isScalar(node) && typeof value !== 'object') node.value = value; // keeps its comment
      else existing.set(field, doc.createNode(value));
    }
  } else {
    const clean: Record<string, unknown> = {};
    for (const field of fields) {
      const value = record[field];
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) clean[field] = value;
    }
    map.set(doc.createNode(claimId), doc.createNode(clean));
  }
  let expected: string;
  try {
    expected = JSON.stringify(doc.toJS({ maxAliasCount: 100 }));
  } catch (error) {
    // An alias to a missing anchor, a circular or excessive alias: not a file to rewrite.
    return { ok: false, error: `The review file cannot be read (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}); fix it first.` };
  }
  const indent = itemIndent(text ?? '', map);
  const rendered = doc.toString({ lineWidth: 0, indent });
  return { ok: true, text: text ? spliceRecord(text, rendered, claimId, expected) ?? rendered : rendered };
}

/** Column of the claims map's keys, so an added record lines up with the others. */
function itemIndent(text: string, map: YAMLMap): number {
  const first = map.items.find((p) => isScalar(p.key) && p.key.range);
  if (!first || !isScalar(first.key) || !first.key.range) return 2;
  const at = first.key.range[0];
  return Math.max(2, at - (text.lastIndexOf('\n', at - 1) + 1));
}

/**
 * Puts the one rendered record into the original text, so every other byte stays as it was;
 * undefined (use the whole rendering) when the result would not read back the same.
 */
function spliceRecord(original: string, rendered: string, claimId: string, expected: string): string | undefined {
  const before = recordPairs(original);
  const after = recordPairs(rendered);
  const fresh = after?.get(claimId);
  if (!before || !fresh) return undefined;
  // The rendering has LF line ends: a CRLF file keeps CRLF in the written record too.
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const piece = rendered.slice(fresh.start, fresh.end).replace(/\n/g, eol);
  const old = before.get(claimId);
  let result: string;
  if (old) result = original.slice(0, old.start) + piece + original.slice(old.end);
  else {
    const last = [...before.values()].pop();
    if (!last) return undefined;
    const column = last.start - (original.lastIndexOf('\n', last.start - 1) + 1);
    // A block record's range ends after its line break, a flow or scalar one before it.
    const record = ' '.repeat(column) + (piece.endsWith(eol) ? piece.slice(0, -eol.length) : piece);
    const at = last.end;
    result = original[at - 1] === '\n' ? original.slice(0, at) + record + eol + original.slice(at) : original.slice(0, at) + eol + record + original.slice(at);
  }
  const check = parseDocument(result);
  try {
    return check.errors.length === 0 && JSON.stringify(check.toJS({ maxAliasCount: 100 })) === expected ? result : undefined;
  } catch {
    return undefined;
  }
}

function recordPairs(text: string): Map<string, { start: number; end: number }> | undefined {
  const doc = parseDocument(text);
  const claims = doc.get('claims', true);
  if (doc.errors.length > 0 || !isMap(claims) || claims.flow) return undefined;
  const out = new Map<string, { start: number; end: number }>();
  for (const pair of claims.items) {
    if (!isScalar(pair.key) || !pair.key.range) return undefined;
    const value = pair.value as { range?: [number, number, number] } | null;
    const end = value?.range ? value.range[1] : pair.key.range[1];
    out.set(String(pair.key.value), { start: pair.key.range[0], end });
  }
  return out;
}
