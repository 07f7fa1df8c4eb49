import { isMap, isScalar, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { glossarySchemas } from './glossarySchema';
import type { ActorType, EntryKind } from '../types';

// Adds one entry to a team glossary file, keeping every other byte (comments, order, quoting).

export interface NewEntry {
  kind: EntryKind;
  id: string;
  label: string;
  aliases?: string[];
  layer?: string;
  /** The concept's definition or the actor's description; may be written later. */
  definition?: string;
  /** Actors only; `other` when not given. */
  type?: ActorType;
}

export type GlossaryUpdate = { ok: true; text: string } | { ok: false; error: string };

export function addGlossaryEntry(text: string | undefined, path: string, entry: NewEntry): GlossaryUpdate {
  if (!glossarySchemas().entryId.safeParse(entry.id).success) return { ok: false, error: `"${entry.id}" is not a valid id.` };
  const record = entryRecord(entry);
  const section = entry.kind === 'concept' ? 'concepts' : 'actors';
  if (path.toLowerCase().endsWith('.json')) return addToJson(text, section, entry.id, record);
  const source = text && text.trim() !== '' ? text : 'version: 1\n';
  const doc = parseDocument(source);
  if (doc.errors.length > 0) return { ok: false, error: `The glossary file has YAML errors (${doc.errors[0]!.message.split('\n')[0]}); fix them first.` };
  if (!isMap(doc.contents)) return { ok: false, error: 'The glossary file is not a YAML mapping with "version", "concepts" and "actors".' };
  const list = doc.get(section, true);
  if (isSeq(list) && list.items.some((item) => isMap(item) && item.get('id') === entry.id)) {
    return { ok: false, error: `The glossary already has ${entry.kind === 'actor' ? 'an actor' : 'a concept'} with the id "${entry.id}".` };
  }
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const item = renderItem(record, eol);
  if (isSeq(list) && !list.flow && list.items.length > 0) return { ok: true, text: appendToBlockList(source, list, item, eol) };
  if (list === undefined) {
    // No such section yet: write it at the end of the file.
    const body = source.endsWith('\n') ? source : source + eol;
    return { ok: true, text: `${body}${section}:${eol}${indentLines(item, 2, eol)}${eol}` };
  }
  // `section:` with nothing after it reads as a null scalar, not as a missing section.
  if ((isSeq(list) && list.items.length === 0) || (isScalar(list) && list.value === null)) {
    const filled = fillEmptySection(source, section, indentLines(item, 2, eol), eol);
    if (filled === undefined) return { ok: false, error: `Cannot add to the "${section}" section as written; add the entry by hand.` };
    return { ok: true, text: filled };
  }
  return { ok: false, error: `The "${section}" section is not a list of entries.` };
}

function entryRecord(entry: NewEntry): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entry.id, label: entry.label };
  if (entry.kind === 'actor') out.type = entry.type ?? 'other';
  if (entry.aliases?.length) out.aliases = entry.aliases;
  if (entry.layer) out.layer = entry.layer;
  if (entry.definition?.trim()) out[entry.kind === 'concept' ? 'definition' : 'description'] = entry.definition.trim();
  return out;
}

/** `- id: x\n  label: X` without a trailing line break, from a one-item YAML document. */
function renderItem(record: Record<string, unknown>, eol: string): string {
  const doc = parseDocument('[]');
  const list = doc.createNode([record]);
  // Aliases as `[EU, European Union]`, as glossaries are written by hand.
  const item = list.items[0];
  const aliases = isMap(item) ? item.get('aliases', true) : undefined;
  if (isSeq(aliases)) aliases.flow = true;
  doc.contents = list as unknown as typeof doc.contents;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().replace(/\n/g, eol);
}

function appendToBlockList(source: string, list: YAMLSeq, item: string, eol: string): string {
  const last = list.items[list.items.length - 1] as { range?: [number, number, number] };
  const firstItem = list.items[0] as { range?: [number, number, number] };
  const firstStart = firstItem.range?.[0] ?? 0;
  const lineStart = source.lastIndexOf('\n', firstStart - 1) + 1;
  // The dash sits two columns before a mapping item's first key in the usual layouts.
  const dash = source.lastIndexOf('-', firstStart - 1);
  const column = dash >= lineStart ? dash - lineStart : Math.max(0, firstStart - lineStart - 2);
  const end = last.range?.[1] ?? source.length;
  const lineEnd = source.indexOf('\n', Math.max(end - 1, 0));
  const at = lineEnd === -1 ? source.length : source[end - 1] === '\n' ? end : lineEnd + 1;
  const piece = indentLines(item, column, eol) + eol;
  return at === source.length && !source.endsWith('\n') ? source + eol + piece : source.slice(0, at) + piece + source.slice(at);
}

function indentLines(text: string, column: number, eol: string): string {
  const pad = ' '.repeat(column);
  return text
    .split(eol)
    .map((line) => pad + line)
    .join(eol);
}

/**
 * Writes the entry under an empty `section: []`, `section: ~` or bare `section:` line, where it
 * stands, so the file's order and the line's comment stay (moving the section made a larger diff
 * and dropped the comment).
 */
function fillEmptySection(source: string, section: string, block: string, eol: string): string | undefined {
  const pattern = new RegExp(`^${section}:([ \\t]*)(\\[[ \\t]*\\]|~|null)?([ \\t]*#[^\\r\\n]*)?[ \\t]*(?:\\r?\\n|$)`, 'm');
  const match = pattern.exec(source);
  if (!match) return undefined;
  // Keep a comment with the whitespace before it (a `#` needs a space before it to be a comment).
  const comment = match[3] ? (match[2] ? match[3] : match[1]! + match[3]) : '';
  const end = match.index + match[0].length;
  const rest = source.slice(end);
  const filled = `${source.slice(0, match.index)}${section}:${comment}${eol}${block}${eol}${rest}`;
  // A value on the next line (`section:` then `  []`) is not handled here: refuse rather than break the file.
  const check = parseDocument(filled);
  const list = check.errors.length === 0 ? check.get(section, true) : undefined;
  return isSeq(list) && list.items.length === 1 ? filled : undefined;
}

function addToJson(text: string | undefined, section: string, id: string, record: Record<string, unknown>): GlossaryUpdate {
  let data: Record<string, unknown>;
  try {
    data = text && text.trim() !== '' ? (JSON.parse(text) as Record<string, unknown>) : { version: 1 };
  } catch (error) {
    return { ok: false, error: `The glossary file is not valid JSON (${(error as Error).message}); fix it first.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'The glossary file is not a JSON object.' };
  const list = (data[section] ??= []) as unknown;
  if (!Array.isArray(list)) return { ok: false, error: `The "${section}" section is not a list of entries.` };
  if (list.some((e) => (e as { id?: unknown })?.id === id)) return { ok: false, error: `The glossary already has an entry with the id "${id}".` };
  list.push(record);
  const indent = /\n([ \t]+)"/.exec(text ?? '')?.[1] ?? '  ';
  // Keep CRLF line ends too, else the whole file would change (JSON.stringify escapes newlines in strings).
  const eol = text?.includes('\r\n') ? '\r\n' : '\n';
  return { ok: true, text: JSON.stringify(data, null, indent).replace(/\n/g, eol) + eol };
}
