import MarkdownIt from 'markdown-it';
import { describe, expect, it, vi } from 'vitest';
import { createPreviewPlugin } from '../../../../client/src/preview/briefmarkPreview';
import { fakeApi, fakeUri } from './fakeApi';
import { claim } from './previewFixtures';

const SOURCE = '[Mistral leads]{.claim #c1}';

describe('createPreviewPlugin', () => {
  it('renders the document VS Code names in env.currentDocument, with its data once the server answered', async () => {
    const { api, release, state } = fakeApi();
    state.claims = [claim('c1', 'verified')];
    const refresh = vi.fn();
    const plugin = createPreviewPlugin(api, refresh);
    const md = plugin.extendMarkdownIt(new MarkdownIt());
    const env = { currentDocument: fakeUri('/ws/brief.md') };

    expect(md.render(SOURCE, env)).toBe('<p><span class="briefmark-claim" title="Claim #c1">Mistral leads</span></p>\n');
    await release();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(md.render(SOURCE, env)).toBe(
      '<p><span class="briefmark-claim briefmark-status-verified" title="Claim #c1 — verified">' +
        '<span class="briefmark-mention briefmark-actor" title="Mistral AI — actor (company, FR) · Models\nA French AI company.">Mistral</span> leads' +
        '<span class="briefmark-badge">verified</span></span></p>\n',
    );
    plugin.dispose();
  });

  it('renders without data and asks nothing when env names no document', () => {
    const { api } = fakeApi();
    const md = createPreviewPlugin(api, vi.fn()).extendMarkdownIt(new MarkdownIt());
    for (const env of [undefined, {}, { currentDocument: 'file:///brief.md' }, { currentDocument: null }]) {
      expect(md.render(SOURCE, env)).toBe('<p><span class="briefmark-claim" title="Claim #c1">Mistral leads</span></p>\n');
    }
    expect(api.glossary).not.toHaveBeenCalled();
  });

  it('renders the same tokens again with new data: nothing from the server is kept in the parse', async () => {
    const { api, release, state, summaryChanged } = fakeApi();
    const md = createPreviewPlugin(api, vi.fn()).extendMarkdownIt(new MarkdownIt());
    const env = { currentDocument: fakeUri('/ws/brief.md') };
    const tokens = md.parse(SOURCE, {});
    md.renderer.render(tokens, md.options, env);
    await release();
    state.claims = [claim('c1', 'stale')];
    summaryChanged.fire();
    await release();
    expect(md.renderer.render(tokens, md.options, env)).toContain('briefmark-status-stale');
    state.claims = [claim('c1', 'disputed')];
    summaryChanged.fire();
    await release();
    expect(md.renderer.render(tokens, md.options, env)).toContain('briefmark-status-disputed');
  });
});
