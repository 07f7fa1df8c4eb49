import { describe, expect, it } from 'vitest';
import { createPreviewData } from '../../../../client/src/preview/PreviewData';
import type { GlossaryItem } from '../../../../server/src/protocol';
import { claim, GLOSSARY, LAYERS, render } from './previewFixtures';

const entry = (kind: GlossaryItem['kind'], id: string, aliases: string[]): GlossaryItem => ({ kind, id, label: id, aliases, layer: 'cross-cutting', definition: '' });

describe('createPreviewData', () => {
  it('indexes the glossary with its layers and the claims by id', () => {
    const data = createPreviewData(GLOSSARY, [claim('c1', 'verified'), claim(null, 'unchecked')]);
    expect(data.glossary.layers.map((l) => l.label)).toEqual(['Infrastructure', 'Models', 'Cross-cutting']);
    expect(data.glossary.entries.map((e) => e.id)).toEqual(GLOSSARY.entries.map((e) => e.id));
    expect(data.glossary.actors.get('mistral-ai')).toMatchObject({ type: 'company', country: 'FR', definition: 'A French AI company.', layer: 'models' });
    expect([...data.claims.keys()]).toEqual(['c1']);
  });

  it("keeps the server's order, so an alias two entries claim goes to the same one as in the engine", () => {
    const entries = [entry('actor', 'orange-sa', ['Orange']), entry('concept', 'orange', ['orange']), entry('actor', 'later', [])];
    const data = createPreviewData({ layers: LAYERS, entries }, []);
    expect(data.glossary.entries.map((e) => e.id)).toEqual(['orange-sa', 'orange', 'later']);
    expect(render('Orange', data)).toBe('<p><span class="briefmark-mention briefmark-actor" title="orange-sa — actor (other) · Cross-cutting">Orange</span></p>\n');
  });

  it('indexes an unchanged glossary once', () => {
    const first = createPreviewData(GLOSSARY, []);
    expect(createPreviewData(structuredClone(GLOSSARY), [claim('c1', 'stale')]).glossary).toBe(first.glossary);
    expect(createPreviewData({ ...GLOSSARY, entries: GLOSSARY.entries.slice(1) }, []).glossary).not.toBe(first.glossary);
  });
});
