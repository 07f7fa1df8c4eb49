import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinGlossary } from '../../server/src/core/glossary/builtinGlossary';
import { loadDevelopmentGold } from './developmentGold';
import { trainClaimModel, trainingData } from './trainClaimModel';

// `npm run train:claims`: trains the claim model on the development gold and writes
// server/src/core/analysis/claimModel.json, with the held-out figures on the console.

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'server/src/core/analysis/claimModel.json');

const files = loadDevelopmentGold(ROOT);
if (!files) {
  console.error(`train:claims: the development corpus beside ${ROOT} is absent; the model is left as it is.`);
  process.exit(2);
}
const data = trainingData(files, builtinGlossary());
const { model, heldOut, perFile } = trainClaimModel(data);
writeFileSync(OUT, JSON.stringify(model, null, 2) + '\n');
const f = (v: number) => v.toFixed(2);
console.log(`train:claims: ${data.sentences.length} sentences (${data.sentences.filter((s) => s.y).length} claims), ${data.kinds.length} kinds, ${data.layers.length} layers → ${path.relative(ROOT, OUT)}`);
console.log(`held out, per file: likely ≥ ${model.thresholds.likely} precision ${f(heldOut.likely.precision)} recall ${f(heldOut.likely.recall)}; all ≥ ${model.thresholds.all} precision ${f(heldOut.all.precision)} recall ${f(heldOut.all.recall)}; kind (not trained) ${f(heldOut.kindAccuracy)}; layer ${f(heldOut.layerAccuracy)}`);
for (const p of perFile) console.log(`  ${p.file}: kind ${f(p.kind)}, layer ${f(p.layer)}`);
console.log('Run `npm run build` to bundle the new model.');
