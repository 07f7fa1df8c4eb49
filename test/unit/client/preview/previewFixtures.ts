// Fake server data and a plain markdown-it with the preview plugin, for the preview tests.
import MarkdownIt, { type MarkdownItOptions } from 'markdown-it';
import { expect } from 'vitest';
import { briefmarkPlugin } from '../../../../client/src/preview/briefmarkPlugin';
import { createPreviewData, type PreviewData } from '../../../../client/src/preview/PreviewData';
import type { ClaimStatus } from '../../../../server/src/core/types';
import type { ReviewRecord } from '../../../../server/src/core/review/reviewFile';
import type { ClaimItem, GlossaryItem, GlossaryResult } from '../../../../server/src/protocol';

export const LAYERS: GlossaryResult['layers'] = [
  { id: 'infrastructure', label: 'Infrastructure', description: 'Compute.' },
  { id: 'models', label: 'Models', description: 'Models.' },
  { id: 'cross-cutting', label: 'Cross-cutting', description: 'Everything else.' },
];

export const ENTRIES: GlossaryItem[] = [
  { kind: 'concept', id: 'strategic-autonomy', label: 'Strategic autonomy', aliases: ['autonomie stratégique'], layer: 'cross-cutting', definition: "Acting on one's own choices." },
  { kind: 'concept', id: 'foundation-model', label: 'foundation model', aliases: [], layer: 'models', definition: 'A large model trained on broad data.' },
  { kind: 'concept', id: 'third-way', label: 'third way', aliases: [], layer: 'cross-cutting', definition: '' },
  { kind: 'actor', id: 'mistral-ai', label: 'Mistral AI', aliases: ['Mistral'], layer: 'models', definition: 'A French AI company.', type: 'company', country: 'FR' },
  { kind: 'actor', id: 'eu', label: 'European Union', aliases: ['EU'], layer: 'cross-cutting', definition: 'The Union.', type: 'institution', country: 'EU' },
  { kind: 'actor', id: 'france', label: 'France', aliases: [], layer: 'cross-cutting', definition: 'The French state.', type: 'state', country: 'FR' },
];

export const GLOSSARY: GlossaryResult = { layers: LAYERS, entries: ENTRIES };

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/** A claim as the server reports it. */
export function claim(id: string | null, status: ClaimStatus, review?: ReviewRecord): ClaimItem {
  const item: ClaimItem = {
    uri: 'file:///brief.md',
    id,
    text: 'text',
    layer: 'cross-cutting',
    layerSource: 'none',
    kind: null,
    kindSource: 'none',
    actor: null,
    about: [],
    stance: null,
    sources: [],
    status,
    range: RANGE,
    spanRange: RANGE,
    idRange: RANGE,
  };
  if (review) item.review = review;
  return item;
}

export function data(claims: ClaimItem[] = [], glossary: GlossaryResult = GLOSSARY): PreviewData {
  return createPreviewData(glossary, claims);
}

/** Renders `source` with the plugin, `previewData` standing for the server's answer (none: not yet known). */
export function render(source: string, previewData?: PreviewData, options: MarkdownItOptions = {}): string {
  return new MarkdownIt(options).use(briefmarkPlugin, () => previewData).render(source);
}

// The only markup the preview may produce around a brief's text in these tests: known tags, with
// known attributes whose values hold no quote or angle bracket.
const SAFE_TAG = /^<\/?(?:p|span|a|code|pre|em|strong|br|ul|li)(?:\s+(?:class|title|href)="[^"<>]*")*\s*>/;

/** Fails when the HTML has a `<` that does not open a known tag with known, quoted attributes. */
export function expectSafe(html: string): void {
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    expect(html.slice(at), 'unsafe markup').toMatch(SAFE_TAG);
  }
  expect(html).not.toContain('<script');
  expect(html).not.toMatch(/onerror\s*=\s*"/);
}
