import type { Document } from 'yaml';
import { Codes } from '../diagnosticCodes';
import { locate, parseYaml, type NodePath } from './yamlLocate';

/** Places warnings found after parsing (duplicate ids, contested aliases) at their YAML nodes. */
export class GlossaryLocator {
  private doc: Document.Parsed | undefined;

  constructor(private readonly text: string) {}

  at(path: NodePath): { start: number; end: number } {
    this.doc ??= parseYaml(this.text, Codes.invalidGlossary).doc;
    return locate(this.doc, path);
  }
}
