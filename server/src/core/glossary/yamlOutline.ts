// Where the items of a YAML file's top-level sequences (`concepts:`, `actors:`) start, noted while
// js-yaml reads the file anyway: a warning about one entry can then be placed by parsing that entry
// alone with positions, not the whole file (a second, slower parse of a 10,000-entry file).

import type { EventType, State } from 'js-yaml';

/** A top-level sequence: where each of its items' nodes opens, and where the sequence ends. */
export interface SectionOutline {
  items: number[];
  end: number;
}

export interface YamlOutline {
  /** Per top-level key whose value is a sequence. */
  sections: Map<string, SectionOutline>;
}

/**
 * Give `listener` to js-yaml's `load`, then ask `outline` with what it loaded. Depth 1 is the
 * document's root; its children (depth 2) come as key, value, key, value…; a sequence value's
 * items open at depth 3.
 */
export class OutlineRecorder {
  private depth = 0;
  /** Children of the root closed so far: an even count means a key comes next. */
  private children = 0;
  private readonly keys: string[] = [];
  private value: SectionOutline | undefined;
  private readonly sections = new Map<string, SectionOutline>();
  private keysAreStrings = true;

  readonly listener = (event: EventType, state: State): void => {
    if (event === 'open') {
      this.depth++;
      if (this.depth === 2 && this.children % 2 === 1) this.value = { items: [], end: 0 };
      else if (this.depth === 3 && this.value) this.value.items.push(state.position);
      return;
    }
    if (this.depth === 2) this.closeChild(state);
    this.depth--;
  };

  private closeChild(state: State): void {
    if (this.children++ % 2 === 0) {
      if (typeof state.result === 'string') this.keys.push(state.result);
      else this.keysAreStrings = false;
      return;
    }
    if (this.value && state.kind === 'sequence') {
      this.value.end = state.position;
      this.sections.set(this.keys[this.keys.length - 1]!, this.value);
    }
    this.value = undefined;
  }

  /**
   * The outline, if it agrees with `data`, what the same parse made: the same top-level keys in
   * the same order, and as many items in each sequence. Otherwise (a root that is no mapping, keys
   * that are not strings) there is none, and warnings are placed by parsing the whole file.
   */
  outline(data: unknown): YamlOutline | undefined {
    if (!this.keysAreStrings || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const keys = Object.keys(data);
    if (keys.length !== this.keys.length || keys.some((k, i) => k !== this.keys[i])) return undefined;
    const record = data as Record<string, unknown>;
    for (const [key, section] of this.sections) {
      const value = record[key];
      if (!Array.isArray(value) || value.length !== section.items.length) this.sections.delete(key);
    }
    return { sections: this.sections };
  }
}
