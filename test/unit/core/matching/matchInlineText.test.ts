import { describe, expect, it } from 'vitest';
import { matchInlineText } from '../../../../server/src/core/matching/matchInlineText';
import { mentionsOf, teamGlossary } from '../../helpers';

/** `[id, matched text]` of each match in `text`. */
function matched(text: string): Array<[string, string]> {
  const glossary = teamGlossary();
  return matchInlineText(text, glossary.matcher).map((m) => [glossary.entries[m.entry]!.id, text.slice(m.start, m.end)]);
}

describe('matchInlineText', () => {
  it('matches plain text as the engine does a paragraph', () => {
    const text = "The EU's strategic autonomy gap, l’Élysée and Mistral AI:\nfoundation models in the U.S. and IT, not it; data-centers.";
    expect(matched(text)).toEqual(mentionsOf(text));
    expect(matched(text).map(([id]) => id)).toEqual(['european-union', 'strategic-autonomy-gap', 'elysee', 'mistral-ai', 'foundation-model', 'united-states', 'italy', 'data-centre']);
  });

  it('never matches citation keys, bare URLs, HTML tags or span attributes', () => {
    expect(matched('[@Mistral] https://eu.org/Mistral <b title="Nvidia"> [x]{.claim about=compute} Nvidia')).toEqual([['nvidia', 'Nvidia']]);
  });

  it('lets no phrase run across a masked piece', () => {
    expect(matched('strategic <i>autonomy</i>')).toEqual([]);
  });

  it('finds nothing in an empty or wordless text', () => {
    expect(matched('')).toEqual([]);
    expect(matched(' — ')).toEqual([]);
  });
});
