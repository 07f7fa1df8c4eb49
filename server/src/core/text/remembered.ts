/**
 * `make(word)`, kept in `cache` for the next time the word comes: for work on a word beyond ASCII
 * that costs more than a lookup (normalising it, its lower case). The map is emptied when it holds
 * 20,000 words: a brief has a few thousand distinct ones.
 */
export function remembered<T>(cache: Map<string, T>, word: string, make: (word: string) => T): T {
  let out = cache.get(word);
  if (out === undefined) {
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    cache.set(word, (out = make(word)));
  }
  return out;
}

const MAX_REMEMBERED = 20_000;
