import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../server/src/core/analysis/analyzeDocument';
import { linkCandidates } from '../../../../server/src/core/matching/findCandidates';
import { resolveBrief } from '../../../../server/src/core/analysis/resolveBrief';
import { analyze, teamGlossary } from '../../helpers';

/** The candidates of a brief as [text, kind, type, aliases], through the whole document pipeline. */
function candidates(text: string): Array<[string, string, string | undefined, string[] | undefined]> {
  const report = resolveBrief('b.md', analyzeDocument(text, teamGlossary()), undefined);
  return report.candidates.map((c) => [c.text, c.kind, c.type, c.aliases]);
}

const texts = (text: string) => candidates(text).map((c) => c[0]);

describe('findCandidates', () => {
  it('offers capitalised multi-word names the glossary does not know, typed by their head noun', () => {
    expect(candidates('Funding comes from the Northbridge Compute Agency and the Harbour Policy Institute.')).toEqual([
      ['Northbridge Compute Agency', 'actor', 'institution', undefined],
      ['Harbour Policy Institute', 'actor', 'institution', undefined],
    ]);
  });

  it('joins the words of a name with of/for/and, and reads the head noun before the first "of"', () => {
    expect(candidates('Rules come from the Bureau of Industry and Security every year.')).toEqual([['Bureau of Industry and Security', 'actor', 'institution', undefined]]);
    expect(candidates('The Office for Sovereign Compute of Ruritania spoke.')).toEqual([['Office for Sovereign Compute of Ruritania', 'actor', 'institution', undefined]]);
  });

  it('guesses the actor type from legal suffixes, given names, titles and head nouns', () => {
    expect(candidates('We met Quantix Labs Inc and Acme Semiconductor.')).toEqual([
      ['Quantix Labs Inc', 'actor', 'company', undefined],
      ['Acme Semiconductor', 'actor', 'company', undefined],
    ]);
    expect(candidates('We met Sophie Lindqvist and Commissioner Virkkunen.')).toEqual([
      ['Sophie Lindqvist', 'actor', 'person', undefined],
      ['Commissioner Virkkunen', 'actor', 'person', undefined],
    ]);
    expect(candidates('It follows the Cloud Resilience Act and the Digital Commons Declaration.').map((c) => c[2])).toEqual(['other', 'other']);
    expect(candidates('It funds the Sovereign Compute Programme and the Data Bridges Initiative.').map((c) => c[2])).toEqual(['initiative', 'initiative']);
    expect(candidates('A letter from the Secretary of Commerce arrived.')).toEqual([['Secretary of Commerce', 'actor', 'person', undefined]]);
    expect(candidates('We read the Northbridge Compute Outlook.')).toEqual([['Northbridge Compute Outlook', 'actor', 'other', undefined]]);
  });

  it('offers an acronym alone, but not generic ones, Roman numerals or a single capitalised word', () => {
    expect(candidates('The NTIA asked; the CEO of a GPU maker cited Annex XIII and Brussels.')).toEqual([['NTIA', 'actor', 'institution', undefined]]);
    expect(texts('Under G7 rules and DoD contracts.')).toEqual(['G7', 'DoD']);
  });

  it('never offers a capitalised word at the start of a sentence, nor a sentence starter before a name', () => {
    expect(texts('Governments spend. However, Northbridge Compute Agency waits. The Harbour Policy Institute agrees.')).toEqual(['Northbridge Compute Agency', 'Harbour Policy Institute']);
    expect(texts('Recent French initiatives exist. In March the plan grew.')).toEqual([]);
  });

  it('pairs a long form with its acronym, both ways, and links the acronym across the document', () => {
    const text = 'The Bureau of Industry and Security (BIS) revised its rules.\n\nLater, BIS added more.';
    expect(candidates(text)).toEqual([
      ['Bureau of Industry and Security', 'actor', 'institution', ['BIS']],
      ['BIS', 'actor', 'institution', ['Bureau of Industry and Security']],
      ['BIS', 'actor', 'institution', ['Bureau of Industry and Security']],
    ]);
  });

  it('offers a lower-case long form with its acronym as a concept', () => {
    expect(candidates('It limits advanced integrated circuits (ICs) and their ICs supply.')).toEqual([
      ['integrated circuits', 'concept', undefined, ['ICs']],
      ['ICs', 'concept', undefined, ['integrated circuits']],
      ['ICs', 'concept', undefined, ['integrated circuits']],
    ]);
  });

  it('offers no acronym that a known entry spells out, anywhere in the document', () => {
    expect(texts('Every data centre (DC) counts.\n\nMore DC sites soon, and the EUDC grows.')).toEqual(['EUDC']);
  });

  it('reads title case in headings as nothing, but still offers an acronym there', () => {
    expect(texts('# The Sovereign Compute Roadmap of NTIA\n\nPlain text.')).toEqual(['NTIA']);
  });

  it('offers nothing inside code, links, .notag spans or explicit spans, nor what the glossary matches', () => {
    const text = 'See `Northbridge Compute Agency`, [Harbour Policy Institute](https://example.org), [Quantix Data Office]{.notag} and Mistral AI or the European Union.';
    expect(texts(text)).toEqual([]);
  });

  it('keeps a number that ends a name of two words or more, but no "Article 51"', () => {
    expect(texts('Executive Order 14110 and Article 51 and Directive 2019 apply.')).toEqual(['Executive Order 14110']);
  });

  it('is a name across one line break, never across a glossary mention or punctuation', () => {
    expect(texts('The Northbridge Compute\nAgency and Harbour, Policy Institute.')).toEqual(['Northbridge Compute Agency', 'Policy Institute']);
    expect(texts('The Harbour European Union Lab.')).toEqual([]);
  });

  it('gives each candidate an unknown-name diagnostic whose data is what the quick fix adds', () => {
    const report = resolveBrief('b.md', analyzeDocument('The Bureau of Industry and Security (BIS) acts.', teamGlossary()), undefined);
    const names = report.diagnostics.filter((d) => d.code === 'unknown-name');
    expect(names.map((d) => [d.severity, d.message, d.data])).toEqual([
      ['information', '"Bureau of Industry and Security" is not in the glossary. Add it as an actor (institution)?', { term: 'Bureau of Industry and Security', entryKind: 'actor', actorType: 'institution', aliases: ['BIS'] }],
      ['information', '"BIS" is not in the glossary. Add it as an actor (institution)?', { term: 'BIS', entryKind: 'actor', actorType: 'institution', aliases: ['Bureau of Industry and Security'] }],
    ]);
  });

  it('finds nothing when suggestNames is false', () => {
    expect(analyze('The Northbridge Compute Agency (NCA) acts.', teamGlossary(), { requireSource: false, suggestClaims: 'off', suggestNames: false }).candidates).toEqual([]);
  });

  it('linkCandidates leaves a document without pairs or known acronyms as it is', () => {
    const list = [{ text: 'NTIA', kind: 'actor' as const, type: 'institution' as const }];
    expect(linkCandidates(list)).toBe(list);
  });
});

describe('a longer name swallows the concept matched inside it', () => {
  it('drops the concept mention inside an unknown capitalised name mid-sentence', () => {
    const flat = analyze('Grants go to the Northbridge Compute Agency and to compute.');
    expect(flat.candidates.map((c) => [c.start, c.end])).toEqual([[17, 43]]);
    expect(flat.mentions.map((m) => [m.id, m.start])).toEqual([['compute', 51]]);
  });

  it('keeps the concept at the start of a sentence, where capitals say nothing', () => {
    const flat = analyze('Compute Agency budgets grew.');
    expect(flat.candidates).toEqual([]);
    expect(flat.mentions.map((m) => m.id)).toEqual(['compute']);
  });
});

describe('names with a list inside', () => {
  it('reads "X for A, B and C" as one name, but not a list of names', () => {
    expect(texts('The Department for Harbours, Tides and Kelp spoke.')).toEqual(['Department for Harbours, Tides and Kelp']);
    expect(texts('The Committee on Harbours, Tides, and Kelp Affairs met.')).toEqual(['Committee on Harbours, Tides, and Kelp Affairs']);
    expect(texts('The Office of Harbours, Ministry of Tides and NCA met.')).toEqual(['Office of Harbours', 'Ministry of Tides', 'NCA']);
  });

  it('never offers the field itself, a title alone or a lone capital', () => {
    expect(texts('Safe Artificial Intelligence is here. The Rt Hon MP spoke. Plan B Group.')).toEqual(['Safe Artificial Intelligence']);
    expect(texts('We study Artificial Intelligence and the Rt Hon views.')).toEqual([]);
  });
});

describe('title-case lines', () => {
  it('reads a paragraph of one line in title case without a full stop as a title, like a heading', () => {
    expect(texts('Harbour Compute Calls For Kelp Rafts?\n\nThe Northbridge Data Office agrees.')).toEqual(['Northbridge Data Office']);
    expect(texts('Harbour Compute Calls For Kelp Rafts.')).toEqual(['Harbour Compute Calls For Kelp Rafts']);
  });
});
