import { describe, expect, it } from 'vitest';
import { displayUri, normalUri, relativeUri, uriBaseName } from '../../../server/src/core/host';

describe('file URIs', () => {
  it('are keys in one spelling', () => {
    expect(normalUri('file:///c%3A/Briefs/a.md')).toBe(normalUri('file:///c:/Briefs/a.md'));
    expect(normalUri('file:///home/me/my%20brief.md')).toBe(normalUri('file:///home/me/my brief.md'));
    expect(normalUri('vscode-vfs://github/org/repo/brief.md')).toBe('vscode-vfs://github/org/repo/brief.md');
  });

  it('give the path of a file below a folder, decoded, and nothing for a file elsewhere', () => {
    expect(relativeUri('file:///work/briefs', 'file:///work/briefs/notes/my%20brief.md')).toBe('notes/my brief.md');
    expect(relativeUri('file:///work/briefs/', 'file:///work/briefs/a.md')).toBe('a.md');
    expect(relativeUri('file:///work/briefs', 'file:///work/briefs-old/a.md')).toBeUndefined();
    expect(relativeUri('file:///work/briefs', 'file:///work/briefs')).toBeUndefined();
    expect(relativeUri('file:///work/briefs', 'vscode-vfs:///work/briefs/a.md')).toBeUndefined();
    expect(relativeUri('vscode-vfs://github/org/repo', 'vscode-vfs://github/org/repo/docs/a.md')).toBe('docs/a.md');
    expect(relativeUri('vscode-vfs://github/org/repo', 'vscode-vfs://gitlab/org/repo/docs/a.md')).toBeUndefined();
  });

  it('name a file and show it to a person', () => {
    expect(uriBaseName('file:///work/my%20team.glossary.yaml')).toBe('my team.glossary.yaml');
    expect(displayUri('file:///work/my%20brief.md')).toBe('/work/my brief.md');
    expect(displayUri('vscode-vfs://github/org/repo/a.md')).toBe('vscode-vfs://github/org/repo/a.md');
  });
});
