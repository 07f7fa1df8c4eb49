import { describe, expect, it } from 'vitest';
import { isReviewPath, reviewPathFor } from '../../../../server/src/core/review/reviewPath';

describe('reviewPathFor and isReviewPath', () => {
  it('puts the sidecar beside the brief', () => {
    expect(reviewPathFor('a/b.md')).toBe('a/b.review.yaml');
    expect(reviewPathFor('x.qmd')).toBe('x.review.yaml');
    expect(reviewPathFor('x.Rmd')).toBe('x.review.yaml');
    expect(reviewPathFor('x.markdown')).toBe('x.review.yaml');
    expect(reviewPathFor('notes')).toBe('notes.review.yaml');
  });

  it('recognises sidecar paths', () => {
    expect(['b.review.yaml', 'B.REVIEW.YML', 'b.review.yml'].map(isReviewPath)).toEqual([true, true, true]);
    expect(['b.yaml', 'review.yaml', 'b.review.yaml.bak'].map(isReviewPath)).toEqual([false, false, false]);
  });

  it('keeps the folder and the rest of the name, whatever the extension\'s case', () => {
    expect(reviewPathFor('/work/briefs/brief.md')).toBe('/work/briefs/brief.review.yaml');
    expect(reviewPathFor('/c:/Briefs/Brief.MD')).toBe('/c:/Briefs/Brief.review.yaml');
    expect(reviewPathFor('/a/draft.v2.qmd')).toBe('/a/draft.v2.review.yaml');
    expect(reviewPathFor('/a.md/b.md')).toBe('/a.md/b.review.yaml');
  });
});
