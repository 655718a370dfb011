/** Stage 6 (denials): which claim each denial, contradiction or negated statement answers. */
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/analysis/group-claims.ts';
import { annotate } from '../../src/analysis/annotate.ts';
import { denialFocus, deniesSomethingElse, linkOpposers, negatedHeads, opposerViews, reportsFalsehood, sameStatement, sameStatementPairs } from '../../src/analysis/link-denials.ts';
import { article, early } from './stage-helpers.ts';

describe('denialFocus', () => {
  it.each([
    ['a verb of denial: what follows is denied', 'Acme denied the report that it will close the plant', ' the report that it will close the plant'],
    ['a side clause after the object is not denied (here the cue names the object itself)', 'Acme rejected the report as it is still reeling from a scandal', ''],
    ['... nor one after a named object', 'Acme denied the merger, as it is still reeling from a scandal', ' the merger'],
    ['a verdict after the claim: what comes before is denied', 'The story implies we closed the plant — this is not true', 'The story implies we closed the plant — this is not true'],
    ['doubts raised: what is doubted, not who doubts it', 'Engineers have raised doubts about whether Acme will close the plant', ' about whether Acme will close the plant'],
    ['... nor what the denier goes on to say', 'Reyes denied the accusation and claimed that agents had tried to recruit him', ' the accusation'],
    ['... said after a comma as it goes on', 'An official denied that the woman is his wife, adding that she is the sister of a suspect', ' that the woman is his wife'],
    ['... but "denied saying" denies the saying', 'Reyes denied saying that agents had tried to recruit him', ' saying that agents had tried to recruit him'],
    ['no denial cue: the whole sentence', 'Acme will close the plant', 'Acme will close the plant'],
  ])('%s', (_label, text, focus) => expect(denialFocus(text)).toBe(focus));
});

/** The claim texts each opposing sentence containing `opposer` is linked to. */
function linkedTo(seeds: ReturnType<typeof article>[], opposer: string, articleDisagrees = false): string[] {
  const e = early(seeds);
  const { groups } = groupClaims(e.facts, e.claimVectors, e.rep);
  const targets = groups.map((g) => ({ members: g.members, vectors: g.vectors, negative: g.representative.polarity === 'negative', reportsFalsehood: reportsFalsehood(g.representative), sources: new Set(g.members.map((m) => m.source)).size }));
  const views = opposerViews(e.facts, e.terms.claim, e.rep, e.terms.normalize);
  const links = linkOpposers(targets, e.facts, views, e.rep, () => articleDisagrees);
  const x = e.find(opposer);
  return [...links].filter(([, xs]) => xs.includes(x)).map(([c]) => groups[c].representative.sentence.text);
}

describe('linkOpposers', () => {
  const approached = article('a.txt', 'Nimbus and the banks', 'The banks Nimbus approached include Harbor Bank, Delta Trust and Northwind Savings, the paper reported.', 'Nimbus also launched a new payments app in Europe last spring.');
  it.each([
    [
      'an explicit denial answers the claim it names',
      [article('a.txt', 'Plant to close', 'Acme Steel will close its Ohio plant in March, according to union leaders.'), article('b.txt', 'Acme denies', 'Acme Steel denied that it will close its Ohio plant in March.')],
      'Acme Steel denied', ['Acme Steel will close its Ohio plant in March, according to union leaders.'],
    ],
    [
      'a named party of the claim saying it has no dealings with another party of it contradicts the claim',
      [approached, article('b.txt', 'Bank statement', '"We are not in data-sharing talks with Nimbus," Delta Trust said in an email.')],
      'We are not in data-sharing talks', ['The banks Nimbus approached include Harbor Bank, Delta Trust and Northwind Savings, the paper reported.'],
    ],
    [
      '... but not when the party names nobody else of the claim inside the negation',
      [approached, article('b.txt', 'Bank statement', '"We are not in data-sharing talks with any platform," Delta Trust said in an email.')],
      'We are not in data-sharing talks', [],
    ],
    [
      '... nor when the other party is only a place in what it negates, not the one dealt with',
      [approached, article('b.txt', 'Bank statement', '"Our staff never told anyone at Nimbus what the bank would launch," Delta Trust said in an email.')],
      'never told anyone', [],
    ],
    [
      '... nor when the party is not named in the claim',
      [approached, article('b.txt', 'Bank statement', '"We are not in data-sharing talks with Nimbus," Riverside Credit said in an email.')],
      'We are not in data-sharing talks', [],
    ],
    [
      'a party\'s statement never contradicts itself: the same quote in another outlet is no negation of it',
      [article('a.txt', 'Bank statement', '"We are not in data-sharing talks with Nimbus at all," Delta Trust said in an email.'), article('b.txt', 'Bank says no', 'Delta Trust said "we are not in data-sharing talks with Nimbus at all" in an email.')],
      'said "we are not', [],
    ],
    [
      'a denial of what a claim itself calls false agrees with it: linked nowhere',
      [article('a.txt', 'Hoax', 'A bogus story on a satire site alleged that Acme Steel will close its Ohio plant in March.'), article('b.txt', 'Acme denies', 'Acme Steel denied that it will close its Ohio plant in March.')],
      'Acme Steel denied', [],
    ],
    [
      'a negation that withholds an answer contradicts nothing',
      [article('a.txt', 'Leader killed', 'The Pentagon confirmed that rebel leader Omar Dahir was killed in the air strike on Monday.'), article('b.txt', 'Strike', 'A spokesman would not say whether rebel leader Omar Dahir was killed in the air strike.')],
      'would not say whether', [],
    ],
    [
      'a negation contradicts what the claim asserts',
      [article('a.txt', 'Harbor works', 'Acme Ferries said the dredging of the harbor will be a problem for the crossing this summer.'), article('b.txt', 'Ferry line', 'Harbor engineers said the dredging of the harbor will be no problem for the crossing.')],
      'will be no problem', ['Acme Ferries said the dredging of the harbor will be a problem for the crossing this summer.'],
    ],
    [
      '... not what the claim negates itself: both say "no problem"',
      [article('a.txt', 'Harbor works', 'Acme Ferries said the dredging of the harbor, which is not a problem for the crossing, starts this summer.'), article('b.txt', 'Ferry line', 'Harbor engineers said the dredging of the harbor will be no problem for the crossing.')],
      'will be no problem', [],
    ],
    [
      'an explicit denial that shares only names with the claim answers something else',
      [article('a.txt', 'Columnist', 'Dana Reyes is taking a leave of absence from Northwind Media this spring.'), article('b.txt', 'Emails', 'The email thread began with Dana Reyes writing to deny that Northwind Media had changed its strategy.')],
      'to deny that', [],
    ],
    [
      '... nor what the claim negates with an implicit negative ("was unable to stop" and "could not stop")',
      [article('a.txt', 'Harbor works', 'The dredging crew of Acme Ferries was unable to stop the leak in the harbor wall.'), article('b.txt', 'Ferry line', 'Harbor engineers said the dredging crew could not stop the leak in the harbor wall.')],
      'could not stop', [],
    ],
    [
      'a negation of something else the claim\'s words take part in contradicts nothing: what it negates is its head',
      [article('a.txt', 'Cable dispute', 'Northwind Cable contacted the employer of customer Dana Reyes after her complaint call.'), article('b.txt', 'Customer', 'Dana Reyes said she never mentioned her employer during the complaint call.')],
      'never mentioned', [],
    ],
    [
      '... and a hyphenated compound\'s head is its last word ("gold-plated")',
      [article('a.txt', 'Watch prices', 'The 18-karat gold Acme Watch edition costs $10,000 in the United States.'), article('b.txt', 'Watch prices', 'The Acme Watch edition is not gold-plated in the United States, the company said.')],
      'is not gold-plated', [],
    ],
    [
      'a negated subject negates its verb as well ("no documents will be deleted")',
      [article('a.txt', 'Phone update', 'Testers said the Acme update deleted all documents stored on the phone.'), article('b.txt', 'Phone update', 'The Acme update screen says no documents stored on the phone will be deleted.')],
      'no documents', ['Testers said the Acme update deleted all documents stored on the phone.'],
    ],
  ])('%s', (_label, seeds, opposer, expected) => {
    expect(linkedTo(seeds, opposer)).toEqual(expected);
  });
});

describe('linkOpposers, where the article model reads the denier\'s article as contesting the claim', () => {
  // A denial a little too loosely worded to link on words alone is then linked (SIMILARITY.denialLinkWithModel),
  // but only to a claim that shares some of what it denies.
  it.each([
    [
      'a denial whose object shares nothing with the claim answers something else: not what the denier goes on to say',
      [article('a.txt', 'Rebels', 'In a video released late Friday night, the leader of the militant group Ardan Front claimed the kidnapped hostages have all been converted and married off.'), article('b.txt', 'Front denies truce', 'The leader of the militant group Ardan Front has denied agreeing to any truce with the government and said more than 200 kidnapped hostages all have converted and been married off.')],
      'has denied agreeing', [],
    ],
    [
      '... while a claim it names is answered',
      [article('a.txt', 'Truce', 'The government said on Friday it had agreed a truce with the militant group Ardan Front and that the kidnapped hostages would be freed.'), article('b.txt', 'Front denies truce', 'The leader of the militant group Ardan Front has denied agreeing to any truce with the government and said more than 200 kidnapped hostages all have converted and been married off.')],
      'has denied agreeing', ['The government said on Friday it had agreed a truce with the militant group Ardan Front and that the kidnapped hostages would be freed.'],
    ],
  ])('%s', (_label, seeds, opposer, expected) => {
    expect(linkedTo(seeds, opposer, true)).toEqual(expected);
  });
});

describe('deniesSomethingElse', () => {
  const claim = 'Acme Steel will close its Ohio plant in March and cut 400 jobs.';
  it.each([
    ['an object that shares none of the claim\'s terms, and a side clause that asserts: something else', 'Acme Steel has denied paying any bribe to tax officials and said 400 jobs at the Ohio plant are at risk.', true],
    ['an object that shares a term with the claim: not something else', 'Acme Steel denied that the plant will be sold to a rival in March.', false],
    ['a side clause that negates the claim answers it', 'Acme Steel has denied paying any bribe to tax officials, and said the Ohio plant will not close.', false],
    ['a denial that points back names no object of its own', 'Acme Steel denied the reports, calling them false.', false],
    ['a verdict on what came before names none either', 'The story that we pay bribes to tax officials is not true, Acme Steel said.', false],
  ])('%s', (_label, denial, expected) => {
    const e = early([article('a.txt', 'Plant', claim), article('b.txt', 'Acme', denial)]);
    const views = opposerViews(e.facts, e.terms.claim, e.rep, e.terms.normalize);
    const x = e.find(denial.slice(0, 20));
    expect(views.has(x.index)).toBe(true);
    expect(deniesSomethingElse(views.get(x.index), [e.find(claim.slice(0, 20))])).toBe(expected);
  });
});

describe('negatedHeads', () => {
  it.each([
    ['a verb after the verb group', 'He has never actually mentioned his employer.', ['mention']],
    ['a light verb hands it to what follows', 'The chip does not have a fan.', ['fan']],
    ['the last word of a noun phrase', 'There is no London Police force.', ['force']],
    ['a hyphenated compound\'s last word', 'The watch is not water-resistant.', ['resistant']],
    ['a negated subject and its verb', 'No data or media will be deleted.', ['medium', 'delete']],
    ['a passive naming verb is light ("neither is named")', 'He has two wives but neither is named Saja.', ['saja']],
    ['a negation in a subject relative clause is not the sentence\'s', 'Dozens more that did not get caught crossed the border.', null],
  ])('%s', (_label, text, heads) => {
    const got = negatedHeads(annotate(text));
    expect(got && [...got]).toEqual(heads);
  });
});

describe('a negated noun phrase', () => {
  // "No hair. No problem." (a caption under a prankster's photo) negates no statement: against a claim whose
  // words are mostly "hair" it matched as well as a real contradiction would.
  const seeds = [
    article('a.txt', 'Phones and hair', 'Users say hair, beard hair and long hair get caught and pulled out.', 'The Acme Phone went on sale in September.'),
    article('b.txt', 'Pranksters', 'The Acme Phone went on sale in September, and owners have posted photos of it all week.', 'No hair. No problem.', 'The Acme Phone does not pull out hair, the company said.'),
  ];
  const e = early(seeds);
  const views = opposerViews(e.facts, e.terms.claim, e.rep, e.terms.normalize);
  const claim = e.find('beard hair');
  const target = { members: [claim], vectors: [e.claimVectors[claim.index]], negative: false, sources: 1 };
  const linked = [...(linkOpposers([target], e.facts, views, e.rep).get(0) ?? [])].map((x) => x.sentence.text);
  it('contradicts nothing', () => expect(linked).not.toContain('No hair.'));
  it('... where a negated statement in the same words does', () => expect(linked).toContain('The Acme Phone does not pull out hair, the company said.'));
});

describe('sameStatementPairs', () => {
  // The indexed answer grouping reads must be sameStatement's for every pair, or claims merge differently.
  it('holds for exactly the pairs sameStatement holds for', () => {
    const e = early([
      article('a.txt', 'Bank statement', '"We are not in data-sharing talks with Nimbus at all," Delta Trust said in an email.', 'Delta Trust said it had "no plans to share data".'),
      article('b.txt', 'Bank says no', 'Delta Trust said "we are not in data-sharing talks with Nimbus at all" in an email.', 'A spokeswoman said: "We are not in data-sharing talks with Nimbus."'),
      article('c.txt', 'Talks', 'In an email, the bank said it was not in data-sharing talks with Nimbus at all, and had no plans to share data.', '"Our customers come first and their data stays with us," Harbor Bank said.'),
      article('d.txt', 'Other', 'Nimbus launched a payments app; "our customers come first and their data stays with us" is its slogan.'),
    ]);
    const same = sameStatementPairs(e.facts);
    let held = 0;
    for (let i = 0; i < e.facts.length; i++) {
      for (let j = 0; j < e.facts.length; j++) {
        expect([i, j, same(i, j)]).toEqual([i, j, sameStatement(e.facts[i], e.facts[j])]);
        if (i < j && same(i, j)) held++;
      }
    }
    expect(held).toBeGreaterThanOrEqual(4); // the story has such pairs: the test compares more than "never"
  });
});
