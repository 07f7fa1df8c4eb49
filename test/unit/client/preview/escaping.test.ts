import { describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../../../server/src/core/types';
import { claim, data, ENTRIES, expectSafe, LAYERS, render } from './previewFixtures';

const SCRIPT = '<script>alert(1)</script>';
const ONERROR = '" onerror="alert(1)';

// A glossary whose every string carries a payload.
const HOSTILE = data(
  [claim(SCRIPT, 'disputed', { status: 'disputed', reviewer: ONERROR, date: SCRIPT, note: `${SCRIPT}${ONERROR}` })],
  {
    layers: [...LAYERS, { id: 'evil', label: `${SCRIPT}${ONERROR}`, description: SCRIPT }],
    entries: [
      ...ENTRIES,
      { kind: 'concept', id: 'evil', label: `Evil ${SCRIPT}`, aliases: ['wicked', ONERROR], layer: 'evil', definition: `${ONERROR}>${SCRIPT}` },
      { kind: 'actor', id: 'villain', label: 'Villain', aliases: [], layer: 'evil', definition: SCRIPT, type: 'other', country: ONERROR },
    ],
  },
);

describe('the preview escapes every string from briefs and glossaries', () => {
  it('in brief text, inside and outside spans', () => {
    const html = render(`${SCRIPT} ${ONERROR} [${SCRIPT} ${ONERROR}]{.claim #c1} [${SCRIPT}]{.concept}`, HOSTILE);
    expectSafe(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot; <span class="briefmark-mention briefmark-concept" title="Evil ');
  });

  it('in claim ids, attribute values and class names, which never reach the output except the id in the tooltip', () => {
    for (const options of [{}, { html: true }]) {
      const html = render(`[a]{.claim #${SCRIPT}} [b]{.claim #"onerror=alert(1)"} [c]{.actor ref="${SCRIPT}"} [d]{.x"onerror=y key='${ONERROR}'} [e]{."><img}`, HOSTILE, options);
      expectSafe(html);
      expect(html).toContain('title="Claim #&lt;script&gt;alert(1)&lt;/script&gt; — disputed\nReviewer: &quot; onerror=&quot;alert(1) (&lt;script&gt;alert(1)&lt;/script&gt;)\nNote: ');
      expect(html).toContain('title="Claim #&quot;onerror=alert(1)&quot;"');
    }
  });

  it('in glossary labels, aliases, definitions, countries and layer labels', () => {
    for (const options of [{}, { html: true }]) {
      const html = render(`The wicked Villain, [the bad]{.concept ref=evil}. ${ONERROR.replace('"', '')}`, HOSTILE, options);
      expectSafe(html);
      expect(html).toContain(
        'title="Evil &lt;script&gt;alert(1)&lt;/script&gt; — concept · &lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(1)\n&quot; onerror=&quot;alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;">wicked</span>',
      );
      expect(html).toContain('title="Villain — actor (other, &quot; onerror=&quot;alert(1)) · ');
    }
  });

  it('in an alias matched in the text', () => {
    const html = render(`Beware ${ONERROR}.`, HOSTILE);
    expectSafe(html);
    expect(html).toContain('Beware &quot; <span class="briefmark-mention briefmark-concept" title="Evil ');
    expect(html).toContain('">onerror=&quot;alert(1</span>).');
  });

  it('builds class names only from known statuses, whatever the server says', () => {
    const html = render('[a]{.claim #c1}', data([claim('c1', `verified ${ONERROR}` as ClaimStatus)]));
    expect(html).toBe('<p><span class="briefmark-claim" title="Claim #c1">a</span></p>\n');
  });
});
