import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinGlossary } from '../../../server/src/core/glossary/builtinGlossary';
import { CLAIM_MODEL, isCurrent, type ClaimModel } from '../../../server/src/core/analysis/claimModel';
import { loadDevelopmentGold } from '../../eval/developmentGold';
import { trainClaimModel, trainingData } from '../../eval/trainClaimModel';

// The claim model is generated from the development gold; this test retrains it and fails when
// server/src/core/analysis/claimModel.json is not what `npm run train:claims` writes today.

const ROOT = path.resolve(__dirname, '../../..');
const MODEL_FILE = path.join(ROOT, 'server/src/core/analysis/claimModel.json');
const files = loadDevelopmentGold(ROOT);
if (!files) console.warn(`[trainClaimModel.test] SKIPPED the staleness check: the development corpus beside ${ROOT} is absent.`);

describe('the claim model', () => {
  it('was trained on the features computed today', () => {
    const committed = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ClaimModel;
    expect(isCurrent(committed)).toBe(true);
    expect(CLAIM_MODEL.note).not.toMatch(/stale/);
    expect(CLAIM_MODEL.thresholds.likely).toBeGreaterThan(CLAIM_MODEL.thresholds.all);
  });

  it.skipIf(!files)('is what training on the development gold gives today (else run `npm run train:claims`)', () => {
    const { model } = trainClaimModel(trainingData(files!, builtinGlossary()));
    expect(JSON.parse(readFileSync(MODEL_FILE, 'utf8'))).toEqual(model);
  }, 120_000);
});
