// Where a brief's review sidecar lives (DESIGN.md section 3). Kept apart from the review-file
// parser so the VS Code client can use the same rule without bundling yaml and zod.

/** The sidecar path of a brief: `a/b.md` → `a/b.review.yaml`. */
export function reviewPathFor(briefPath: string): string {
  return briefPath.replace(/\.(?:md|markdown|qmd|rmd)$/i, '') + '.review.yaml';
}

export function isReviewPath(path: string): boolean {
  return /\.review\.ya?ml$/i.test(path);
}
