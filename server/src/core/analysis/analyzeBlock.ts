import { closestIds, type Glossary } from '../glossary/buildGlossary';
import { Codes } from '../diagnosticCodes';
import { findCandidates, type BlockCandidate } from '../matching/findCandidates';
import { isWhiteSpace, squash } from '../text/foldText';
import { maskText } from '../markdown/maskText';
import type { AttributeValue } from '../markdown/parseSpanAttributes';
import { scanInline, type Span } from '../markdown/scanInline';
import type { SuggestLevel } from './claimModel';
import { entryTable, mentionLayers } from '../glossary/entryTable';
import { ClaimContext, inferClaim, suggestClaims, type ClaimFacts, type ClaimSuggestion } from './suggestClaims';
import { TokenBuffer, tokenize } from '../text/tokenize';
import { CLAIM_KINDS, STANCES, type ClaimKind, type EntryKind, type KindSource, type LayerSource, type OffsetDiagnostic } from '../types';

// Analysis of one block. Every offset in a BlockResult is relative to the block's start, so a
// block that an edit did not touch keeps its result as it is.

export interface AnalysisOptions {
  /** Warn about claims without a source (`briefmark.requireClaimSource`). */
  requireSource: boolean;
  /** From which confidence untagged sentences that read like claims get a hint (`briefmark.suggestClaims`; the hints are made by flattenAnalysis). */
  suggestClaims: SuggestLevel;
  /** Leave out suggestions altogether (the workspace index has no use for them). */
  skipSuggestions?: boolean;
  /** Look for names no glossary entry matches (`briefmark.suggestNames`); on unless false. */
  suggestNames?: boolean;
  /** Keep every sentence's claim features, whatever its confidence (to train the claim model). */
  keepClaimFacts?: boolean;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { requireSource: false, suggestClaims: 'likely' };

export interface BlockMention {
  kind: EntryKind;
  id: string;
  start: number;
  end: number;
  explicit: boolean;
}

export interface BlockClaim {
  id: string | undefined;
  /** Offsets of the id after `#`, when there is one. */
  idStart: number;
  idEnd: number;
  /** Text with nested span markup removed and white space folded. */
  text: string;
  /** Offsets of the span's inner text. */
  start: number;
  end: number;
  /** Offsets of the whole span, `[` to `}`. */
  spanStart: number;
  spanEnd: number;
  layer: string;
  layerSource: LayerSource;
  /** The `kind=` value, else the kind the claim's words imply. */
  kind: ClaimKind;
  kindSource: KindSource;
  actor: string | undefined;
  about: string[];
  stance: string | undefined;
  sources: string[];
  /** The features behind the inferred kind and layer (with `keepClaimFacts` only). */
  facts?: ClaimFacts;
}

/** A glossary id written in an attribute (`ref=`, `actor=`, `about=`) that names a known entry. */
export interface IdReference {
  kind: EntryKind;
  id: string;
  start: number;
  end: number;
}

export interface BlockResult {
  mentions: BlockMention[];
  refs: IdReference[];
  claims: BlockClaim[];
  /** Untagged sentences that read like claims, from the model's lowest threshold up (their hints are made by flattenAnalysis). */
  suggestions: ClaimSuggestion[];
  /** Names no glossary entry matches (none when suggestNames is false). */
  candidates: BlockCandidate[];
  diagnostics: OffsetDiagnostic[];
}

/** The words of the block being analysed (analysis is synchronous; nothing keeps them past the block). */
const blockTokens = new TokenBuffer(1024);

/** The claim context of the block being analysed (one for every block: see ClaimContext). */
const claimContext = new ClaimContext();

const BRIEFMARK_CLASSES = new Set(['claim', 'actor', 'concept', 'notag']);
const CLAIM_KEYS = ['layer', 'kind', 'actor', 'about', 'stance', 'source'];

/** `text` is the block's text; `skips` are its line-level skipped regions, relative to the block. */
export function analyzeBlock(text: string, skips: readonly number[], glossary: Glossary, options: AnalysisOptions): BlockResult {
  const masked = maskText(text, skips);
  const inline = scanInline(masked);
  const result: BlockResult = { mentions: [], refs: [], claims: [], suggestions: [], candidates: [], diagnostics: [] };
  for (const u of inline.unclosed) {
    result.diagnostics.push({ severity: 'error', code: Codes.malformedSpan, message: 'The span attributes "{" are never closed with "}".', start: u.start, end: u.end });
  }

  const matchMasks = [...inline.masks];
  const explicit: BlockMention[] = [];
  const claimSpans: Span[] = [];
  for (const span of inline.spans) {
    const role = spanRole(span, result.diagnostics);
    if (role === 'claim') claimSpans.push(span);
    else if (role === 'notag') matchMasks.push(span.textStart, span.textEnd);
    else if (role === 'actor' || role === 'concept') {
      matchMasks.push(span.textStart, span.textEnd);
      const mention = explicitMention(text, span, role, glossary, result);
      if (mention) explicit.push(mention);
    }
  }

  const matchText = maskText(masked, matchMasks);
  const tokens = tokenize(matchText, 0, matchText.length, blockTokens);
  const found: BlockMention[] = [];
  // The layer of each mention, kept beside it for claim inference: a match knows its entry.
  const foundLayers: number[] = [];
  const entries = entryTable(glossary);
  glossary.matcher.forEachMatch(matchText, tokens, (start, end, e, avoid) => {
    foundLayers.push(entries.layers[e]!);
    found.push({ kind: entries.kinds[e]!, id: entries.ids[e]!, start: nameStart(matchText, start, end, glossary, e), end, explicit: false });
    if (avoid) {
      const entry = glossary.entries[e]!;
      const wording = text.slice(start, end);
      result.diagnostics.push({
        severity: 'warning',
        code: Codes.deprecatedWording,
        message: `"${wording}" is a deprecated wording; the glossary prefers "${entry.label}".`,
        start,
        end,
        data: { replacement: entry.label, entryId: entry.id },
      });
    }
  });
  const outer = outermost(explicit);
  let layers = foundLayers;
  if (outer.length > 0) [result.mentions, layers] = mergeByStart(found, foundLayers, outer, mentionLayers(glossary, outer));
  else result.mentions = found;
  // Always looked for, since a longer name swallows the concept matched inside it; the
  // unknown-name diagnostics are made per document (resolveBrief), where acronyms are linked.
  const names = findCandidates(matchText, tokens, result.mentions, linkMasks(inline.links));
  if (names.absorbed.length > 0) {
    const absorbed = new Set(names.absorbed);
    result.mentions = result.mentions.filter((_, i) => !absorbed.has(i));
    layers = layers.filter((_, i) => !absorbed.has(i));
  }
  if (options.suggestNames !== false) result.candidates = names.candidates;

  const context = claimContext.begin(matchText, tokens, result.mentions, layers, glossary, options.keepClaimFacts);
  for (const span of claimSpans) result.claims.push(readClaim(text, span, inline, glossary, options, result, context));
  // Suggestions are always listed (the CLI reports them); the hint diagnostics follow the setting.
  if (result.refs.length > 1) result.refs.sort((a, b) => a.start - b.start);
  if (!options.skipSuggestions) result.suggestions = suggestClaims(context, result.claims);
  context.end();
  return result;
}

/**
 * A wording may need its article to be recognised ("the Commission", "the Union"), but the name
 * is what follows it: the mention starts after "the ", unless the label itself begins with it
 * ("The Document Foundation").
 */
function nameStart(text: string, start: number, end: number, glossary: Glossary, entry: number): number {
  const c = text.charCodeAt(start) | 32;
  if (c !== 116 /* t */ || end - start < 5 || !/^the\s/i.test(text.slice(start, start + 4)) || /^the\s/i.test(glossary.entries[entry]!.label)) return start;
  let at = start + 3;
  while (at < end && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

function linkMasks(links: readonly { start: number; end: number }[]): number[] {
  const masks: number[] = [];
  for (const l of links) masks.push(l.start, l.end);
  return masks;
}

/** An explicit mention nested in another one is dropped: the outer span wins, as the longest match does. */
function outermost(mentions: BlockMention[]): BlockMention[] {
  if (mentions.length < 2) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: BlockMention[] = [];
  for (const m of sorted) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** Two lists of mentions in order of start, with their layers, as one (a's first on a tie). */
function mergeByStart(a: BlockMention[], aLayers: number[], b: BlockMention[], bLayers: number[]): [BlockMention[], number[]] {
  const mentions: BlockMention[] = [];
  const layers: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i]!.start <= b[j]!.start)) {
      mentions.push(a[i]!);
      layers.push(aLayers[i++]!);
    } else {
      mentions.push(b[j]!);
      layers.push(bLayers[j++]!);
    }
  }
  return [mentions, layers];
}

type Role = 'claim' | 'actor' | 'concept' | 'notag' | undefined;

function spanRole(span: Span, diagnostics: OffsetDiagnostic[]): Role {
  const attributes = span.attributes;
  for (const e of attributes.errors) diagnostics.push({ severity: 'error', code: Codes.malformedSpan, message: e.message, start: e.start, end: e.end });
  const ours = attributes.classes.filter((c) => BRIEFMARK_CLASSES.has(c.name));
  if (ours.length > 1) {
    diagnostics.push({
      severity: 'error',
      code: Codes.malformedSpan,
      message: `A span is one of .claim, .actor, .concept or .notag, not ${ours.map((c) => '.' + c.name).join(' and ')}.`,
      start: ours[1]!.start,
      end: ours[1]!.end,
    });
  }
  return ours[0]?.name as Role;
}

function explicitMention(text: string, span: Span, kind: EntryKind, glossary: Glossary, result: BlockResult): BlockMention | undefined {
  const { diagnostics } = result;
  const attributes = span.attributes;
  for (const [key, value] of attributes.values) {
    if (key !== 'ref') unknownAttribute(key, value, ['ref'], diagnostics);
  }
  const entries = kind === 'actor' ? glossary.actors : glossary.concepts;
  const ref = attributes.values.get('ref');
  if (ref) {
    if (entries.has(ref.value)) {
      result.refs.push({ kind, id: ref.value, start: ref.valueStart, end: ref.valueEnd });
      return { kind, id: ref.value, start: span.textStart, end: span.textEnd, explicit: true };
    }
    unknownId(kind, ref, entries, diagnostics);
    return undefined;
  }
  const term = text.slice(span.textStart, span.textEnd);
  const entry = lookupPhrase(term, kind, glossary);
  if (entry) return { kind, id: entry, start: span.textStart, end: span.textEnd, explicit: true };
  diagnostics.push({
    severity: 'warning',
    code: Codes.unknownTerm,
    message: `"${term.trim()}" is not a label or alias of any ${kind} in the glossary: add it, or give ref=<id>.`,
    start: span.textStart,
    end: span.textEnd,
    data: { term: term.trim(), entryKind: kind },
  });
  return undefined;
}

/** The entry of `kind` whose label or alias is exactly `phrase`, if any. */
export function lookupPhrase(phrase: string, kind: EntryKind, glossary: Glossary): string | undefined {
  const tokens = tokenize(phrase);
  if (tokens.count === 0) return undefined;
  const matches = glossary.matcher.findMatches(phrase, tokens);
  const only = matches.length === 1 ? matches[0]! : undefined;
  if (!only || only.start !== tokens.starts[0] || only.end !== tokens.ends[tokens.count - 1]) return undefined;
  const entry = glossary.entries[only.entry]!;
  return entry.kind === kind ? entry.id : undefined;
}

// Did-you-mean per glossary map and id: a mistyped id is usually repeated, and each lookup scans every id.
const suggestionCache = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string[]>>();

function unknownId(kind: EntryKind, value: AttributeValue, known: ReadonlyMap<string, unknown>, diagnostics: OffsetDiagnostic[], id = value.value, start = value.valueStart, end = value.valueEnd): void {
  let cache = suggestionCache.get(known);
  if (!cache) suggestionCache.set(known, (cache = new Map()));
  let suggestions = cache.get(id);
  if (!suggestions) cache.set(id, (suggestions = closestIds(id, known.keys())));
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  diagnostics.push({ severity: 'error', code: Codes.unknownId, message: `Unknown ${kind} id "${id}".${hint}`, start, end, data: { suggestions } });
}

function unknownAttribute(key: string, value: AttributeValue, known: string[], diagnostics: OffsetDiagnostic[]): void {
  const suggestions = closestIds(key, known);
  const hint = suggestions.length ? ` Did you mean "${suggestions[0]}"?` : ` Known: ${known.join(', ')}.`;
  diagnostics.push({ severity: 'warning', code: Codes.unknownAttribute, message: `Unknown attribute "${key}".${hint}`, start: value.start, end: value.start + key.length, data: { suggestions } });
}

function checkEnum(key: string, value: AttributeValue | undefined, allowed: readonly string[], diagnostics: OffsetDiagnostic[]): string | undefined {
  if (!value) return undefined;
  if (allowed.includes(value.value)) return value.value;
  const suggestions = closestIds(value.value, allowed);
  diagnostics.push({
    severity: 'error',
    code: Codes.invalidAttributeValue,
    message: `"${value.value}" is not a valid ${key}: use ${allowed.join(', ')}.`,
    start: value.valueStart,
    end: value.valueEnd,
    data: { suggestions },
  });
  return undefined;
}

function readClaim(text: string, span: Span, inline: ReturnType<typeof scanInline>, glossary: Glossary, options: AnalysisOptions, result: BlockResult, context: ClaimContext): BlockClaim {
  const { diagnostics, refs } = result;
  const attributes = span.attributes;
  const values = attributes.values;
  for (const [key, value] of values) if (!CLAIM_KEYS.includes(key)) unknownAttribute(key, value, CLAIM_KEYS, diagnostics);

  const layerIds = glossary.layers.map((l) => l.id);
  let layer: string | undefined;
  const layerValue = values.get('layer');
  if (layerValue) {
    if (layerIds.includes(layerValue.value)) layer = layerValue.value;
    else {
      const suggestions = closestIds(layerValue.value, layerIds);
      diagnostics.push({
        severity: 'error',
        code: Codes.unknownLayer,
        message: `Unknown layer "${layerValue.value}"; layers: ${layerIds.join(', ')}.`,
        start: layerValue.valueStart,
        end: layerValue.valueEnd,
        data: { suggestions },
      });
    }
  }
  const kind = checkEnum('kind', values.get('kind'), CLAIM_KINDS, diagnostics) as ClaimKind | undefined;
  const stance = checkEnum('stance', values.get('stance'), STANCES, diagnostics);

  const actorValue = values.get('actor');
  let actor: string | undefined;
  if (actorValue) {
    if (glossary.actors.has(actorValue.value)) {
      actor = actorValue.value;
      refs.push({ kind: 'actor', id: actor, start: actorValue.valueStart, end: actorValue.valueEnd });
    } else unknownId('actor', actorValue, glossary.actors, diagnostics);
  }
  const about: string[] = [];
  const aboutValue = values.get('about');
  if (aboutValue) {
    let at = aboutValue.valueStart;
    for (const part of aboutValue.value.split(',')) {
      const id = part.trim();
      const start = at + part.indexOf(id);
      at += part.length + 1;
      if (!id) continue;
      if (glossary.concepts.has(id)) {
        about.push(id);
        refs.push({ kind: 'concept', id, start, end: start + id.length });
      } else unknownId('concept', aboutValue, glossary.concepts, diagnostics, id, start, start + id.length);
    }
  }

  const inside = (s: number, e: number) => s >= span.textStart && e <= span.textEnd;
  const sources: string[] = [];
  const sourceValue = values.get('source');
  if (sourceValue?.value) sources.push(sourceValue.value);
  for (const c of inline.citations) if (inside(c.start, c.end)) sources.push('@' + c.key);
  for (const l of inline.links) if (inside(l.start, l.end) && l.destination) sources.push(l.destination);

  const inferred = inferClaim(context, span.textStart, span.textEnd);
  const claim: BlockClaim = {
    id: attributes.id?.value,
    idStart: attributes.id?.valueStart ?? span.attrStart,
    idEnd: attributes.id?.valueEnd ?? span.attrStart,
    text: claimText(text, span, inline.spans),
    start: span.textStart,
    end: span.textEnd,
    spanStart: span.open,
    spanEnd: span.attrEnd,
    layer: layer ?? inferred.layer,
    layerSource: layer ? 'explicit' : inferred.layerSource,
    kind: kind ?? inferred.kind,
    kindSource: kind ? 'explicit' : 'inferred',
    actor,
    about,
    stance,
    sources,
  };
  if (inferred.facts) claim.facts = inferred.facts;
  if (!claim.id) {
    diagnostics.push({ severity: 'warning', code: Codes.claimWithoutId, message: 'This claim has no #id, so it cannot be reviewed.', start: span.open, end: span.attrEnd });
  }
  if (options.requireSource && sources.length === 0) {
    diagnostics.push({ severity: 'warning', code: Codes.claimWithoutSource, message: 'This claim has no source: add source=…, a [@citation] or a link.', start: span.textStart, end: span.textEnd, data: claim.id ? { claimId: claim.id } : undefined });
  }
  return claim;
}

/** The claim's words: nested span brackets and attributes removed, white space folded. */
function claimText(text: string, claim: Span, spans: Span[]): string {
  const cut: number[] = [];
  for (const s of spans) {
    if (s !== claim && s.open >= claim.textStart && s.attrEnd <= claim.textEnd) cut.push(s.open, s.textStart, s.textEnd, s.attrEnd);
  }
  if (cut.length === 0) return squash(text.slice(claim.textStart, claim.textEnd));
  let out = '';
  let at = claim.textStart;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < cut.length; i += 2) pairs.push([cut[i]!, cut[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  for (const [start, end] of pairs) {
    if (start < at) continue;
    out += text.slice(at, start);
    at = end;
  }
  out += text.slice(at, claim.textEnd);
  return squash(out);
}
