import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGold, type GoldFile } from './scoreAnnotations';

// The development gold (test/eval/gold/*.tsv, positions only) with the texts it annotates (the
// corpus and the seeds in ../shared, outside this repository), for `npm run eval` and the claim
// model's training.

export interface GoldText {
  gold: GoldFile;
  text: string;
}

/** The corpus folder beside the repository at `root`. */
export const corpusDir = (root: string) => path.resolve(root, '../shared/corpus');

/** Each gold file of the repository at `root` with its text, by file name; undefined when the corpus is absent. */
export function loadDevelopmentGold(root: string): GoldText[] | undefined {
  const goldDir = path.join(root, 'test/eval/gold');
  const corpus = corpusDir(root);
  if (!existsSync(corpus)) return undefined;
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const gold = parseGold(file.replace(/\.tsv$/, '.md'), readFileSync(path.join(goldDir, file), 'utf8'));
      const where = gold.text ? path.resolve(corpus, '..', gold.text) : path.join(corpus, gold.corpus);
      const name = (gold.corpus = path.basename(where));
      const text = readFileSync(where, 'utf8');
      const sha = createHash('sha256').update(text).digest('hex').slice(0, 16);
      if (sha !== gold.sha) console.error(`${name} changed since its gold was made (sha ${sha}, gold ${gold.sha}): positions may be off.`);
      return { gold, text };
    });
}
