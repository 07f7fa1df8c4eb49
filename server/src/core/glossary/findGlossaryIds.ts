import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';
import type { GlossarySource } from './parseGlossaryFile';
import type { EntryKind } from '../types';

// Where ids are written in a glossary file: each entry's `id:` and each `broader:` item. Used to
// jump to an entry, to find its references and to rename it.

export interface GlossaryIdNode {
  kind: EntryKind;
  id: string;
  /** `entry`: the entry's own `id:`; `broader`: a reference in another concept's `broader:`. */
  role: 'entry' | 'broader';
  /** The id's text, inside quotes when quoted. */
  start: number;
  end: number;
  /** The whole entry the node belongs to. */
  entryStart: number;
  entryEnd: number;
}

const cache = new WeakMap<GlossarySource, GlossaryIdNode[]>();

/** Parsed once per source (with `yaml`, which has positions); JSON files read the same way. */
export function findGlossaryIds(source: GlossarySource): GlossaryIdNode[] {
  let found = cache.get(source);
  if (!found) cache.set(source, (found = scan(source.text)));
  return found;
}

function scan(text: string): GlossaryIdNode[] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const out: GlossaryIdNode[] = [];
  if (!isMap(doc.contents)) return out;
  for (const [section, kind] of [['concepts', 'concept'], ['actors', 'actor']] as const) {
    const list = doc.contents.get(section, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item) || !item.range) continue;
      const [entryStart, , entryEnd] = item.range;
      const id = item.get('id', true);
      if (isScalar(id) && typeof id.value === 'string') out.push({ kind, id: id.value, role: 'entry', ...inner(id), entryStart, entryEnd });
      const broader = item.get('broader', true);
      if (kind === 'concept' && isSeq(broader)) {
        for (const b of broader.items) {
          if (isScalar(b) && typeof b.value === 'string') out.push({ kind: 'concept', id: b.value, role: 'broader', ...inner(b), entryStart, entryEnd });
        }
      }
    }
  }
  return out;
}

function inner(node: Scalar): { start: number; end: number } {
  const [start, end] = (node as Node).range ?? [0, 0];
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return quoted ? { start: start + 1, end: Math.max(start + 1, end - 1) } : { start, end };
}

/** The id node at `offset`, if the offset is on one. */
export function glossaryIdAt(source: GlossarySource, offset: number): GlossaryIdNode | undefined {
  return findGlossaryIds(source).find((n) => offset >= n.start && offset <= n.end);
}
