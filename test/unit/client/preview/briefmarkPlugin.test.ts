import { describe, expect, it } from 'vitest';
import { claim, data, render } from './previewFixtures';

const MISTRAL = '<span class="briefmark-mention briefmark-actor" title="Mistral AI — actor (company, FR) · Models\nA French AI company.">';
const EU = '<span class="briefmark-mention briefmark-actor" title="European Union — actor (institution, EU) · Cross-cutting\nThe Union.">';
const AUTONOMY = '<span class="briefmark-mention briefmark-concept" title="Strategic autonomy — concept · Cross-cutting\nActing on one\'s own choices.">';
const REVIEW = { reviewer: 'ana', date: '2026-11-20', note: 'Checked against Q2.' };

describe('claims', () => {
  it.each([
    ['unchecked', claim('c1', 'unchecked'), 'Claim #c1 — unchecked'],
    ['verified', claim('c1', 'verified', { status: 'verified', ...REVIEW }), 'Claim #c1 — verified\nReviewer: ana (2026-11-20)\nNote: Checked against Q2.'],
    ['disputed', claim('c1', 'disputed', { status: 'disputed', ...REVIEW }), 'Claim #c1 — disputed\nReviewer: ana (2026-11-20)\nNote: Checked against Q2.'],
    ['retracted', claim('c1', 'retracted', { status: 'retracted', reviewer: 'bo' }), 'Claim #c1 — retracted\nReviewer: bo'],
    ['stale', claim('c1', 'stale', { status: 'verified', date: '2026-11-20' }), 'Claim #c1 — stale (verified, wording changed since)\nReviewer: (2026-11-20)'],
  ] as const)('shows a %s claim with its badge and review in the tooltip', (status, item, title) => {
    expect(render('[Prices will fall]{.claim #c1 layer=models}', data([item]))).toBe(
      `<p><span class="briefmark-claim briefmark-status-${status}" title="${title}">Prices will fall<span class="briefmark-badge">${status}</span></span></p>\n`,
    );
  });

  it('shows a claim the server has not reported without a status', () => {
    expect(render('[Prices will fall]{.claim #new}', data([claim('c1', 'verified')]))).toBe('<p><span class="briefmark-claim" title="Claim #new">Prices will fall</span></p>\n');
  });

  it('shows a claim without an id as unchecked, since no review can name it', () => {
    expect(render('[Prices will fall]{.claim}', data())).toBe(
      '<p><span class="briefmark-claim briefmark-status-unchecked" title="Claim without an id — unchecked">Prices will fall<span class="briefmark-badge">unchecked</span></span></p>\n',
    );
  });

  it('takes the first claim of a duplicate id', () => {
    const html = render('[a]{.claim #c1}', data([claim('c1', 'disputed'), claim('c1', 'verified')]));
    expect(html).toContain('briefmark-status-disputed');
  });

  it('keeps links, emphasis and mentions inside a claim', () => {
    expect(render('[*Mistral* cites [the EU report](https://x.org/EU "T")]{.claim #c1}', data([claim('c1', 'verified')]))).toBe(
      `<p><span class="briefmark-claim briefmark-status-verified" title="Claim #c1 — verified"><em>${MISTRAL}Mistral</span></em> cites <a href="https://x.org/EU" title="T">the ${EU}EU</span> report</a><span class="briefmark-badge">verified</span></span></p>\n`,
    );
  });

  it('renders a claim nested in a link and spans nested in a claim', () => {
    expect(render('[[a [France]{.actor} b]{.claim #c1}](https://x.org)', data([claim('c1', 'unchecked')]))).toBe(
      '<p><a href="https://x.org"><span class="briefmark-claim briefmark-status-unchecked" title="Claim #c1 — unchecked">a <span class="briefmark-mention briefmark-actor briefmark-explicit" title="France — actor (state, FR) · Cross-cutting\nThe French state.">France</span> b<span class="briefmark-badge">unchecked</span></span></a></p>\n',
    );
  });
});

describe('concepts and actors', () => {
  it('wraps untagged mentions with their definition, label and layer', () => {
    expect(render('Mistral and the EU seek strategic autonomy.', data())).toBe(`<p>${MISTRAL}Mistral</span> and the ${EU}EU</span> seek ${AUTONOMY}strategic autonomy</span>.</p>\n`);
  });

  it('matches as the engine does: longest phrase, folded diacritics, case-sensitive capitals, plurals', () => {
    const html = render('Foundation models, l’autonomie strategique, the eu and Mistral AI.', data());
    expect(html).toBe(
      '<p><span class="briefmark-mention briefmark-concept" title="foundation model — concept · Models\nA large model trained on broad data.">Foundation models</span>, l’' +
        `${AUTONOMY}autonomie strategique</span>, the eu and <span class="briefmark-mention briefmark-actor" title="Mistral AI — actor (company, FR) · Models\nA French AI company.">Mistral AI</span>.</p>\n`,
    );
  });

  it('finds a phrase wrapped across one line break', () => {
    expect(render('Our strategic\nautonomy.', data())).toBe(`<p>Our ${AUTONOMY}strategic\nautonomy</span>.</p>\n`);
  });

  it('resolves explicit spans by ref= and by label, and leaves an unknown one without a tooltip', () => {
    expect(render('[the Élysée]{.actor ref=france} [third way]{.concept} [Orange]{.actor}', data())).toBe(
      '<p><span class="briefmark-mention briefmark-actor briefmark-explicit" title="France — actor (state, FR) · Cross-cutting\nThe French state.">the Élysée</span> ' +
        '<span class="briefmark-mention briefmark-concept briefmark-explicit" title="third way — concept · Cross-cutting">third way</span> ' +
        '<span class="briefmark-mention briefmark-actor briefmark-explicit">Orange</span></p>\n',
    );
  });

  it('does not match inside explicit and .notag spans', () => {
    expect(render('[Mistral and the EU]{.notag} [EU rules]{.concept ref=third-way}', data())).toBe(
      '<p><span class="briefmark-notag">Mistral and the EU</span> <span class="briefmark-mention briefmark-concept briefmark-explicit" title="third way — concept · Cross-cutting">EU rules</span></p>\n',
    );
  });

  it('renders a span without a Briefmark class as a bare span, its attributes dropped', () => {
    expect(render('[the EU]{.highlight #x key="v"}', data())).toBe(`<p><span>the ${EU}EU</span></span></p>\n`);
  });
});

describe('what is never matched', () => {
  const options = { html: true, linkify: true };

  it('leaves code spans, fenced and indented code alone', () => {
    expect(render('`Mistral` and ``EU``\n\n```\nMistral EU\n```\n\n    Mistral indented\n', data(), options)).toBe(
      '<p><code>Mistral</code> and <code>EU</code></p>\n<pre><code>Mistral EU\n</code></pre>\n<pre><code>Mistral indented\n</code></pre>\n',
    );
  });

  it('leaves link destinations, autolinks, bare URLs, HTML and citation keys alone, and matches link text', () => {
    expect(render('[Mistral](https://x.org/EU) <https://eu.org/Mistral> https://EU.org/Mistral <b title="EU">x</b> [@Mistral]', data(), options)).toBe(
      `<p><a href="https://x.org/EU">${MISTRAL}Mistral</span></a> <a href="https://eu.org/Mistral">https://eu.org/Mistral</a> <a href="https://EU.org/Mistral">https://EU.org/Mistral</a> <b title="EU">x</b> [@Mistral]</p>\n`,
    );
  });

  it('does not read spans inside code', () => {
    expect(render('`[Mistral]{.claim #c1}`', data())).toBe('<p><code>[Mistral]{.claim #c1}</code></p>\n');
  });
});

describe('without data from the server', () => {
  it('still renders the spans, hides their attributes and adds no tooltip or mention', () => {
    expect(render('[Mistral leads]{.claim #c1} [the Élysée]{.actor ref=france} [x]{.notag} Mistral [y]{.claim}')).toBe(
      '<p><span class="briefmark-claim" title="Claim #c1">Mistral leads</span> <span class="briefmark-mention briefmark-actor briefmark-explicit">the Élysée</span> <span class="briefmark-notag">x</span> Mistral ' +
        '<span class="briefmark-claim briefmark-status-unchecked" title="Claim without an id — unchecked">y<span class="briefmark-badge">unchecked</span></span></p>\n',
    );
  });

  it('leaves text that is not a span as written', () => {
    expect(render('[a] {.claim} and \\[b]{.claim} and [c]{.claim')).toBe('<p>[a] {.claim} and [b]{.claim} and [c]{.claim</p>\n');
  });
});
