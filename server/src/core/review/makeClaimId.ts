import { foldDiacritics } from '../text/foldText';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'by', 'with', 'is', 'are', 'was', 'were', 'be', 'its', 'their', 'that', 'this', 'as', 'at', 'from']);

// Innermost `[text]{attributes}` span or `[text](url)` link: its attributes or address are not words
// of the claim. Applied until nothing changes, so a span inside a span is reduced too (one pass
// left the outer span's `{.claim #id}` in the id).
const INNER_MARKUP = /\[([^[\]]*)\](?:\{[^}]*\}|\([^)\s]*\))/g;

/** The words of `text` with span and link markup reduced to the text they show. */
function plainText(text: string): string {
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(INNER_MARKUP, '$1');
  }
  return text;
}

/** A readable claim id from the claim's words (`europe-lags-foundation-models`), unique among `taken`. */
export function makeClaimId(text: string, taken: ReadonlySet<string>, maxWords = 4): string {
  const words = foldDiacritics(plainText(text))
    .toLowerCase()
    // A possessive is not a word of its own (`Europe's` gave `europe-s`).
    .replace(/['\u2019]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const meaningful = words.filter((w) => !SMALL_WORDS.has(w));
  const base = (meaningful.length > 0 ? meaningful : words).slice(0, maxWords).join('-') || 'claim';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
