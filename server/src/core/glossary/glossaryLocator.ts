import { isNode, isSeq, type Document } from 'yaml';
import { Codes } from '../diagnosticCodes';
import type { YamlOutline } from './yamlOutline';
import { locate, parseYaml, type NodePath } from './yamlLocate';

/** One item of a top-level sequence, parsed alone: its document and where its text starts in the file. */
interface ItemDocument {
  doc: Document.Parsed;
  offset: number;
}

/**
 * Places warnings found after parsing (duplicate ids, contested aliases) at their YAML nodes.
 * With an outline of the file, a path inside one entry is placed by parsing that entry's lines
 * alone: a 10,000-entry file with a few warnings took about a second to parse whole with
 * positions. Whatever the outline cannot place (no outline, flow-style sections, an item that
 * does not parse alone) falls back to parsing the whole file.
 */
export class GlossaryLocator {
  private doc: Document.Parsed | undefined;
  /** Per "section, index": the item parsed alone, or null when it cannot be. */
  private readonly items = new Map<string, ItemDocument | null>();

  constructor(
    private readonly text: string,
    private readonly outline?: YamlOutline,
  ) {}

  at(path: NodePath): { start: number; end: number } {
    return this.inItem(path) ?? locate((this.doc ??= parseYaml(this.text, Codes.invalidGlossary).doc), path);
  }

  private inItem(path: NodePath): { start: number; end: number } | undefined {
    const [section, index] = path;
    if (typeof section !== 'string' || typeof index !== 'number') return undefined;
    const key = `${section}\u0000${index}`;
    let item = this.items.get(key);
    if (item === undefined) this.items.set(key, (item = this.parseItem(section, index)));
    if (!item) return undefined;
    const { start, end } = locate(item.doc, [0, ...path.slice(2)]);
    return { start: start + item.offset, end: end + item.offset };
  }

  /**
   * The lines from item `index`'s to the next item's, parsed alone: indented as in the file, they
   * are a sequence of one item, whose nodes have the same ranges, shifted by where the lines start.
   */
  private parseItem(section: string, index: number): ItemDocument | null {
    const sequence = this.outline?.sections.get(section);
    if (!sequence || index < 0 || index >= sequence.items.length) return null;
    const offset = lineStart(this.text, sequence.items[index]!);
    const end = index + 1 < sequence.items.length ? lineStart(this.text, sequence.items[index + 1]!) : sequence.end;
    if (end <= offset) return null; // items on one line: a flow sequence
    const { doc } = parseYaml(this.text.slice(offset, end), Codes.invalidGlossary);
    const only = isSeq(doc.contents) && doc.contents.items.length === 1 ? doc.contents.items[0] : undefined;
    return doc.errors.length === 0 && isNode(only) ? { doc, offset } : null;
  }
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
