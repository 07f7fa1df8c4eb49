import type { BlockMention } from '../analysis/analyzeBlock';
import { squash } from '../text/foldText';
import { growArray } from '../text/growArray';
import { lowerBound } from '../text/lowerBound';
import { ASCII_WORD, HAS_CAPITAL, hashWord, type Tokens } from '../text/tokenize';
import type { ActorType, EntryKind } from '../types';
import { WordHashSet } from '../text/wordHashSet';
import { remembered } from '../text/remembered';

// Names that no glossary entry matches but that look like actors or concepts: capitalised
// multi-word names, acronyms, and "Long Form (ACR)" pairs. Found from the block's tokens, in the
// text the matcher saw (code, attributes and .notag spans already blanked), so a candidate costs no
// second tokenisation. Offsets are relative to the block, like every BlockResult.

export interface BlockCandidate {
  /** The name as written, white space folded. */
  text: string;
  start: number;
  end: number;
  kind: EntryKind;
  type?: ActorType;
  /** Other wordings of the same name: the acronym of a long form, or the long form of an acronym. */
  aliases?: string[];
  /** An acronym spelled out by a glossary entry's wording: no candidate, here or elsewhere in the document. */
  known?: true;
}

/** Word lists are matched on the word as written (lower-cased), never compiled from user data. */
const words = (list: string): Set<string> => new Set(list.split(' '));

// Words that join the capitalised words of one name ("Bureau of Industry and Security").
const CONNECTORS = words('of for and on in to the de du des la le les et fur für der die das und zur zum di del della degli y van von voor en het');
// Capitalised words that start a sentence or a phrase without being part of a name.
const STARTERS = words(
  'the a an this these those that there here it its our we they their he she his her you your i my such each every all some any many most much more ' +
  'several both either neither other another no not none one two three four five first second third last next in on at for with by from to as of into onto ' +
  'upon about above below after before during under over since until unlike like despite through throughout without within between among across against ' +
  'toward towards beyond behind following according given if when where while whereas although though because unless once whether so yet but and or nor ' +
  'however moreover furthermore meanwhile instead finally indeed still also already now today recently currently thus hence therefore nevertheless ' +
  'nonetheless otherwise overall together similarly likewise accordingly notably importantly ultimately additionally further additional recent major ' +
  'leading key large small big global local new old early late high low strong weak good better best how what which who why is are was were be been has ' +
  'have had do does did will would can could should shall may might must dear yes please thank see note later earlier then soon ' +
  'afterwards elsewhere again perhaps only even just',
);
const MONTHS_AND_DAYS = words('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday');
// Acronyms too generic to be names.
const GENERIC_ACRONYMS = words(
  'ai ml it id ok tv pc ceo cfo cto coo cio cso phd faq pdf url html api apis cpu cpus gpu gpus tpu tpus npu ram usb http https ghz gw mw kw tw gwh mwh ' +
  'twh kwh co2 am pm bc ad gdp fy usd eur gbp jpy cny llm llms nb ps eta diy ui ux os iot ar vr xr rss xml json yaml csv sql cv hr pr qa rfc tbd ' +
  'faqs etc aka ie eg vs ict stem esg kpi kpis roi b2b b2c saas paas iaas ip r d q1 q2 q3 q4 h1 h2 ok mp mps mep meps msp rt hon',
);
// A title before a name: "Commissioner Virkkunen" is a person, "Prime Minister" alone is no name.
const TITLES = words(
  'president vice secretary minister prime senator representative commissioner chancellor governor mayor professor prof dr sir dame lord lady mr mrs ms ' +
  'king queen prince chair chairman chairwoman director deputy ambassador general judge justice envoy rt hon honourable ' +
    'senior adjunct fellow associate principal chief head lead',
);
const COMPANY_SUFFIXES = words('inc corp corporation ltd llc plc gmbh ag sa se nv bv sas spa co company holdings technologies labs systems semiconductor semiconductors robotics computing capital ventures');
const INSTITUTION_HEADS = words(
  'ministry department agency office council institute commission authority bureau committee board parliament senate congress court centre center ' +
  'university foundation association alliance administration service directorate secretariat organisation organization bank forum panel unit ' +
  'laboratory laboratories lab academy society federation consortium chamber cabinet government assembly tribunal inspectorate regulator ' +
  'ministerium bundesamt ministere ministère ministerio ministero museum library archives school college hospital observatory',
);
const OTHER_HEADS = words('act regulation regulations order declaration strategy directive convention treaty law bill rule rules memorandum principles code standard summit conference report agreement accord charter recommendation guidelines statement');
const INITIATIVE_HEADS = words('programme program initiative plan project mission platform scheme facility partnership fund network');
// Common given names: a capitalised pair starting with one reads as a person.
const GIVEN_NAMES = words(
  'adam alan albert alex alexander alexandra alice amanda amy andrea andreas andrew angela ann anna anne annette antoine antonio arthur barbara ben benjamin ' +
  'bernard bill bob brad brian bruno carl carla carlos caroline catherine charles charlotte chris christian christina christine christoph christophe ' +
  'claire clara claudia daniel daniela david deborah dennis diana dominique donald dorothee edward elena elisabeth elizabeth emily emma emmanuel eric ' +
  'erik eva evan fabian felix fernando francesca francesco francis francois françois frank franz frederic friedrich gabriel gary george georg gerhard ' +
  'gina giorgia giovanni giuseppe greg gregory guillaume hannah hans harry heinrich helen helena henna henri henry hugo ian isabel isabelle jack jacob ' +
  'jacques jake james jan jane janet jason javier jean jeff jeffrey jennifer jens jessica jim joachim joe johannes john jonas jonathan jorge jose josé ' +
  'joseph josh juan julia julian julie justin karen karl karsten katherina katharina kathleen kevin klaus kristalina laura laurent lea lena leo linda ' +
  'lisa liz lorenzo louis luc luca lucas lucia luis lukas manuel marc marco margrethe maria marie mario mark markus martin mary matt matteo matthew ' +
  'matthias max maximilian melanie michael michel michelle miguel mike nadia natalia nathalie nick nicola nicolas niklas nina olaf olivia olivier oscar ' +
  'pablo paolo pascal patricia patrick paul paula pedro peter petra philip philipp philippe pierre rachel rafael ralf raymond rebecca richard rishi ' +
  'robert roberto roger ruth ryan sam samuel sandra sara sarah satya sebastian sergio simon sophie stefan stefano stephan stephanie stephen steve steven ' +
  'susan susanne sven thierry thomas tim timothy tobias todd tom tony ulrich ursula valerie vincent virginie walter werner william wolfgang xavier yann yves',
);
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const SECTION_WORDS = words('article articles annex annexes chapter chapters section sections paragraph paragraphs recital recitals point points title part table figure page appendix box');

const enum Shape {
  Other,
  Capital,
  Acronym,
  Number,
  Connector,
}

export interface CandidateScan {
  candidates: BlockCandidate[];
  /** Indexes of concept mentions that lie inside a longer capitalised name ("Data Center" in "Data Center Validated End User"). */
  absorbed: number[];
}

// What a token may be part of: anything (0), nothing (BLOCKED: a mention, a link, a mask), only an
// acronym (HEADING), or a longer name that swallows the concept mention it belongs to (ABSORBABLE).
const BLOCKED = 1;
const HEADING = 2;
const ABSORBABLE = 3;

/**
 * Candidates in one block. `text` is the masked text the matcher read, `tokens` its words, and
 * `mentions` the glossary's matches; `masks` are [start, end) pairs where no name is looked for
 * (links: their text is matched, but a name in a link is not offered).
 */
export function findCandidates(text: string, tokens: Tokens, mentions: readonly BlockMention[], masks: readonly number[] = []): CandidateScan {
  const scan: CandidateScan = { candidates: [], absorbed: [] };
  if (!hasCapitalOutside(tokens, mentions)) return scan;
  const owner = scratch.owner(tokens.count);
  const marks = markTokens(text, tokens, mentions, masks, owner);
  const shapes = scratch.bytes(1, tokens.count);
  let names = 0;
  for (let k = 0; k < tokens.count; k++) {
    const shape = marks[k] === BLOCKED ? Shape.Other : shapeAt(text, tokens, k);
    shapes[k] = marks[k] === HEADING && shape !== Shape.Acronym ? Shape.Other : shape;
    if (marks[k] !== ABSORBABLE && (shapes[k] === Shape.Capital || shapes[k] === Shape.Acronym)) names++;
  }
  if (names === 0) return scan;
  const inPair = scratch.bytes(2, tokens.count);
  findPairs(text, tokens, mentions, shapes, marks, owner, inPair, scan);
  findRuns(text, tokens, shapes, marks, owner, inPair, scan);
  scan.candidates.sort((a, b) => a.start - b.start);
  return scan;
}

/** Whether a word outside every mention has a capital (or letters beyond ASCII): else there is no name to find. */
function hasCapitalOutside(tokens: Tokens, mentions: readonly BlockMention[]): boolean {
  let m = 0;
  for (let k = 0; k < tokens.count; k++) {
    if ((tokens.flags[k]! & (ASCII_WORD | HAS_CAPITAL)) === ASCII_WORD) continue;
    const start = tokens.starts[k]!;
    while (m < mentions.length && mentions[m]!.end <= start) m++;
    if (m >= mentions.length || mentions[m]!.start > start) return true;
  }
  return false;
}

/**
 * Per-word arrays reused from block to block (a 1 MB brief has over a thousand blocks): the scan
 * is synchronous and each thread has its own module, so one set serves every call.
 */
const scratch = {
  arrays: [new Uint8Array(256), new Uint8Array(256), new Uint8Array(256)],
  owners: new Int32Array(256),
  /** Byte array `i`, zeroed over its first `count` places. */
  bytes(i: number, count: number): Uint8Array {
    const a = (this.arrays[i] = growArray(this.arrays[i]!, count));
    a.fill(0, 0, count);
    return a;
  },
  /** The owner array, -1 over its first `count` places. */
  owner(count: number): Int32Array {
    this.owners = growArray(this.owners, count);
    this.owners.fill(-1, 0, count);
    return this.owners;
  },
};

/** What each token may be part of (see BLOCKED…ABSORBABLE); `owner` gets the mention of an absorbable token. */
function markTokens(text: string, tokens: Tokens, mentions: readonly BlockMention[], masks: readonly number[], owner: Int32Array): Uint8Array {
  const marks = scratch.bytes(0, tokens.count);
  const cover = (start: number, end: number, value: number) => {
    for (let k = firstTokenAt(tokens, start); k < tokens.count && tokens.starts[k]! < end; k++) {
      if (marks[k] === BLOCKED) continue;
      marks[k] = value;
      owner[k] = -1;
    }
  };
  // Mentions and words are both in order: one walk over the two.
  let at = 0;
  mentions.forEach((m, i) => {
    while (at < tokens.count && tokens.ends[at]! <= m.start) at++;
    const value = isAbsorbable(text, tokens, m, at) ? ABSORBABLE : BLOCKED;
    for (let k = at; k < tokens.count && tokens.starts[k]! < m.end; k++) {
      marks[k] = value;
      owner[k] = i;
    }
  });
  for (let i = 0; i < masks.length; i += 2) cover(masks[i]!, masks[i + 1]!, BLOCKED);
  // A heading is in title case: its capitals say nothing, but an acronym there is still a name.
  let k = 0;
  const oneLine = isOneLine(text);
  for (let at = 0; at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const end = eol === -1 ? text.length : eol;
    let first = at;
    while (first < end && text.charCodeAt(first) === 32) first++;
    const from = k;
    while (k < tokens.count && tokens.starts[k]! < end) k++;
    const markdownHeading = text.charCodeAt(first) === 35 /* # */ && /^ {0,3}#{1,6}(?:\s|$)/.test(text.slice(at, at + 10));
    if (markdownHeading || (oneLine && isTitleCaseLine(text, tokens, from, k, end))) cover(at, end, HEADING);
    at = end + 1;
  }
  return marks;
}

/** Whether the block is one line, blank lines after it aside. */
function isOneLine(text: string): boolean {
  const eol = text.indexOf('\n');
  if (eol === -1) return true;
  for (let i = eol + 1; i < text.length; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/**
 * A paragraph of one line, three words or more, every one capitalised but the small joining words,
 * with no full stop at its end: a title written without "#" (plain-text articles, title pages).
 */
function isTitleCaseLine(text: string, tokens: Tokens, from: number, to: number, end: number): boolean {
  if (to - from < 3) return false;
  let last = end - 1;
  while (last >= 0 && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 13)) last--;
  if (/[.;:,]/.test(text[last] ?? '')) return false;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(tokens.starts[j]!);
    const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && text[tokens.starts[j]!] !== text[tokens.starts[j]!]!.toLowerCase());
    if (!capital && !CONNECTOR_HASHES.has(tokens.hashes[j]!)) return false;
  }
  return true;
}

/** A concept matched in capitals mid-sentence ("the Data Center Validated End User") may be part of a longer name. */
function isAbsorbable(text: string, tokens: Tokens, m: BlockMention, first: number): boolean {
  if (m.kind !== 'concept' || m.explicit) return false;
  for (let k = first; k < tokens.count && tokens.starts[k]! < m.end; k++) {
    const c = text.charCodeAt(tokens.starts[k]!);
    if (!(c >= 65 && c <= 90) && !CONNECTOR_HASHES.has(tokens.hashes[k]!)) return false;
  }
  return !atSentenceStart(text, m.start);
}

/** Whether `offset` starts a sentence: after . ! ? : at the start of the block, a line's list marker, or a heading mark. */
function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0 || c === 42 || c === 95 || c === 62 || c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018) i--;
    else break;
  }
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 35 || c === 124) return true;
  if (c === 10) return true; // a line that starts with the word: a new item or sentence more often than a wrapped one
  // A list marker at the start of its line: "- ", "+ ", "1. ", "(a) ".
  const lineStart = text.lastIndexOf('\n', i) + 1;
  return /^\s*(?:[-+]|\d{1,9}[.)]|\(?[a-z0-9]{1,4}\))$/i.test(text.slice(lineStart, i + 1));
}

function firstTokenAt(tokens: Tokens, offset: number): number {
  return lowerBound(tokens.count, (i) => tokens.ends[i]! <= offset);
}

const CONNECTOR_HASHES = new WordHashSet([...CONNECTORS].map(hashWord));
const AND_HASHES = new WordHashSet('and und et y en'.split(' ').map(hashWord));
const ARTICLE_HASHES = new WordHashSet('the la le les der die das het'.split(' ').map(hashWord));
const OF_HASHES = new WordHashSet('of for on de du des di del della degli fur für der van von voor'.split(' ').map(hashWord));

/** Most words are lower-case ASCII: they are told apart by their hash, with no string made. */
function shapeAt(text: string, tokens: Tokens, k: number): Shape {
  const flags = tokens.flags[k]!;
  const first = text.charCodeAt(tokens.starts[k]!);
  if (first >= 48 && first <= 57) return /^\d+$/.test(tokens.raw(k)) ? Shape.Number : Shape.Other;
  if ((flags & (ASCII_WORD | HAS_CAPITAL)) === ASCII_WORD) return CONNECTOR_HASHES.has(tokens.hashes[k]!) ? Shape.Connector : Shape.Other;
  return flags & ASCII_WORD ? shapeOf(tokens.raw(k)) : remembered(nonAsciiShapes, tokens.raw(k), shapeOf);
}

// The shape of a word beyond ASCII, kept per word: its lower case costs more than a lookup, and
// prose in French or German has such a word in every sentence.
const nonAsciiShapes = new Map<string, Shape>();

function shapeOf(word: string): Shape {
  const lower = word.toLowerCase();
  if (word === lower) return CONNECTORS.has(word) ? Shape.Connector : Shape.Other;
  if (isAcronym(word)) return GENERIC_ACRONYMS.has(lower) || ROMAN_NUMERAL.test(word) ? Shape.Other : Shape.Acronym;
  // A lone capital ("I", "A", "Plan B") is no word of a name.
  if (word.length === 1 || word[0] !== word[0]!.toUpperCase() || MONTHS_AND_DAYS.has(lower)) return Shape.Other;
  return Shape.Capital;
}

/** "NTIA", "ICs", "DoD", "G7": two capitals or more and mostly capitals, or a capital with digits. */
function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  let capitals = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) capitals++;
    else if (c > 127 && word[i] !== word[i]!.toLowerCase()) capitals++;
  }
  if (digits > 0) return capitals >= 1 && capitals + digits === word.length;
  return capitals >= 2 && capitals * 5 >= word.length * 3;
}

/** What lies between two words of one name: spaces (one line break at most), a hyphen or an ampersand. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 45 && c !== 38 && c !== 0x2011) return false;
  }
  return breaks <= 1;
}

// --- "Long Form (ACR)" ------------------------------------------------------------------------

function findPairs(text: string, tokens: Tokens, mentions: readonly BlockMention[], shapes: Uint8Array, marks: Uint8Array, owner: Int32Array, inPair: Uint8Array, scan: CandidateScan): void {
  const out = scan.candidates;
  for (let k = 1; k < tokens.count; k++) {
    if (shapes[k] !== Shape.Acronym || marks[k] === BLOCKED || marks[k] === ABSORBABLE) continue;
    const open = tokens.starts[k]! - 1;
    if (text.charCodeAt(open) !== 40 /* ( */ || text.charCodeAt(tokens.ends[k]!) !== 41 /* ) */) continue;
    const first = longFormStart(text, tokens, k);
    if (first < 0) continue;
    let known = 0;
    for (let j = first; j < k; j++) if (marks[j] === BLOCKED) known++;
    if (known > 0 || cutsMention(tokens, owner, first, k - 1)) {
      // "integrated circuits (ICs)" where the glossary knows the long form: the acronym is its alias.
      if (known === k - first && mentions[owner[k - 1]!]?.end === tokens.ends[k - 1]) {
        out.push({ text: tokens.raw(k), start: tokens.starts[k]!, end: tokens.ends[k]!, kind: 'concept', known: true });
        inPair[k] = 1;
      }
      continue;
    }
    const capitalised = isCapitalised(tokens, shapes, first, k);
    const kind: EntryKind = capitalised ? 'actor' : 'concept';
    const type = capitalised ? guessType(tokens, first, k) : undefined;
    const longForm = candidate(text, tokens.starts[first]!, tokens.ends[k - 1]!, kind, type, [tokens.raw(k)]);
    out.push(longForm, candidate(text, tokens.starts[k]!, tokens.ends[k]!, kind, type, [longForm.text]));
    for (let j = first; j <= k; j++) inPair[j] = 1;
    scan.absorbed.push(...mentionsIn(owner, first, k - 1));
  }
}

/** The mentions whose tokens lie in [from, to]. */
function mentionsIn(owner: Int32Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = from; j <= to; j++) if (owner[j]! >= 0 && !out.includes(owner[j]!)) out.push(owner[j]!);
  return out;
}

/** Whether the words [from, to] hold part of a mention but not all of it. */
function cutsMention(tokens: Tokens, owner: Int32Array, from: number, to: number): boolean {
  return (from > 0 && owner[from]! >= 0 && owner[from - 1] === owner[from]) || (to + 1 < tokens.count && owner[to]! >= 0 && owner[to + 1] === owner[to]);
}

/**
 * The first word of the long form that the acronym at `k` abbreviates, or -1 (Schwartz and Hearst's
 * rule: the acronym's letters appear in order in the words before it, its first letter at a word start).
 */
function longFormStart(text: string, tokens: Tokens, k: number): number {
  const letters = tokens.raw(k).replace(/s$/, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2) return -1;
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const first = Math.max(0, k - maxWords);
  // Only the words right before the "(": a sentence end or a line break stops the window.
  let from = k - 1;
  while (from > first && !/[.;:!?\n\u0000]/.test(text.slice(tokens.ends[from - 1]!, tokens.starts[from]!))) from--;
  if (from >= k || /[.;:!?\u0000]/.test(text.slice(tokens.ends[k - 1]!, tokens.starts[k]! - 1))) return -1;
  const window = text.slice(tokens.starts[from]!, tokens.ends[k - 1]!).toLowerCase();
  let s = letters.length - 1;
  let l = window.length - 1;
  while (s >= 0) {
    const c = letters[s]!;
    while (l >= 0 && (window[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(window[l - 1]!)))) l--;
    if (l < 0) return -1;
    s--;
    l--;
  }
  const startOffset = tokens.starts[from]! + l + 1;
  let word = from;
  while (word < k && tokens.ends[word]! <= startOffset) word++;
  while (word < k - 1 && STARTERS.has(tokens.raw(word).toLowerCase())) word++;
  return word < k ? word : -1;
}

function isCapitalised(tokens: Tokens, shapes: Uint8Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (shapes[j] === Shape.Connector) continue;
    const w = tokens.raw(j);
    if (w[0] === w[0]!.toLowerCase()) return false;
  }
  return true;
}

// --- Capitalised runs -----------------------------------------------------------------------------

function findRuns(text: string, tokens: Tokens, shapes: Uint8Array, marks: Uint8Array, owner: Int32Array, inPair: Uint8Array, scan: CandidateScan): void {
  let k = 0;
  while (k < tokens.count) {
    if (inPair[k] || (shapes[k] !== Shape.Capital && shapes[k] !== Shape.Acronym)) {
      k++;
      continue;
    }
    let end = k; // last capitalised word of the run
    let ofPhrase = false;
    let j = k + 1;
    while (j < tokens.count && !inPair[j]) {
      if (!joins(text, tokens.ends[j - 1]!, tokens.starts[j]!)) {
        // "Department for Science, Innovation and Technology": a list of single words closed by "and".
        const listEnd = ofPhrase && end === j - 1 ? commaListEnd(text, tokens, shapes, inPair, j) : -1;
        if (listEnd < 0) break;
        end = listEnd;
        j = listEnd + 1;
        continue;
      }
      const shape = shapes[j];
      if (shape === Shape.Capital || shape === Shape.Acronym) end = j;
      else if (shape === Shape.Connector && AND_HASHES.has(tokens.hashes[j]!)) {
        // "and" joins the objects of an of-phrase ("Bureau of Industry and Security"), not two names.
        if (!ofPhrase || j + 1 >= tokens.count || shapes[j + 1] !== Shape.Capital) break;
      } else if (shape === Shape.Connector && OF_HASHES.has(tokens.hashes[j]!)) ofPhrase = true;
      else if (shape === Shape.Connector && ARTICLE_HASHES.has(tokens.hashes[j]!) && !(shapes[j - 1] === Shape.Connector && OF_HASHES.has(tokens.hashes[j - 1]!))) break; // "Office of the President", not "Later the NCA"
      else if (shape === Shape.Number && end === j - 1 && j - k >= 2) {
        end = j; // "Executive Order 14110": a number ends a name of two words or more
        j++;
        break;
      } else if (shape !== Shape.Connector) break;
      j++;
    }
    emitRun(text, tokens, shapes, marks, owner, k, end, scan);
    k = Math.max(end + 1, k + 1);
  }
}

/**
 * When a comma follows the word before `j` and starts a list of capitalised single words closed by
 * "and" and a last capitalised word ("…Science, Innovation and Technology"), the last word's index; else -1.
 */
function commaListEnd(text: string, tokens: Tokens, shapes: Uint8Array, inPair: Uint8Array, j: number): number {
  const isWord = (k: number) => k < tokens.count && !inPair[k] && shapes[k] === Shape.Capital;
  const gap = (k: number) => text.slice(tokens.ends[k - 1]!, tokens.starts[k]!);
  let k = j;
  for (let items = 0; items < 6; items++) {
    if (gap(k) !== ', ' || !isWord(k)) return -1;
    // After the item: another ", Word", or "and Word" / ", and Word" to close the list.
    const next = k + 1;
    if (next < tokens.count && AND_HASHES.has(tokens.hashes[next]!) && (gap(next) === ' ' || gap(next) === ', ') && gap(next + 1) === ' ' && isWord(next + 1)) return next + 1;
    k = next;
  }
  return -1;
}

function emitRun(text: string, tokens: Tokens, shapes: Uint8Array, marks: Uint8Array, owner: Int32Array, from: number, to: number, scan: CandidateScan): void {
  let first = from;
  while (first <= to && marks[first] !== ABSORBABLE && (STARTERS.has(tokens.raw(first).toLowerCase()) || shapes[first] === Shape.Connector)) first++;
  if (first > to) return;
  let capitals = 0;
  let acronyms = 0;
  let own = 0; // capitalised words outside any glossary mention
  let titlesOnly = true;
  for (let j = first; j <= to; j++) {
    if (shapes[j] === Shape.Capital) capitals++;
    else if (shapes[j] === Shape.Acronym) acronyms++;
    if ((shapes[j] === Shape.Capital || shapes[j] === Shape.Acronym) && marks[j] !== ABSORBABLE) own++;
    if (shapes[j] !== Shape.Connector && !TITLES.has(tokens.raw(j).toLowerCase())) titlesOnly = false;
  }
  if (own === 0) return;
  const single = first === to;
  if (single ? shapes[first] !== Shape.Acronym : capitals + acronyms < 2 || titlesOnly) return;
  if (!single && capitals === 0 && acronyms >= 3) return; // a shouted line, not a name
  if (SECTION_WORDS.has(tokens.raw(first).toLowerCase()) && shapes[to] === Shape.Number) return;
  if (isTheFieldItself(tokens, first, to)) return;
  // A run that cuts a mention in two is no name; one that holds whole mentions swallows them.
  if (cutsMention(tokens, owner, first, to)) return;
  scan.absorbed.push(...mentionsIn(owner, first, to));
  scan.candidates.push(candidate(text, tokens.starts[first]!, tokens.ends[to]!, 'actor', single ? 'institution' : guessType(tokens, first, to + 1)));
}

const FIELD_WORDS = words('artificial intelligence ai');

/** "Artificial Intelligence" in title case names the field, never an actor (analysts never tag it). */
function isTheFieldItself(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (!FIELD_WORDS.has(tokens.raw(j).toLowerCase())) return false;
  return true;
}

// --- Actor type -----------------------------------------------------------------------------------

/** The actor type the words `[from, to)` suggest: a legal suffix, a given name or title, else the head noun. */
function guessType(tokens: Tokens, from: number, to: number): ActorType {
  const lower: string[] = [];
  for (let j = from; j < to; j++) lower.push(tokens.raw(j).toLowerCase());
  const last = lower[lower.length - 1]!;
  if (COMPANY_SUFFIXES.has(last)) return 'company';
  const named = lower.filter((w) => !CONNECTORS.has(w));
  if (named.length >= 2 && named.length <= 3 && !/\d/.test(last) && (GIVEN_NAMES.has(named[0]!) || TITLES.has(named[0]!))) return 'person';
  // The head noun of an English name stands before its first "of"/"for"/"on" ("Bureau of Industry").
  const cut = lower.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  const head = cut > 0 ? lower[cut - 1]! : last;
  if (TITLES.has(head)) return 'person'; // "Secretary of Commerce": an office held by one person
  const byHead = typeOfWord(head);
  if (byHead) return byHead;
  for (let i = lower.length - 1; i >= 0; i--) {
    const t = typeOfWord(lower[i]!);
    if (t) return t;
  }
  return 'other';
}

function typeOfWord(word: string): ActorType | undefined {
  if (INSTITUTION_HEADS.has(word)) return 'institution';
  if (OTHER_HEADS.has(word)) return 'other';
  if (INITIATIVE_HEADS.has(word)) return 'initiative';
  return undefined;
}

function candidate(text: string, start: number, end: number, kind: EntryKind, type: ActorType | undefined, aliases?: string[]): BlockCandidate {
  const c: BlockCandidate = { text: squash(text.slice(start, end)), start, end, kind };
  if (type) c.type = type;
  if (aliases) c.aliases = aliases;
  return c;
}

export interface NamedCandidate {
  text: string;
  kind: EntryKind;
  type?: ActorType;
  aliases?: string[];
}

/**
 * Across a document, an acronym spelled out once ("Bureau of Industry and Security (BIS)") names
 * the same thing everywhere: its other uses, and its long form's, get the pair's aliases and type;
 * an acronym spelled out by a known entry is no candidate anywhere.
 */
export function linkCandidates<T extends NamedCandidate & { known?: true }>(candidates: T[]): T[] {
  const pairs = new Map<string, NamedCandidate>();
  const known = new Set<string>();
  for (const c of candidates) {
    if (c.known) known.add(c.text);
    else if (c.aliases?.length === 1) pairs.set(c.text, c);
  }
  const kept = known.size === 0 ? candidates : candidates.filter((c) => !known.has(c.text));
  if (pairs.size === 0) return kept;
  return kept.map((c) => {
    const pair = c.aliases ? undefined : pairs.get(c.text);
    if (!pair) return c;
    const linked: T = { ...c, kind: pair.kind, aliases: pair.aliases };
    if (pair.type) linked.type = pair.type;
    else delete linked.type;
    return linked;
  });
}
