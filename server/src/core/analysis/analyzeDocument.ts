import { analyzeBlock, DEFAULT_OPTIONS, type AnalysisOptions, type BlockClaim, type BlockMention, type BlockResult, type IdReference } from './analyzeBlock';
import type { Glossary } from '../glossary/buildGlossary';
import type { BlockCandidate } from '../matching/findCandidates';
import type { ClaimSuggestion } from './suggestClaims';
import type { TextSource } from '../text/pieceText';
import { frontMatterEndOf, splitBlocks, type RawBlock } from '../markdown/splitBlocks';
import { thresholdOf } from './claimModel';
import { layerToWrite } from '../review/claimTagEdits';
import { Codes } from '../diagnosticCodes';
import type { ClaimKind, DiagnosticData, OffsetDiagnostic } from '../types';

// A brief's analysis, kept per block so that an edit re-analyses only the blocks around it.

export interface AnalyzedBlock {
  start: number;
  end: number;
  inList: boolean;
  result: BlockResult;
}

export interface DocumentAnalysis {
  /** The whole text, made from `source` when first read. */
  readonly text: string;
  /** The text as the analysis reads it on an edit: a string, or pieces that are never joined for it. */
  source: TextSource;
  /** Where the front matter ends (0: none), kept so that an edit far from it need not look for it again. */
  frontMatterEnd: number;
  glossary: Glossary;
  options: AnalysisOptions;
  blocks: AnalyzedBlock[];
}

/** An edit in the previous text's offsets: replace [start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A full analysis. A text in pieces is read a window at a time, never made whole for it. */
export function analyzeDocument(text: TextSource, glossary: Glossary, options: AnalysisOptions = DEFAULT_OPTIONS): DocumentAnalysis {
  const blocks: AnalyzedBlock[] = [];
  const frontMatterEnd = forEachBlock(text, glossary, options, (block) => blocks.push(block));
  return analysisOf(text, frontMatterEnd, glossary, options, blocks);
}

/**
 * A full analysis handed on a block at a time, in order, for a caller that keeps less than every
 * block (the workspace index counts mentions): what it drops is garbage while the analysis goes
 * on, not a whole brief's results that the collector copies and promotes. Returns where the front
 * matter ends.
 */
export function forEachBlock(text: TextSource, glossary: Glossary, options: AnalysisOptions, onBlock: (block: AnalyzedBlock) => void): number {
  const frontMatterEnd = frontMatterEndOf(text);
  splitWhole(text, frontMatterEnd, (window, at, raws) => {
    for (const raw of raws) onBlock(analyzeRaw(window, at, raw, glossary, options));
  });
  return frontMatterEnd;
}

/**
 * splitBlocks of a whole text, handed on as `onWindow(window, at, raws)`: raws in the offsets of
 * `window`, a string that starts at `at` of the text. A string is one window. In pieces, the text
 * is split a window at a time: the last block of a window may be cut short, so the next window
 * starts again at its start, where the split's state is whole again (outside code and comments,
 * after a blank line, in a list or not). The blocks are sliced from their window, which is a copy
 * already, not from the pieces again.
 */
function splitWhole(text: TextSource, frontMatterEnd: number, onWindow: (window: string, at: number, raws: RawBlock[]) => void): void {
  if (typeof text === 'string') return onWindow(text, 0, splitBlocks(text, 0, false, undefined, frontMatterEnd));
  let from = 0;
  let inList = false;
  let size = Math.max(WHOLE_WINDOW, frontMatterEnd + WINDOW);
  for (;;) {
    const end = Math.min(text.length, from + size);
    const window = text.slice(from, end);
    const raws = splitBlocks(window, 0, inList, undefined, from === 0 ? frontMatterEnd : 0);
    if (end === text.length) return onWindow(window, from, raws);
    if (raws.length < 2) {
      size *= 2; // one block longer than the window
      continue;
    }
    const last = raws.pop()!;
    onWindow(window, from, raws);
    from += last.start;
    inList = last.inList;
    size = WHOLE_WINDOW;
  }
}

/** Under the size of a large object in V8, as a text's pieces are. */
const WHOLE_WINDOW = 32_768;

function analysisOf(source: TextSource, frontMatterEnd: number, glossary: Glossary, options: AnalysisOptions, blocks: AnalyzedBlock[]): DocumentAnalysis {
  return {
    get text() {
      return source.toString();
    },
    source,
    frontMatterEnd,
    glossary,
    options,
    blocks,
  };
}

/** The block `raw` of `text`, which starts at `at` of the document. */
function analyzeRaw(text: TextSource, at: number, raw: RawBlock, glossary: Glossary, options: AnalysisOptions): AnalyzedBlock {
  const skips = raw.skips.map((offset) => offset - raw.start);
  return { start: raw.start + at, end: raw.end + at, inList: raw.inList, result: analyzeBlock(text.slice(raw.start, raw.end), skips, glossary, options) };
}

/**
 * Applies one edit and re-analyses from the block before the edit up to the first later block
 * whose start and entry state are unchanged; the rest is reused, shifted. Equal to a full analysis.
 * An editor that holds the edited text passes it (`edited`), as a string or in pieces: the edit
 * then reads only the text around it, and never makes the whole text.
 */
export function updateAnalysis(previous: DocumentAnalysis, edit: TextEdit, edited?: TextSource): DocumentAnalysis {
  const old = previous.source;
  const start = clamp(edit.start, 0, old.length);
  const end = clamp(edit.end, start, old.length);
  const text = edited ?? old.slice(0, start) + edit.text + old.slice(end);
  const delta = edit.text.length - (end - start);
  const { glossary, options } = previous;
  // Front matter is found by looking ahead for its closing line: an edit that may move it re-splits all.
  if (touchesFrontMatter(previous, text, start)) return analyzeDocument(text, glossary, options);

  const blocks = previous.blocks;
  let first = findBlock(blocks, start);
  if (first > 0) first--; // an edit at a block's edge can join it to the one before
  const resumeFrom = firstBlockAtOrAfter(blocks, end, first + 1);
  const byStart = new Map<number, number>();
  for (let i = resumeFrom; i < blocks.length; i++) byStart.set(blocks[i]!.start + delta, i);

  let reuseFrom = blocks.length;
  const raws = splitAround(text, blocks[first]?.start ?? 0, blocks[first]?.inList ?? false, start + edit.text.length, previous.frontMatterEnd, (at, inList) => {
    const index = byStart.get(at);
    if (index === undefined || blocks[index]!.inList !== inList) return false;
    reuseFrom = index;
    return true;
  });
  const fresh = raws.map((raw) => analyzeRaw(text, 0, raw, glossary, options));
  const reused = blocks.slice(reuseFrom).map((b) => (delta === 0 ? b : { ...b, start: b.start + delta, end: b.end + delta }));
  return analysisOf(text, previous.frontMatterEnd, glossary, options, [...blocks.slice(0, first), ...fresh, ...reused]);
}

/**
 * splitBlocks from `from` until `reuse` agrees, reading a window of the text that grows until it
 * does (the blocks before the place where it agrees were split from whole lines), so that an edit
 * in a long text does not make the whole of it. The front matter ends where it did (the edit is
 * past it: touchesFrontMatter).
 */
function splitAround(text: TextSource, from: number, inList: boolean, editEnd: number, frontMatterEnd: number, reuse: (at: number, inList: boolean) => boolean): RawBlock[] {
  const frontMatter = from === 0 ? frontMatterEnd : 0;
  if (typeof text === 'string') return splitBlocks(text, from, inList, reuse, frontMatter);
  for (let size = WINDOW; ; size *= 4) {
    const windowEnd = Math.min(text.length, Math.max(editEnd, from) + size);
    let agreed = false;
    const raws = splitBlocks(text.slice(from, windowEnd), 0, inList, (at, state) => (agreed = reuse(at + from, state)), frontMatter);
    if (agreed || windowEnd === text.length) return raws.map((raw) => shifted(raw, from));
  }
}

/** How far past the edit a split first reads: most edits are settled within the next block. */
const WINDOW = 4096;

function shifted(raw: RawBlock, by: number): RawBlock {
  return { start: raw.start + by, end: raw.end + by, inList: raw.inList, skips: raw.skips.map((offset) => offset + by) };
}

/**
 * Whether the edit may change where the front matter ends. The text before the edit is the same
 * as before it, so past the front matter's closing line an edit leaves it where it was.
 */
function touchesFrontMatter(previous: DocumentAnalysis, text: TextSource, start: number): boolean {
  if (previous.source.slice(0, 3) !== '---' && text.slice(0, 3) !== '---') return false;
  const oldEnd = previous.frontMatterEnd;
  if (start < 4 || start <= oldEnd) return true;
  // No closed front matter before: the edit may close it.
  return oldEnd === 0 && frontMatterEndOf(text) !== 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** Index of the block containing `offset` (the last block for the text's end). */
function findBlock(blocks: AnalyzedBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(low, 0);
}

function firstBlockAtOrAfter(blocks: AnalyzedBlock[], offset: number, from: number): number {
  let i = from;
  while (i < blocks.length && blocks[i]!.start < offset) i++;
  return i;
}

/** The analysis in absolute offsets, block results concatenated. */
export interface FlatAnalysis {
  mentions: BlockMention[];
  refs: IdReference[];
  claims: BlockClaim[];
  suggestions: ClaimSuggestion[];
  candidates: BlockCandidate[];
  diagnostics: OffsetDiagnostic[];
}

/**
 * The analysis in absolute offsets. The possible-claim hints are made here, from the suggestions
 * at or above the options' threshold: the blocks keep only the suggestions, not a second object
 * per hinted sentence. `withMentions` false leaves out the mentions, the most numerous, for a
 * caller that reads them from the blocks.
 */
export function flattenAnalysis(analysis: DocumentAnalysis, withMentions = true): FlatAnalysis {
  const out: FlatAnalysis = { mentions: [], refs: [], claims: [], suggestions: [], candidates: [], diagnostics: [] };
  const threshold = thresholdOf(analysis.options.suggestClaims);
  for (const block of analysis.blocks) {
    const d = block.start;
    const r = block.result;
    if (withMentions) for (const m of r.mentions) out.mentions.push(d === 0 ? m : { ...m, start: m.start + d, end: m.end + d });
    for (const f of r.refs) out.refs.push(d === 0 ? f : { ...f, start: f.start + d, end: f.end + d });
    for (const c of r.claims) out.claims.push(d === 0 ? c : { ...c, start: c.start + d, end: c.end + d, spanStart: c.spanStart + d, spanEnd: c.spanEnd + d, idStart: c.idStart + d, idEnd: c.idEnd + d });
    for (const s of r.suggestions) out.suggestions.push(d === 0 ? s : { ...s, start: s.start + d, end: s.end + d });
    for (const c of r.candidates) out.candidates.push(d === 0 ? c : { ...c, start: c.start + d, end: c.end + d });
    for (const g of r.diagnostics) out.diagnostics.push(d === 0 ? g : { ...g, start: g.start + d, end: g.end + d });
    for (const s of r.suggestions) {
      if (s.confidence < threshold) continue;
      const hint = possibleClaimHint(s.kind, layerToWrite(s));
      out.diagnostics.push({ severity: 'hint', code: Codes.possibleClaim, message: hint.message, start: s.start + d, end: s.end + d, data: hint.data });
    }
  }
  return out;
}

// A brief has thousands of hints: they share their message and data, one per kind and layer.
const hints = new Map<ClaimKind, Map<string, { message: string; data: DiagnosticData }>>();

function possibleClaimHint(kind: ClaimKind, layer: string | undefined): { message: string; data: DiagnosticData } {
  let byLayer = hints.get(kind);
  if (!byLayer) hints.set(kind, (byLayer = new Map()));
  let hint = byLayer.get(layer ?? '');
  if (!hint) {
    const message = `This sentence reads like a ${kind} claim: tag it so reviewers can check it.`;
    byLayer.set(layer ?? '', (hint = { message, data: layer ? { claimKind: kind, claimLayer: layer } : { claimKind: kind } }));
  }
  return hint;
}
