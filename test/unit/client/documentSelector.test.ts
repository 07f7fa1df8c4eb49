import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { anyFolder, briefmarkSelector } from '../../../client/src/documentSelector';

const DEFAULT_GLOBS = ['**/*.glossary.yaml', '**/*.glossary.yml', '**/*.glossary.json'];

function patterns(globs: string[]): string[] {
  return briefmarkSelector(globs).flatMap((filter) => (typeof filter === 'object' && 'pattern' in filter && typeof filter.pattern === 'string' ? [filter.pattern] : []));
}

describe('briefmarkSelector', () => {
  it('syncs Markdown briefs on disk and untitled ones, and nothing of other schemes', () => {
    const markdown = briefmarkSelector(DEFAULT_GLOBS).filter((filter) => typeof filter === 'object' && 'language' in filter);
    expect(markdown).toEqual([
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ]);
  });

  it('syncs the briefs, sidecars and glossaries of a remote or virtual workspace folder by its scheme', () => {
    const selector = briefmarkSelector(DEFAULT_GLOBS, ['vscode-vfs', 'file']) as Array<{ scheme: string; language?: string; pattern?: string }>;
    expect(selector.filter((f) => f.language).map((f) => f.scheme)).toEqual(['file', 'untitled', 'vscode-vfs']);
    expect(selector.filter((f) => f.pattern === '**/*.review.{yaml,yml}').map((f) => f.scheme)).toEqual(['file', 'vscode-vfs']);
  });

  it('syncs review sidecars and the glossary files of the setting, on disk', () => {
    const globs = patterns(DEFAULT_GLOBS);
    const matches = (path: string) => globs.some((glob) => picomatch(glob)(path));
    expect(matches('/work/briefs/brief.review.yaml')).toBe(true);
    expect(matches('/work/briefs/brief.review.yml')).toBe(true);
    expect(matches('/work/team.glossary.yaml')).toBe(true);
    expect(matches('/work/glossaries/team.glossary.json')).toBe(true);
    expect(matches('/work/package.json')).toBe(false);
    expect(matches('/work/.github/workflows/ci.yaml')).toBe(false);
  });

  it('follows custom globs, once each', () => {
    expect(patterns(['glossary/*.yaml', './glossary/*.yaml', '**/*.glossary.yaml', '**/*.glossary.yaml'])).toEqual([
      '**/*.review.{yaml,yml}',
      '**/glossary/*.yaml',
      '**/*.glossary.yaml',
    ]);
  });
});

describe('anyFolder', () => {
  it('makes a folder-relative glob match under any folder', () => {
    expect(anyFolder('terms.yaml')).toBe('**/terms.yaml');
    expect(anyFolder(' ./docs/terms.yaml ')).toBe('**/docs/terms.yaml');
    expect(anyFolder('/docs/terms.yaml')).toBe('**/docs/terms.yaml');
    expect(anyFolder('**/*.glossary.yml')).toBe('**/*.glossary.yml');
  });
});
