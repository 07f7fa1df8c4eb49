import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { OutlineRecorder } from '../../../../server/src/core/glossary/yamlOutline';

describe('OutlineRecorder', () => {
  it('notes where each item of the top-level sequences starts', () => {
    const text = 'version: 1\nconcepts:\n  - id: a\n  - id: b\nactors: []\nlayers:\n  x: 1\n';
    const recorder = new OutlineRecorder();
    const data = load(text, { schema: CORE_SCHEMA, listener: recorder.listener });
    const outline = recorder.outline(data)!;
    expect([...outline.sections.keys()]).toEqual(['concepts', 'actors']);
    expect(outline.sections.get('concepts')!.items.map((at) => text.slice(at, at + 5))).toEqual(['id: a', 'id: b']);
    expect(outline.sections.get('actors')!.items).toEqual([]);
  });

  it('gives no outline when the data does not agree with what it noted', () => {
    const recorder = new OutlineRecorder();
    load('- a\n- b\n', { schema: CORE_SCHEMA, listener: recorder.listener });
    expect(recorder.outline(['a', 'b'])).toBeUndefined();
    const keyed = new OutlineRecorder();
    const data = load('version: 1\n', { schema: CORE_SCHEMA, listener: keyed.listener });
    expect(keyed.outline({ other: 1 })).toBeUndefined();
    expect(keyed.outline(data)).toBeDefined();
  });

  it('leaves out a sequence whose item count is not the data\'s', () => {
    const recorder = new OutlineRecorder();
    load('version: 1\nconcepts:\n  - id: a\n  - id: b\nactors:\n  - id: c\n', { schema: CORE_SCHEMA, listener: recorder.listener });
    const outline = recorder.outline({ version: 1, concepts: [{ id: 'a' }], actors: [{ id: 'c' }] })!;
    expect([...outline.sections.keys()]).toEqual(['actors']);
  });
});
