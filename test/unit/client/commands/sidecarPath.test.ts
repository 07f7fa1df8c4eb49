import { describe, expect, it } from 'vitest';
import { sidecarPath } from '../../../../client/src/commands/sidecarPath';
import { reviewPathFor } from '../../../../server/src/core/reviewFile';

describe('sidecarPath', () => {
  it('puts the review beside the brief: brief.md → brief.review.yaml', () => {
    expect(sidecarPath('/work/briefs/brief.md')).toBe('/work/briefs/brief.review.yaml');
    expect(sidecarPath('/c:/Briefs/Brief.MD')).toBe('/c:/Briefs/Brief.review.yaml');
    expect(sidecarPath('/a/notes.markdown')).toBe('/a/notes.review.yaml');
    expect(sidecarPath('/a/draft.v2.qmd')).toBe('/a/draft.v2.review.yaml');
  });

  it('agrees with the server, which writes the file', () => {
    for (const path of ['/a/b.md', '/a/b.markdown', '/a/b.qmd', '/a/b.Rmd', '/a/b.txt', '/a/b', '/a.md/b.md']) {
      expect(sidecarPath(path)).toBe(reviewPathFor(path));
    }
  });
});
