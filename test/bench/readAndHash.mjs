// The floor for a whole-process run over a brief: start node, read the file, and hash every word
// once (FNV-1a over each run of ASCII letters and digits), then exit. No analysis can take less.
// Usage: node test/bench/readAndHash.mjs FILE  → prints the word count and a checksum.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
let words = 0;
let sum = 0;
let h = 0x811c9dc5;
let inWord = false;
for (let i = 0; i < text.length; i++) {
  const c = text.charCodeAt(i);
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (word) {
    h = Math.imul(h ^ c, 0x01000193);
    inWord = true;
  } else if (inWord) {
    sum = (sum + h) | 0;
    words++;
    h = 0x811c9dc5;
    inWord = false;
  }
}
if (inWord) words++;
process.stdout.write(`${words} ${sum >>> 0}\n`);
