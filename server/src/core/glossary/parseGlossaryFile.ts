import { CORE_SCHEMA, load } from 'js-yaml';
import { Codes } from '../diagnosticCodes';
import { GlossaryLocator } from './glossaryLocator';
import { glossarySchemas, type GlossaryFile } from './glossarySchema';
import type { GlossaryEntry, OffsetDiagnostic } from '../types';
import { parseAndValidate } from './yamlLocate';
import { OutlineRecorder } from './yamlOutline';

/** One glossary file as read: its valid content, or its problems located in its text. */
export interface GlossarySource {
  path: string;
  builtin: boolean;
  text: string;
  /** Undefined when the file is broken (then `diagnostics` has at least one error). */
  file: GlossaryFile | undefined;
  diagnostics: OffsetDiagnostic[];
  /**
   * Entries already made from the file (the built-in glossary's, from its index): buildGlossary
   * places copies of these instead of making them again from `file`, which then need not list them.
   */
  entries?: readonly GlossaryEntry[];
  /**
   * A new locator for `text`, to place the warnings buildGlossary finds; set by parseGlossaryFile.
   * A function rather than a locator so that buildGlossary stays free of the YAML parser (the
   * preview runs it) and the parsed document is not kept with the source once placed. Without
   * one, warnings sit at the start of the file.
   */
  createLocator?: () => GlossaryLocator;
}

/**
 * Reads a glossary file. Valid files take the fast path (js-yaml, about 8× faster than `yaml` on a
 * 10,000-entry file); only a broken file is parsed again with `yaml`, whose nodes carry positions.
 */
export function parseGlossaryFile(path: string, text: string, builtin = false): GlossarySource {
  const source: GlossarySource = { path, builtin, text, file: undefined, diagnostics: [], createLocator: () => new GlossaryLocator(text) };
  if (text.trim() === '') {
    source.diagnostics.push({ severity: 'error', code: Codes.invalidGlossary, message: 'The glossary file is empty: it needs at least "version: 1".', start: 0, end: 0 });
    return source;
  }
  let data: unknown;
  const recorder = new OutlineRecorder();
  try {
    data = path.endsWith('.json') ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA, json: false, listener: recorder.listener });
  } catch {
    return slowPath(source);
  }
  const result = glossarySchemas().file.safeParse(data);
  if (!result.success) return slowPath(source);
  source.file = result.data;
  // The outline lets a warning be placed by parsing its entry alone (see GlossaryLocator).
  const outline = recorder.outline(data);
  if (outline) source.createLocator = () => new GlossaryLocator(text, outline);
  return source;
}

/** Parses with `yaml` to locate the problems; if that parser accepts the file after all, use it. */
function slowPath(source: GlossarySource): GlossarySource {
  const { value, diagnostics } = parseAndValidate(source.text, glossarySchemas().file, Codes.invalidGlossary);
  source.diagnostics.push(...diagnostics);
  source.file = value;
  return source;
}
