import type { GlossaryFile } from '../../server/src/core/glossary/glossarySchema';
import {
  ADJ_PROSE, CLAUSES, CODE_LANGUAGES, CONTEXTS, FILLER, LAYERS, OPENERS, POLICY_ADJECTIVES, POLICY_NOUNS, TIMEFRAMES, VERBS, VERBS_PAST,
} from './benchVocabulary';
import { createRandom, type Random } from './createRandom';

// A deterministic Markdown policy brief of about `targetBytes` UTF-8 bytes: front matter,
// headings, wrapped paragraphs, lists, block quotes, tables, fenced and indented code, HTML
// comments, links, reference definitions, citations, claim spans and explicit tags, with
// mentions of the glossary's terms (labels and aliases, plurals, possessives, line-wrapped).

export interface BenchBrief {
  text: string;
  bytes: number;
  /** What the generator wrote, for the report's context line. */
  stats: { blocks: number; mentionsWritten: number; claims: number; codeBlocks: number };
}

interface Term {
  kind: 'concept' | 'actor';
  id: string;
  label: string;
  forms: string[];
}

interface Written {
  text: string;
  actors: string[];
  concepts: string[];
}

/** Words that start sentence templates or openers and are no names. */
const PLAIN_STARTS = new Set(['According', 'Investment', 'The', 'Critics', 'Without', 'Does', 'In', 'At', 'For', 'Taken', 'By', 'Crucially', 'Seen', 'On', 'Historically', 'More', 'Even', 'As', 'Put', 'Yet', 'Meanwhile', 'What', 'There', 'Few', 'This', 'Much']);

/** Marks a space that the line wrapper must not break at (inside `{…}` and inline code). */
const KEEP = '\u0002';

export interface BenchBriefOptions {
  targetBytes?: number;
  seed?: number;
  /**
   * Share of sentences that get an extra clause with no glossary wording. The default, 0.8, gives
   * about 10 words per mention, as in examples/sovereign-compute-brief.md; 0 gives prose about
   * 1.6 times denser in mentions.
   */
  clauseRate?: number;
}

export function generateBenchBrief(file: GlossaryFile, options: BenchBriefOptions = {}): BenchBrief {
  const { targetBytes = 1 << 20, seed = 0xb41ef, clauseRate = 0.8 } = options;
  const random = createRandom(seed);
  const concepts = shuffle(random, (file.concepts ?? []).map((c): Term => ({ kind: 'concept', id: c.id, label: c.label, forms: [c.label, ...(c.aliases ?? [])] })));
  const actors = shuffle(random, (file.actors ?? []).map((a): Term => ({ kind: 'actor', id: a.id, label: a.label, forms: [a.label, ...(a.aliases ?? [])] })));
  const writer = new BriefWriter(random, clauseRate, concepts, actors);
  return writer.write(targetBytes);
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function capitalize(text: string): string {
  // Skip leading markup so "**sovereign compute**" becomes "**Sovereign compute**".
  const at = text.search(/[\p{L}\p{N}]/u);
  return at === -1 ? text : text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
}

function isCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function plural(form: string): string {
  if (/(?:s|x|ch|sh)$/.test(form)) return form + 'es';
  if (/[^aeiou]y$/.test(form)) return form.slice(0, -1) + 'ies';
  return form + 's';
}

class BriefWriter {
  private claims = 0;
  private mentions = 0;
  private codeBlocks = 0;
  private section = 0;
  private references = 0;
  private writtenReferences = 0;

  constructor(
    private readonly random: Random,
    /** How often a sentence gets a clause without glossary wording (tunes mention density). */
    private readonly clauseRate: number,
    private readonly concepts: Term[],
    private readonly actors: Term[],
  ) {}

  write(targetBytes: number): BenchBrief {
    const r = this.random;
    const blocks: string[] = [
      `---\ntitle: "Compute, models and value: a sovereignty brief"\nauthors: [Ana Lindqvist, Bruno Marchetti]\ndate: 2026-03-14\nlang: en\n---`,
      `# Compute, models and value: where ${this.plainConcept()} stands`,
    ];
    let bytes = Buffer.byteLength(blocks.join('\n\n'));
    let sinceHeading = 0;
    while (bytes < targetBytes) {
      let block: string;
      const k = r.next();
      if (sinceHeading > 6 && r.chance(0.3)) {
        block = this.heading();
        sinceHeading = 0;
      } else if (k < 0.56) block = this.paragraph();
      else if (k < 0.68) block = this.list(false);
      else if (k < 0.74) block = this.list(true);
      else if (k < 0.78) block = this.quote();
      else if (k < 0.83) block = this.fencedCode();
      else if (k < 0.84) block = this.indentedCode();
      else if (k < 0.87) block = this.table();
      else if (k < 0.89) block = this.comment();
      else if (k < 0.91 && this.references > this.writtenReferences) block = this.referenceDefinitions();
      else block = this.paragraph();
      sinceHeading++;
      blocks.push(block);
      bytes += Buffer.byteLength(block) + 2;
    }
    const text = blocks.join('\n\n').replaceAll(KEEP, ' ') + '\n';
    return { text, bytes: Buffer.byteLength(text), stats: { blocks: blocks.length, mentionsWritten: this.mentions, claims: this.claims, codeBlocks: this.codeBlocks } };
  }

  // --- mentions ---

  private term(kind: 'concept' | 'actor'): Term {
    return this.random.zipf(kind === 'concept' ? this.concepts : this.actors);
  }

  private plainConcept(): string {
    return this.term('concept').label.toLowerCase();
  }

  /** A mention as it appears in prose, with the variations writers produce. */
  private mention(kind: 'concept' | 'actor', into: Written): string {
    const r = this.random;
    const term = this.term(kind);
    (kind === 'concept' ? into.concepts : into.actors).push(term.id);
    this.mentions++;
    let form = r.chance(0.6) || term.forms.length === 1 ? term.label : r.pick(term.forms.slice(1));
    const plain = form;
    if (kind === 'concept') {
      if (!isCaps(form) && r.chance(0.8)) form = form.toLowerCase();
      if (!isCaps(form) && /[a-z]$/.test(form) && r.chance(0.12)) form = plural(form);
    } else {
      if (/[^\x00-\x7f]/.test(form) && r.chance(0.15)) form = form.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (r.chance(0.1)) form += r.chance(0.5) ? '\u2019s' : "'s";
    }
    const m = r.next();
    if (m < 0.04) return r.chance(0.5) ? `**${form}**` : `*${form}*`;
    if (m < 0.06) return `[${form}](https://example.org/${kind}s/${term.id})`;
    if (m < 0.07) return `[${form}]{.${kind}${KEEP}ref=${term.id}}`;
    if (m < 0.075 && form === plain) return `[${form}]{.${kind}}`;
    if (m < 0.078) {
      this.mentions--;
      (kind === 'concept' ? into.concepts : into.actors).pop();
      return `[${form}]{.notag}`;
    }
    if (m < 0.085) {
      this.references++;
      return `[${form}][ref${this.references}]`;
    }
    return form;
  }

  // --- sentences ---

  private sentence(): Written {
    const r = this.random;
    const w: Written = { text: '', actors: [], concepts: [] };
    const A = () => this.mention('actor', w);
    const C = () => this.mention('concept', w);
    const opener = () => r.pick(OPENERS);
    const templates: Array<() => string> = [
      () => `${A()} has argued that ${C()} ${r.pick(VERBS)} ${C()} in ${r.pick(CONTEXTS)}`,
      () => `${opener()} ${C()} remains ${r.pick(ADJ_PROSE)} for ${A()}, whose ${C()} ${r.pick(VERBS)} ${C()}`,
      () => `${A()} should ${r.pick(['invest in', 'prioritise', 'rethink', 'fund', 'regulate', 'open up', 'pool'])} ${C()} ${r.pick(TIMEFRAMES)}`,
      () => `According to ${A()}, ${C()} ${r.pick(VERBS_PAST)} by ${this.figure()} ${r.pick(TIMEFRAMES)}`,
      () => `${C()} is ${r.pick(['more fragile', 'less developed', 'cheaper', 'more concentrated', 'larger'])} than ${C()} in ${r.pick(CONTEXTS)}`,
      () => `The debate on ${C()} turns on how ${A()} and ${A()} approach ${C()}`,
      () => `${opener()} ${r.pick(FILLER)} \u2014 ${C()} ${r.pick(VERBS)} ${C()}`,
      () => `${A()} and ${A()} signed a memorandum on ${C()} and ${C()}`,
      () => `Without ${C()}, ${A()} will lag behind ${A()} on ${C()}`,
      () => `${capitalize(r.pick(FILLER))}, especially for ${C()} and the ${r.pick(POLICY_ADJECTIVES)} ${r.pick(POLICY_NOUNS)} it implies`,
      () => `Investment in ${C()} reached ${this.figure()} in ${r.int(2015, 2025)}, according to ${A()}`,
      () => `${C()}, ${C()} and ${C()} form the core of the agenda set by ${A()}`,
      () => `Critics of ${C()} point to ${C()} and to the role of ${A()}`,
      () => `${opener()} the link between ${C()} and ${C()} is ${r.pick(ADJ_PROSE)}`,
      () => `${A()} is expected to expand ${C()} ${r.pick(TIMEFRAMES)}, which ${r.pick(VERBS)} ${C()}`,
      () => `${capitalize(r.pick(FILLER))}, and ${r.pick(FILLER)}`,
      () => `Does ${C()} require ${C()}`,
    ];
    const index = r.int(0, templates.length - 1);
    let text = capitalize(templates[index]!());
    if (r.chance(this.clauseRate)) text += `, ${r.pick(CLAUSES)}`;
    if (r.chance(this.clauseRate / 3)) {
      // Lower-case the old start only when it is a plain word, never a name or an acronym.
      const start = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
      const rest = PLAIN_STARTS.has(start) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
      text = `${capitalize(r.pick(CLAUSES))}, ${rest}`;
    }
    if (r.chance(0.03)) text += ` (see \`${slug(this.term('concept').label).replace(/-/g, '_')}.yaml\`)`;
    if (r.chance(0.08)) text += r.chance(0.5) ? ` [@${this.citeKey()}]` : ` [see @${this.citeKey()},${KEEP}p.${KEEP}${r.int(2, 240)}]`;
    w.text = text + (index === templates.length - 1 ? '?' : '.');
    return w;
  }

  private figure(): string {
    const r = this.random;
    const k = r.int(0, 3);
    if (k === 0) return `${r.int(3, 95)}%`;
    if (k === 1) return `\u20ac${r.int(1, 90)}.${r.int(0, 9)} billion`;
    if (k === 2) return `${r.int(2, 12)}\u00d7`;
    return `${r.int(3, 60)} per cent`;
  }

  private citeKey(): string {
    return `${slug(this.term('actor').label).split('-')[0]}${this.random.int(2015, 2026)}`;
  }

  /** A sentence, sometimes tagged as a claim. */
  private prose(): string {
    const r = this.random;
    const s = this.sentence();
    if (!r.chance(0.09) || s.text.endsWith('?')) return s.text;
    this.claims++;
    const attributes = ['.claim'];
    if (r.chance(0.98)) attributes.push(`#c${this.claims}`);
    if (r.chance(0.6)) attributes.push(`layer=${r.pick(LAYERS)}`);
    if (r.chance(0.7)) attributes.push(`kind=${r.pick(['factual', 'statistical', 'predictive', 'normative'])}`);
    if (s.actors.length && r.chance(0.7)) attributes.push(`actor=${s.actors[0]}`);
    if (s.concepts.length && r.chance(0.6)) {
      const about = [...new Set(s.concepts.slice(0, 2))];
      // Now and then a typo in an id, as writers make: an unknown-id diagnostic with "did you mean".
      if (r.chance(0.005)) about[0] = about[0]!.slice(0, -1);
      attributes.push(`about=${about.join(',')}`);
    }
    if (r.chance(0.4)) attributes.push(`stance=${r.pick(['pro', 'con', 'neutral'])}`);
    if (r.chance(0.2)) attributes.push(r.chance(0.5) ? `source=@${this.citeKey()}` : `source="https://example.org/evidence/${this.claims}"`);
    const body = s.text.slice(0, -1);
    return `[${body}]{${attributes.join(KEEP)}}.`;
  }

  private sentences(min: number, max: number): string {
    const out: string[] = [];
    for (let n = this.random.int(min, max); n > 0; n--) out.push(this.prose());
    return out.join(' ');
  }

  // --- blocks ---

  private heading(): string {
    this.section++;
    const w: Written = { text: '', actors: [], concepts: [] };
    const level = this.random.chance(0.7) ? '##' : '###';
    const title = this.random.chance(0.5) ? `${capitalize(this.mention('concept', w))} and ${this.mention('actor', w)}` : `Why ${this.mention('concept', w)} matters`;
    return `${level} ${this.section}. ${title}`;
  }

  private paragraph(): string {
    return wrap(this.sentences(3, 7), 80, '', '');
  }

  private list(numbered: boolean): string {
    const items: string[] = [];
    const n = this.random.int(3, 6);
    for (let i = 1; i <= n; i++) {
      const marker = numbered ? `${i}. ` : '- ';
      items.push(wrap(this.sentences(1, 2), 80, marker, ' '.repeat(marker.length)));
      if (!numbered && this.random.chance(0.15)) items.push(wrap(this.sentences(1, 1), 80, '  - ', '    '));
    }
    return items.join('\n');
  }

  private quote(): string {
    return wrap(this.sentences(1, 3), 78, '> ', '> ');
  }

  private fencedCode(): string {
    this.codeBlocks++;
    const r = this.random;
    const language = r.pick(CODE_LANGUAGES);
    const lines: string[] = [];
    for (let n = r.int(3, 12); n > 0; n--) {
      const term = this.term(r.chance(0.5) ? 'concept' : 'actor');
      // Glossary wordings inside code must not be matched: they give the analysis masked text to skip.
      lines.push(
        language === 'python'
          ? `${slug(term.label).replace(/-/g, '_')} = load_indicator("${term.label}", year=${r.int(2015, 2026)})`
          : language === 'json'
            ? `  "${term.id}": { "label": "${term.label}", "weight": ${r.int(1, 99) / 100} },`
            : language === 'bash'
              ? `briefmark check briefs/${term.id}.md --glossary team.glossary.yaml`
              : `${term.id}: ${term.label} # ${r.pick(FILLER)}`,
      );
    }
    return ['```' + language, ...lines, '```'].join('\n');
  }

  private indentedCode(): string {
    this.codeBlocks++;
    const lines: string[] = [];
    for (let n = this.random.int(2, 5); n > 0; n--) lines.push(`    ${this.term('concept').label} -> ${this.term('actor').label}`);
    return lines.join('\n');
  }

  private table(): string {
    const r = this.random;
    const rows = ['| Actor | Concept | Layer | Share |', '| --- | --- | --- | ---: |'];
    for (let n = r.int(3, 8); n > 0; n--) {
      const w: Written = { text: '', actors: [], concepts: [] };
      rows.push(`| ${this.mention('actor', w)} | ${this.mention('concept', w)} | ${r.pick(LAYERS)} | ${r.int(1, 60)}% |`);
    }
    return rows.join('\n');
  }

  private comment(): string {
    const w: Written = { text: '', actors: [], concepts: [] };
    return `<!-- reviewer note: check the figures on ${this.mention('concept', w)} with ${this.mention('actor', w)} before publication -->`;
  }

  private referenceDefinitions(): string {
    const lines: string[] = [];
    while (this.writtenReferences < this.references) {
      this.writtenReferences++;
      lines.push(`[ref${this.writtenReferences}]: https://example.org/references/${this.writtenReferences} "Reference ${this.writtenReferences}"`);
    }
    return lines.join('\n');
  }
}

/** Greedy wrap at `width` columns, breaking only at plain spaces (so phrases wrap across lines). */
function wrap(text: string, width: number, first: string, rest: string): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
