import { foldDiacritics } from './foldText';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'by', 'with', 'is', 'are', 'was', 'were', 'be', 'its', 'their', 'that', 'this', 'as', 'at', 'from']);

/** A readable claim id from the claim's words (`europe-lags-foundation-models`), unique among `taken`. */
export function makeClaimId(text: string, taken: ReadonlySet<string>, maxWords = 4): string {
  const words = foldDiacritics(text.replace(/\[[^\]]*\]\{[^}]*\}/g, (span) => span.slice(1, span.indexOf(']'))))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const meaningful = words.filter((w) => !SMALL_WORDS.has(w));
  const base = (meaningful.length > 0 ? meaningful : words).slice(0, maxWords).join('-') || 'claim';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
