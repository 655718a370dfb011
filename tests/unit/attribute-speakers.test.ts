import { describe, expect, it } from 'vitest';
import { attributeSentence, canonicalNames, resolveSpeaker } from '../../src/analysis/attribute-speakers.ts';

describe('attributeSentence', () => {
  it.each([
    ['"We never signed it," Dana Ripley, a spokesman for Acme Corp, said in a statement.', 'Dana Ripley', 'Acme Corp'],
    ['"We never signed it," said Dana Ripley, chief communications officer at Acme Holdings.', 'Dana Ripley', 'Acme Holdings'],
    ['Acme Corp said in a statement that the plant would close.', 'Acme Corp', null],
    ['The plant will close, according to The Daily Ledger.', 'Daily Ledger', null],
    ['A Daily Ledger report said the plant would close.', 'Daily Ledger', null],
    ['The plant will close, the Daily Ledger reported.', 'Daily Ledger', null],
    ['A Acme spokeswoman told the paper that talks continue.', 'Acme', null],
    ['"We never received a contract," Bayline Marine spokesman Tom Reyes said.', 'Tom Reyes', 'Bayline Marine'],
    ['The city auditor, Ruth Chan, said the contract was not tendered.', 'Ruth Chan', 'The city auditor'],
    ['Port officials said the harbor will reopen in June.', 'Port officials', null],
    ['A senior Norland intelligence official said the convoy was hit on Monday.', 'A senior Norland intelligence official', null],
    ['Acme rejected the report.', 'Acme', null],
    ['Acme: No, we are not closing the plant', 'Acme', null],
    // "Reports" and "claims" as nouns name no speaker; "the" alone is no name.
    ['Extensive reports of executions have emerged from the Ohio plant.', null, null],
    ['The claims about the plant spread quickly on social media.', null, null],
    ['Acme reports that sales fell at the Ohio plant.', 'Acme', null],
    // A newsroom's label before a paragraph gives no one the floor.
    ['Update: Ms Cole has now told the Daily Ledger that the plant will stay open.', null, null],
    ["Editor's note: The plant was sold in 2019 to a rival firm.", null, null],
    ['The plant will close next year.', null, null],
    ['Ten fighters were caught, Acme Corp told the Daily Ledger Wednesday.', 'Acme Corp', null],
    ['Daily Ledger Wednesday reported that the plant would close.', 'Daily Ledger', null],
    ['Theresa May said the plant would close.', 'Theresa May', null],
    // A name that ends a relative clause is its object: the people who know it speak, not the name.
    ['But people who know Acme told the Daily Ledger that the figure is a rumor.', null, null],
    ['Friends that met Dana Ripley said she had left the plant.', null, null],
    ['Acme, which owns the plant, said it would close.', 'Acme', null],
    // A speaker right after ", who" speaks in an aside about someone else, not for the sentence.
    ['Engineers questioned the record of Dana Ripley, who the company said was its auditor.', null, null],
    ['The plant, which the ministry said employs 400 people, will close.', null, null],
    // Who doubts or contradicts a claim speaks, named or by role.
    ['But Norland scientists have now cast doubt on whether the plant will close.', 'Norland scientists', null],
    ['International experts have raised doubts about the closure.', 'International experts', null],
    // A word that opens the sentence is not part of a role.
    ['But Port officials say the harbor will reopen in June.', 'Port officials', null],
    // A denial has the speaker of its own clause: the one who made the claim does not deny it.
    ['"At least 10" fighters were caught, Rep. Ann Cole claims, but the Department of Homeland Security has called her statements "categorically false".', null, null],
    ['Acme said the plant would close, but the Daily Ledger denied it.', 'Daily Ledger', null],
    ['Acme denied the report, but said talks continue.', 'Acme', null],
    // ... and so does a side clause with a speaker of its own, or none.
    ['The government insisted talks with the rebels were ongoing, as some began to raise doubts a truce was agreed.', null, null],
    ['The Department of Homeland Security on Wednesday denied Cole\'s claim.', 'Department of Homeland Security', null],
    ['Officials denied Cole\'s claim.', 'Officials', null],
    // A denier named in apposition: the comma that closes it comes before the verb.
    ['Cole retracted the claims after her agent, Dana Ripley, vehemently denied them.', 'Dana Ripley', null],
    // A name after a place preposition is where the denier is; after "of", whom it speaks for.
    ['LONDON — The Acme embassy in London has denied reports that it will open a plant.', 'Acme embassy', null],
    ['Sources in the rebel underground in Syria denied that she had been captured.', 'Sources', null],
    ['The leader of Boko Haram has denied agreeing to any ceasefire.', 'Boko Haram', null],
    ['Border sources also told the Daily Ledger that they could not confirm it.', null, null],
    ['"We never signed it," said Dana Ripley.', 'Dana Ripley', null],
    // A name after the verb speaks only after what it said; "reports say X is ..." reports about X.
    ['Acme is not naming him, but reports say Dana Ripley is the main suspect.', null, null],
    ['The plant will close, says Dana Ripley.', 'Dana Ripley', null],
    ['"This is not true," Acme said, but the Ledger stood by its report.', 'Acme', null],
  ])('%s', (sentence, who, org) => {
    const a = attributeSentence(sentence);
    expect(a.who).toBe(who);
    expect(a.org).toBe(org);
  });

  it('never takes words inside a quote for the speaker', () => {
    expect(attributeSentence('"Acme said nothing to us," the mayor said.').who).not.toBe('Acme');
  });

  it('marks "the company said" as needing resolution, and captures the quote', () => {
    const a = attributeSentence('"This is not true," the company said in an email.');
    expect(a).toMatchObject({ who: 'the company', generic: true, quote: 'This is not true,' });
  });
});

describe('canonicalNames', () => {
  it('maps short forms, acronyms and one-letter misspellings onto the story\'s usual spelling', () => {
    const c = canonicalNames(new Map([['Wall Street Journal', 5], ['Journal', 1], ['WSJ', 2], ['Wells Fargo', 4], ['Well Fargo', 1], ['Facebook', 30], ['Shares of Facebook', 1]]));
    expect(c.get('Journal')).toBe('Wall Street Journal');
    expect(c.get('WSJ')).toBe('Wall Street Journal');
    expect(c.get('Well Fargo')).toBe('Wells Fargo');
    expect(c.get('Facebook')).toBe('Facebook');
  });
});

describe('resolveSpeaker', () => {
  const ctx = { canonical: new Map([['Acme', 'Acme']]), quoteSpeakers: new Map([['we never signed any deal with the city', 'Acme']]) };
  it.each([
    ['the company, after a sentence naming Acme', { who: 'the company', org: null, generic: true, quote: 'Not true', prefix: '' }, ['Acme'], 'Acme'],
    ['a quote already attributed elsewhere in the story', { who: 'the company', org: null, generic: true, quote: 'We never signed any deal with the city', prefix: '' }, ['Other Corp'], 'Acme'],
    ['an anonymous source stays anonymous', { who: 'a banking source', org: null, generic: true, quote: null, prefix: '' }, ['Acme'], 'A banking source'],
    ['"the source" is an unnamed one to a reader', { who: 'the source', org: null, generic: true, quote: null, prefix: '' }, ['Acme'], 'An unnamed source'],
    ['nobody named: the source itself', { who: null, org: null, generic: false, quote: null, prefix: '' }, [], 'The Ledger'],
    ['"they" after a name: the name is seldom the plural that speaks, so the source does', { who: 'they', org: null, generic: true, quote: null, prefix: '' }, ['Facebook', 'Messenger'], 'The Ledger'],
    ['"it" after a name: the name', { who: 'it', org: null, generic: true, quote: null, prefix: '' }, ['Acme'], 'Acme'],
    ['a day that ends its sentence is no speaker: the name before it is', { who: 'the company', org: null, generic: true, quote: 'Not true', prefix: '' }, ['Acme', 'Tuesday.'], 'Acme'],
  ])('%s', (_label, attribution, earlier, expected) => {
    expect(resolveSpeaker(attribution, earlier, ctx, 'The Ledger').name).toBe(expected);
  });
});
