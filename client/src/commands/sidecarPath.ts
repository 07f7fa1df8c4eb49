/** The review sidecar of a brief (DESIGN.md section 3): `a/brief.md` → `a/brief.review.yaml`. */
export function sidecarPath(briefPath: string): string {
  return briefPath.replace(/\.(?:md|markdown|qmd|rmd)$/i, '') + '.review.yaml';
}
