import { ASCII_WORD, HAS_CAPITAL, HAS_DIGIT, hashWord, type Tokens } from '../text/tokenize';
import type { ClaimKind } from '../types';

// Cheap facts about one sentence: the numbers the claim model (claimModel.json) weighs to tell
// whether it reads like a claim, and the kind of claim its wording makes it. The cue bits of the
// words come in per token (the glossary's word table, layerCues, holds the cue words too). The
// names below are the model's columns: the training script writes them into the model, and a
// model whose columns differ is not used (claimModel.ts).

// Cue groups, one bit each.
const SHALL = 1 << 0;
const OUGHT = 1 << 1; // should, must, need…
const WILL = 1 << 2;
const HEDGE = 1 << 3; // would, could, might, likely…
const MAY = 1 << 4;
const CAN = 1 << 5;
const WE = 1 << 6;
const GOAL = 1 << 7;
const BE = 1 << 8;
const LEGAL = 1 << 10;
const QUANTITY = 1 << 11;
const NOT_PROSE = 1 << 14; // "Source", "See", "Figure"… at the start
const COMMAND = 1 << 15; // verbs that open a recommendation ("Establish", "Expand")
const NEED = 1 << 16; // need, requires, essential…
const FORECAST = 1 << 17; // likely, expected, projected…
const PROSPECT = 1 << 18; // opportunity, potential, risk…
const RECOMMEND = 1 << 19;

const cueBits = new Map<number, number>();
function cue(bit: number, words: string): void {
  for (const w of words.split(/\s+/)) if (w) cueBits.set(hashWord(w), (cueBits.get(hashWord(w)) ?? 0) | bit);
}
cue(SHALL, 'shall');
cue(OUGHT, 'should must ought mandatory obliged');
cue(NEED, 'need needs needed required requires require necessary');
cue(WILL, 'will');
cue(HEDGE, 'would could might probably possibly perhaps');
cue(FORECAST, 'likely unlikely expect expected expects expecting assume anticipate anticipates projected forecast forecasts predicted predict predicts poised soon decade future');
cue(PROSPECT, 'opportunity opportunities potential potentially benefit benefits risk risks threat threats threaten threatens promise promises impact transform transformative unlock');
cue(MAY, 'may');
cue(CAN, 'can cannot');
cue(WE, 'we our us ours');
// Aims and commitments are normative in the writer's own voice ("our ambition", "we want"), not when reported ("France aims to").
cue(GOAL, 'aim aims goal goals ambition ambitions commit commits committed commitment commitments want wants plan plans intend intends priority priorities objective objectives vision mission target targets pledge pledges determined');
cue(RECOMMEND, 'recommend recommends recommended recommendation recommendations propose proposes proposed urge urges urged advise advises');
cue(BE, 'is are am be been being has have had');
cue(LEGAL, 'pursuant paragraph paragraphs subparagraph article articles annex annexes thereof hereby hereinafter referred accordance delegated empowered implementing');
cue(QUANTITY, 'million millions billion billions trillion thousand thousands hundred hundreds percent cent per twice double doubled triple tripled half third quarter fold majority share average largest biggest smallest rank ranked ranks top');
cue(NOT_PROSE, 'source sources see note notes figure fig table photo image credit credits contents published updated download contact read click chart map box');
cue(
  COMMAND,
  'establish expand set create build develop ensure invest support provide make publish require introduce launch fund appoint adopt promote strengthen increase reduce improve prioritise prioritize encourage consider explore identify deliver use work agree commission review assess enable mitigate couple push position crowd rapidly strategically implement designate empower allocate attract maintain adapt align accelerate boost secure protect harmonise harmonize mandate prohibit ban limit restrict coordinate convene partner pilot scale embed upskill train recruit retain offer require grant clarify simplify streamline remove reform legislate regulate monitor evaluate test audit certify open share collect assure pursue focus double triple apply engage lead back match fix end stop start draw keep put verify demonstrate notify inform document cooperate assess continue grow procure leverage drive direct incentivise incentivize reward deploy attract retain nominate reinforce champion prepare set up',
);

/** Word hash → cue bits. The words are looked up through the glossary's word table (layerCues), which holds them too. */
export const CUE_BITS: ReadonlyMap<number, number> = cueBits;

export const DETECTION_FEATURES = [
  'bias', 'log words', 'under 4 words', 'under 8 words', 'over 60 words', 'list item', 'no full stop', 'ends with colon', 'ends with exclamation',
  'starts lower-case', 'modal', 'be or have', 'ed or ing word', 'figure', 'mentions', 'log mentions', 'capitalised share', 'wholly emphasised',
  'not-prose opener', 'first person', 'goal word', 'colon inside', 'legal word', 'digit share', 'no lower-case word',
] as const;

/**
 * The features of the sentence `text[start, end)`, whose words are `tokens[from, to)` with the
 * cue bits `bits` (one per token of the block): its DETECTION_FEATURES, written into `out`
 * (scratch, reused: a brief has thousands of sentences), and its kind, returned. `mentions` is
 * how many glossary mentions it holds; `item` and `open` come from splitSentences.
 */
export function claimFeatures(text: string, start: number, end: number, tokens: Tokens, bits: Int32Array, from: number, to: number, mentions: number, item: boolean, open: boolean, out: Float64Array): ClaimKind {
  const words = to - from;
  let all = 0;
  let capitals = 0;
  let digits = 0;
  let lowerWords = 0;
  let edIng = 0;
  let year = 0;
  let willAfterWe = 0;
  let sawWe = false;
  for (let k = from; k < to; k++) {
    const flags = tokens.flags[k]!;
    if (flags & HAS_CAPITAL) capitals++;
    if (flags & HAS_DIGIT) {
      digits++;
      const len = tokens.ends[k]! - tokens.starts[k]!;
      if (len === 4 && (text.startsWith('19', tokens.starts[k]!) || text.startsWith('20', tokens.starts[k]!))) year = 1;
    } else if (!(flags & HAS_CAPITAL)) lowerWords++;
    if (!(flags & ASCII_WORD)) continue;
    const cue = bits[k]!;
    all |= cue & ~(NOT_PROSE | COMMAND);
    if (cue & WE) sawWe = true;
    else if (cue & WILL && sawWe) willAfterWe = 1;
    if (endsWithEdOrIng(text, tokens.starts[k]!, tokens.ends[k]!)) edIng++;
  }
  const first = from < to ? bits[from]! : 0;
  const last = lastMark(text, start, end);
  const marks = gapMarks(text, start, end, tokens, from, to);
  const colonInside = marks & COLON ? 1 : 0;
  // A currency sign or a percent goes with a figure: without digits it does not count.
  const money = digits > 0 && marks & MONEY ? 1 : 0;
  const figure = digits > year ? 1 : money;
  const digitShare = words ? digits / words : 0;
  const d = out;
  d[0] = 1;
  d[1] = Math.log1p(words) / 4;
  d[2] = words < 4 ? 1 : 0;
  d[3] = words < 8 ? 1 : 0;
  d[4] = words > 60 ? 1 : 0;
  d[5] = item ? 1 : 0;
  d[6] = open ? 1 : 0;
  d[7] = last === 58 ? 1 : 0;
  d[8] = last === 33 ? 1 : 0;
  d[9] = startsLowerCase(text, start, end);
  d[10] = all & (SHALL | OUGHT | NEED | WILL | HEDGE | MAY | CAN) ? 1 : 0;
  d[11] = all & BE ? 1 : 0;
  d[12] = edIng > 0 ? 1 : 0;
  d[13] = figure;
  d[14] = mentions > 0 ? 1 : 0;
  d[15] = Math.log1p(mentions) / 2;
  d[16] = words ? capitals / words : 0;
  d[17] = whollyEmphasised(text, start, end);
  d[18] = first & NOT_PROSE ? 1 : 0;
  d[19] = all & WE ? 1 : 0;
  d[20] = all & GOAL ? 1 : 0;
  d[21] = colonInside;
  d[22] = all & LEGAL ? 1 : 0;
  d[23] = digitShare;
  d[24] = lowerWords === 0 ? 1 : 0;
  const gerundItem = item && from < to && endsWithIng(text, tokens.starts[from]!, tokens.ends[from]!);
  // "Invest in X: the state can…" — a recommendation's title; the sentence after the colon says what kind it is.
  const commands = !colonInside && ((first & COMMAND && isImperative(text, tokens, bits, from, to)) || gerundItem);
  const voiced = all & WE ? all & GOAL : 0;
  return kindOf(all, commands || willAfterWe || voiced ? 1 : 0, money || (figure && all & QUANTITY));
}

/**
 * The kind the analysts' definitions give, read as a decision list: an ought, a goal, a legal provision or a recommendation (an item
 * opening with a verb, "we will") is normative; a figure with a unit makes the point statistical;
 * a need is normative; a forecast, a hedge or a prospect is predictive; what is left states a fact.
 */
function kindOf(all: number, commitment: number, measured: number | boolean): ClaimKind {
  if (all & OUGHT && all & FORECAST) return 'predictive'; // "we should expect"
  if (all & (SHALL | OUGHT | RECOMMEND | LEGAL) || commitment) return 'normative';
  if (measured) return 'statistical';
  if (all & NEED) return 'normative';
  if (all & (WILL | HEDGE | FORECAST | PROSPECT | MAY | CAN)) return 'predictive';
  return 'factual';
}

/** The last character that is not a closing quote, bracket or emphasis mark. */
function lastMark(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 41 || c === 42 || c === 93 || c === 95 || c === 0x2019 || c === 0x201d || c <= 32) continue;
    return c;
  }
  return 0;
}

function startsLowerCase(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return 1;
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 0;
  }
  return 0;
}

/**
 * A sentence that opens with a verb of COMMAND reads as an order unless that word is used as a
 * noun or adjective: "Open-weight models…", "Use is growing", "Fund managers are…".
 */
function isImperative(text: string, tokens: Tokens, bits: Int32Array, from: number, to: number): boolean {
  if (text.charCodeAt(tokens.ends[from]!) === 45 /* - */ || from + 1 >= to) return false;
  const next = bits[from + 1]!;
  if (next & (BE | SHALL | OUGHT | WILL | HEDGE | MAY | CAN)) return false;
  return !(tokens.flags[from + 1]! & HAS_CAPITAL) || text.charCodeAt(tokens.starts[from + 1]! - 1) === 32;
}

function endsWithIng(text: string, start: number, end: number): boolean {
  return end - start >= 5 && (text.charCodeAt(end - 1) | 32) === 103 && (text.charCodeAt(end - 2) | 32) === 110 && (text.charCodeAt(end - 3) | 32) === 105;
}

function endsWithEdOrIng(text: string, start: number, end: number): boolean {
  return (end - start >= 5 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100) || endsWithIng(text, start, end);
}

function whollyEmphasised(text: string, start: number, end: number): number {
  const open = text.charCodeAt(start);
  if (open !== 42 && open !== 95) return 0;
  const close = text.charCodeAt(end - 1);
  return close === open || (close === 46 && text.charCodeAt(end - 2) === open) ? 1 : 0;
}

const COLON = 1;
const MONEY = 2;

/**
 * COLON for "Label: rest" (a colon and a space, with words after them), MONEY for a currency sign
 * or a percent. Neither is a word character, so only the gaps between the sentence's words are
 * read: about a quarter of its characters.
 */
function gapMarks(text: string, start: number, end: number, tokens: Tokens, from: number, to: number): number {
  let marks = 0;
  let at = start;
  for (let k = from; k <= to; k++) {
    const gapEnd = k < to ? tokens.starts[k]! : end;
    for (; at < gapEnd; at++) {
      const c = text.charCodeAt(at);
      if (c === 58) {
        if (at < end - 2 && text.charCodeAt(at + 1) === 32) marks |= COLON;
      } else if (c === 37 || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) marks |= MONEY;
    }
    if (k < to) at = tokens.ends[k]!;
  }
  return marks;
}
