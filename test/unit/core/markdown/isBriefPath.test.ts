import { describe, expect, it } from 'vitest';
import { isBriefPath } from '../../../../server/src/core/markdown/isBriefPath';

describe('isBriefPath', () => {
  it('takes Markdown files, by path or URI, in any case', () => {
    for (const name of ['a.md', 'notes/b.markdown', 'C.MD', 'file:///work/my%20brief.md', 'vscode-vfs://github/o/r/x.Markdown']) expect(isBriefPath(name), name).toBe(true);
  });

  it('leaves out other files, sidecars and glossaries among them', () => {
    for (const name of ['a.txt', 'a.review.yaml', 'team.glossary.yaml', 'a.md.bak', 'a.mdx', 'md', 'a.qmd']) expect(isBriefPath(name), name).toBe(false);
  });
});
