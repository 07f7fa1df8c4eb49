import { CompletionItemKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { Glossary } from '../../core/glossary/buildGlossary';
import { makeClaimId } from '../../core/review/makeClaimId';
import { CLAIM_KINDS, STANCES, type EntryKind } from '../../core/types';
import type { DocumentAnalyses } from '../workspace/BriefmarkWorkspace';
import { describeEntry } from './hover';
import type { OpenDocument } from '../workspace/OpenDocument';

// Completion inside a span's `{…}`: classes, keys, ids, layer ids and enum values.

const CLASSES: Array<[string, string]> = [
  ['claim', 'A claim that reviewers can check'],
  ['concept', 'Tags the text as a concept (with ref=<id>, or by its wording)'],
  ['actor', 'Tags the text as an actor (with ref=<id>, or by its wording)'],
  ['notag', 'Nothing inside is tagged'],
];
const CLAIM_KEYS: Array<[string, string]> = [
  ['layer', 'The claim’s layer'],
  ['kind', `${CLAIM_KINDS.join(' | ')}`],
  ['actor', 'The actor who asserts the claim'],
  ['about', 'The concepts the claim is about (comma-separated)'],
  ['stance', `${STANCES.join(' | ')}`],
  ['source', 'A URL or @citekey'],
];

interface AttributeContext {
  /** The text inside the braces up to the cursor. */
  before: string;
  /** The whole `{…}` text (to the closing brace or line end). */
  attributes: string;
  /** The span's text between `[` and `]`, when found on the same line. */
  spanText: string | undefined;
  /** Offset of the word being completed. */
  wordStart: number;
}

/** The `{…}` around the cursor, when the cursor is inside one that follows `]`. */
function attributeContext(text: string, offset: number): AttributeContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let open = -1;
  for (let i = offset - 1; i >= lineStart; i--) {
    const c = text[i];
    if (c === '}') return undefined;
    if (c === '{') {
      open = i;
      break;
    }
  }
  if (open <= 0 || text[open - 1] !== ']') return undefined;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const close = text.indexOf('}', offset);
  const attributes = text.slice(open + 1, close !== -1 && close < lineEnd ? close : lineEnd);
  const before = text.slice(open + 1, offset);
  const wordStart = offset - (/[^\s,=]*$/.exec(before)?.[0].length ?? 0);
  const bracket = findOpeningBracket(text, open - 1, lineStart);
  return { before, attributes, spanText: bracket === -1 ? undefined : text.slice(bracket + 1, open - 1), wordStart };
}

function findOpeningBracket(text: string, close: number, lineStart: number): number {
  let depth = 0;
  for (let i = close; i >= lineStart; i--) {
    if (text[i] === ']') depth++;
    else if (text[i] === '[' && --depth === 0) return i;
  }
  return -1;
}

export function completeAt(ws: DocumentAnalyses, doc: OpenDocument, position: Position, itemDefaults: boolean): CompletionList | null {
  const text = doc.text;
  const offset = doc.document.offsetAt(position);
  const context = attributeContext(text, offset);
  if (!context) return null;
  const glossary = ws.folderFor(doc.path).glossary;
  const range: Range = { start: doc.document.positionAt(context.wordStart), end: position };
  const all = itemsFor(context, glossary, doc);
  // A glossary's ids are many (1,400 built-in actors): the list is narrowed to what is typed, and
  // marked incomplete so that the editor asks again as the user types.
  const { items, isIncomplete } = narrow(all, text.slice(context.wordStart, offset), ws.report(doc)?.mentions);
  if (itemDefaults) return { isIncomplete, itemDefaults: { editRange: range }, items };
  return { isIncomplete, items: items.map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } })) };
}

/** At most this many items in one answer. */
const MAX_ITEMS = 150;

/**
 * The items whose id or label starts with `typed`, then those that contain it; the brief's own
 * entries first when nothing is typed yet. Lists within MAX_ITEMS are left whole.
 */
function narrow(items: CompletionItem[], typed: string, mentioned: ReadonlyArray<{ id: string }> | undefined): { items: CompletionItem[]; isIncomplete: boolean } {
  if (items.length <= MAX_ITEMS) return { items, isIncomplete: false };
  const q = typed.toLowerCase();
  const inBrief = q === '' ? idsOf(mentioned) : undefined;
  const labels = lowerLabels(items);
  const first: CompletionItem[] = [];
  const then: CompletionItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const label = labels[i]!;
    if (inBrief ? inBrief.has(item.label) : item.label.startsWith(q) || label.startsWith(q)) first.push(item);
    else if (q === '' || item.label.includes(q) || label.includes(q)) then.push(item);
    if (first.length >= MAX_ITEMS) break;
  }
  return { items: [...first, ...then].slice(0, MAX_ITEMS), isIncomplete: true };
}

// A long list is a glossary's cached items, and a brief's mentions stay the same until it changes:
// what narrowing needs of them is made once, not at each request (1,400 actors, 1,600 mentions).
const loweredLabels = new WeakMap<CompletionItem[], string[]>();
const mentionedIds = new WeakMap<ReadonlyArray<{ id: string }>, Set<string>>();

function lowerLabels(items: CompletionItem[]): string[] {
  let labels = loweredLabels.get(items);
  if (!labels) loweredLabels.set(items, (labels = items.map((item) => (item.detail ?? '').toLowerCase())));
  return labels;
}

function idsOf(mentioned: ReadonlyArray<{ id: string }> | undefined): Set<string> {
  if (!mentioned) return new Set();
  let ids = mentionedIds.get(mentioned);
  if (!ids) mentionedIds.set(mentioned, (ids = new Set(mentioned.map((m) => m.id))));
  return ids;
}

function itemsFor(context: AttributeContext, glossary: Glossary, doc: OpenDocument): CompletionItem[] {
  const word = /[^\s]*$/.exec(context.before)![0];
  const classes = [...context.attributes.matchAll(/(?:^|\s)\.([\w-]+)/g)].map((m) => m[1]);
  if (word.startsWith('.')) return classItems();
  if (word.startsWith('#')) return claimIdItems(context, doc);
  const equals = word.indexOf('=');
  if (equals !== -1) return valueItems(word.slice(0, equals), classes, glossary);
  if (classes.includes('claim')) return [...keyItems(CLAIM_KEYS), ...classItems()];
  if (classes.includes('actor') || classes.includes('concept')) return keyItems([['ref', `The ${classes.includes('actor') ? 'actor' : 'concept'} id`]]);
  return classItems();
}

function classItems(): CompletionItem[] {
  return CLASSES.map(([name, detail], i) => ({ label: `.${name}`, kind: CompletionItemKind.Keyword, detail, sortText: String(i) }));
}

function keyItems(keys: Array<[string, string]>): CompletionItem[] {
  return keys.map(([key, detail], i) => ({
    label: `${key}=`,
    kind: CompletionItemKind.Property,
    detail,
    sortText: `a${i}`,
    // Ask for the values right away.
    command: { title: 'Suggest', command: 'editor.action.triggerSuggest' },
  }));
}

function claimIdItems(context: AttributeContext, doc: OpenDocument): CompletionItem[] {
  if (!context.spanText) return [];
  const taken = new Set<string>();
  for (const m of doc.text.matchAll(/\{[^}\n]*#([^\s}]+)/g)) taken.add(m[1]!);
  const id = makeClaimId(context.spanText, taken);
  return [{ label: `#${id}`, kind: CompletionItemKind.Value, detail: 'A claim id made from its words' }];
}

function valueItems(key: string, classes: Array<string | undefined>, glossary: Glossary): CompletionItem[] {
  switch (key) {
    case 'layer':
      return glossary.layers.map((l, i) => ({ label: l.id, kind: CompletionItemKind.EnumMember, detail: l.label, documentation: l.description, sortText: String(i).padStart(3, '0') }));
    case 'kind':
      return CLAIM_KINDS.map((k) => ({ label: k, kind: CompletionItemKind.EnumMember }));
    case 'stance':
      return STANCES.map((k) => ({ label: k, kind: CompletionItemKind.EnumMember }));
    case 'actor':
      return entryItems(glossary, 'actor');
    case 'about':
      return entryItems(glossary, 'concept');
    case 'ref':
      return entryItems(glossary, classes.includes('actor') ? 'actor' : 'concept');
    default:
      return [];
  }
}

// The items of a glossary are built once per glossary and kind: a 10,000-entry list stays cheap.
// They are lean (id and label): the definition comes with completionItem/resolve, for the one
// item the user looks at, so the answer stays small enough to cross the wire in a millisecond.
const itemCache = new WeakMap<Glossary, Partial<Record<EntryKind, CompletionItem[]>>>();

function entryItems(glossary: Glossary, kind: EntryKind): CompletionItem[] {
  let cached = itemCache.get(glossary);
  if (!cached) itemCache.set(glossary, (cached = {}));
  return (cached[kind] ??= [...(kind === 'actor' ? glossary.actors : glossary.concepts).values()].map((entry) => ({
    label: entry.id,
    kind: kind === 'actor' ? CompletionItemKind.Reference : CompletionItemKind.Constant,
    detail: entry.label,
  })));
}

/** Adds the entry's definition to an item from entryItems. */
export function resolveCompletion(item: CompletionItem, glossary: Glossary): CompletionItem {
  // The label is the id and the item kind tells actors from concepts: no `data` to send along.
  const entries = item.kind === CompletionItemKind.Reference ? glossary.actors : item.kind === CompletionItemKind.Constant ? glossary.concepts : undefined;
  const entry = entries?.get(item.label);
  if (entry?.definition) item.documentation = { kind: 'markdown', value: describeEntry(entry, glossary) };
  return item;
}
