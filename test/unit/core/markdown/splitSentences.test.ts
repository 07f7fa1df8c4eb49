import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../server/src/core/markdown/splitSentences';

/** The sentences of a block, as text. */
const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a full stop, "!" or "?" before white space', () => {
    expect(split('Chips are scarce. Are they? Yes!  Prices rose.')).toEqual(['Chips are scarce.', 'Are they?', 'Yes!', 'Prices rose.']);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(split('The U.S. leads, e.g. in chips. It is so.')).toEqual(['The U.S. leads, e.g. in chips.', 'It is so.']);
    expect(split('See Regulation No. 3 and Art. 5 of the act. Then stop.')).toEqual(['See Regulation No. 3 and Art. 5 of the act.', 'Then stop.']);
    expect(split('Mr. Smith and Dr. Jones met the U.K. delegation i.e. the envoys.')).toEqual(['Mr. Smith and Dr. Jones met the U.K. delegation i.e. the envoys.']);
  });

  it('lets "etc." end a sentence when a capital follows', () => {
    expect(split('Chips, cloud, etc. Models come next.')).toEqual(['Chips, cloud, etc.', 'Models come next.']);
    expect(split('Chips, cloud, etc. are scarce.')).toEqual(['Chips, cloud, etc. are scarce.']);
  });

  it('keeps article numbers, decimals and points together', () => {
    expect(split('Under Article 53(1), point (a), the threshold is 10.5 FLOP. It applies.')).toEqual(['Under Article 53(1), point (a), the threshold is 10.5 FLOP.', 'It applies.']);
  });

  it('keeps closing quotes, brackets and footnote markers with the sentence they end', () => {
    expect(split('He called it “a third way.” Others disagreed.')).toEqual(['He called it “a third way.”', 'Others disagreed.']);
    expect(split('The plan is bold (as planned.) It starts now.')).toEqual(['The plan is bold (as planned.)', 'It starts now.']);
    expect(split('Demand doubled.[^3] Supply did not.[footnote 12] Prices rose.¹ Then fell.')).toEqual(['Demand doubled.[^3]', 'Supply did not.[footnote 12]', 'Prices rose.¹', 'Then fell.']);
  });

  it('leaves out an emphasis mark that the sentence does not close', () => {
    expect(split('*A brief for the team. Figures are estimates.*')).toEqual(['A brief for the team.', 'Figures are estimates.']);
    expect(split('*A whole sentence in italics.* And one more.')).toEqual(['*A whole sentence in italics.*', 'And one more.']);
    expect(split('**Invest now:** we must act.')).toEqual(['**Invest now:** we must act.']);
  });

  it('does not take a link or a span after a full stop as a footnote', () => {
    expect(split('It grew.[see](https://x.org) Then fell.')).toEqual(['It grew.[see](https://x.org) Then fell.']);
  });

  it('does not end a sentence before a lower-case word', () => {
    expect(split('It cost approx. three billion. It paid off.')).toEqual(['It cost approx. three billion.', 'It paid off.']);
  });

  it('reads each list item and numbered paragraph as its own sentence, without its marker', () => {
    const text = '1. Providers shall:\n    - (a) draw up the documentation;\n    - (b) keep it up to date\n2. The obligations apply.';
    expect(split(text)).toEqual(['Providers shall:', 'draw up the documentation;', 'keep it up to date', 'The obligations apply.']);
    const items = splitSentences(text);
    expect(items.map((s) => [s.item, s.open])).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [true, false],
    ]);
  });

  it('reads a bullet without a full stop to its end, and a sentence over a soft line break as one', () => {
    expect(split('- Europe lags behind\n- The US leads by far')).toEqual(['Europe lags behind', 'The US leads by far']);
    expect(split('Europe lags\nbehind the US. It must act.')).toEqual(['Europe lags\nbehind the US.', 'It must act.']);
    expect(split('(i) first point\n(ii) second point')).toEqual(['first point', 'second point']);
  });

  it('leaves out headings, rules and a setext heading', () => {
    expect(split('## Compute\nChips are scarce.')).toEqual(['Chips are scarce.']);
    expect(split('Compute and chips\n=================\n\nChips are scarce.')).toEqual(['Chips are scarce.']);
    expect(split('Chips are scarce.\n\n---\n')).toEqual(['Chips are scarce.']);
  });

  it('reads the cells of a table body, not its header or delimiter row', () => {
    const text = '| Sector | Action |\n| --- | --- |\n| Public | Adopt AI in services. Scale it |\n| Private | Remove barriers |';
    expect(split(text)).toEqual(['Public', 'Adopt AI in services.', 'Scale it', 'Private', 'Remove barriers']);
  });

  it('marks questions and keeps block quotes', () => {
    expect(splitSentences('> Is it sovereign? It is.').map((s) => s.question)).toEqual([true, false]);
    expect(split('> Is it sovereign? It is.')).toEqual(['Is it sovereign?', 'It is.']);
  });

  it('reads each text afresh: where the text before it had its full stop does not count', () => {
    // One reader serves every split, and the first text leaves it holding the stop at its end.
    expect(split('Abc def ghi jkl mno pqr stu vwx.')).toEqual(['Abc def ghi jkl mno pqr stu vwx.']);
    expect(split('Xy. Zw vu ts rq po nm lk ji hg kf.')).toEqual(['Xy.', 'Zw vu ts rq po nm lk ji hg kf.']);
  });

  it('skips masked runs and returns nothing for an empty block', () => {
    expect(split('\u0000\u0000\u0000 Chips are scarce.')).toEqual(['Chips are scarce.']);
    expect(split('')).toEqual([]);
    expect(split('   \n  ')).toEqual([]);
  });
});
