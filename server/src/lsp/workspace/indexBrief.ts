import { compactDigest, type CompactDigest } from '../../core/analysis/compactDigest';
import { digestBriefText, locateId, skippedDigest } from '../../core/analysis/digestBrief';
import type { Glossary } from '../../core/glossary/buildGlossary';
import { glossaryWith } from '../../core/glossary/builtinGlossary';
import { parseGlossaryFile } from '../../core/glossary/parseGlossaryFile';
import type { TextSource } from '../../core/text/pieceText';
import type { EntryKind } from '../../core/types';
import type { IndexConfig, LocatedId } from '../ServerPlatform';

// What an indexer does with one brief, wherever it runs (a Node worker thread, or the server's own
// thread in a web worker): only how the files are read differs.

/** Each folder's glossary as an indexer builds it from an IndexConfig: the last one, kept while its version holds. */
export class IndexGlossaries {
  private last: { key: string; version: number; glossary: Glossary } | undefined;

  get(config: IndexConfig): Glossary {
    if (this.last?.key === config.key && this.last.version === config.version) return this.last.glossary;
    const glossary = glossaryWith(config.teamFiles.map((f) => parseGlossaryFile(f.path, f.text)), config.builtin).glossary;
    this.last = { key: config.key, version: config.version, glossary };
    return glossary;
  }
}

/**
 * The digest of a brief that is not analysed, read as `text` (undefined: it could not be read);
 * undefined when it is to be analysed. Asked first, so that a skipped brief's sidecar is not read.
 */
export function skippedBrief(config: IndexConfig, uri: string, text: TextSource | undefined): CompactDigest | undefined {
  if (text === undefined) return compactDigest(skippedDigest(uri, 'unreadable'));
  if (text.length > config.maxFileSize) return compactDigest(skippedDigest(uri, 'too-large'));
  return undefined;
}

/** The digest of a brief read as `text`, with its review sidecar's text. */
export function indexBrief(config: IndexConfig, glossary: Glossary, uri: string, text: TextSource, reviewText: string | undefined): CompactDigest {
  return compactDigest(digestBriefText({ path: uri, text, reviewText, glossary, options: config.options, maxFileSize: config.maxFileSize }));
}

/** Where `id` is used in a brief read as `text`, or undefined when it is not (or the brief is not analysed). */
export function locateInBrief(config: IndexConfig, glossary: Glossary, uri: string, text: string | undefined, kind: EntryKind, id: string): LocatedId | undefined {
  if (text === undefined || text.length > config.maxFileSize) return undefined;
  const found = locateId(text, glossary, config.options, kind, id);
  return found.mentions.length > 0 || found.refs.length > 0 ? { path: uri, ...found } : undefined;
}

/** How many briefs an indexer digests between two looks at its messages (a cancel, a request). */
export const INDEX_BATCH = 25;
