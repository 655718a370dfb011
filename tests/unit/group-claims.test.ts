/** Stage 5: which statements are one claim. */
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/analysis/group-claims.ts';
import { article, early } from './stage-helpers.ts';

/** Whether the sentences holding `a` and `b` end up in one claim. */
function together(seeds: ReturnType<typeof article>[], a: string, b: string): boolean {
  const e = early(seeds);
  const { groups } = groupClaims(e.facts, e.claimVectors, e.rep);
  const [x, y] = [e.find(a), e.find(b)];
  const g = groups.find((g) => g.members.includes(x));
  return Boolean(g && g.members.includes(y));
}

describe('groupClaims', () => {
  it.each([
    [
      'the same quote credited to a person in one outlet and to the company in another is one statement',
      [article('a.txt', 'Acme and the data', 'Acme is not "sharing our customers\' transaction data with these platforms, and we have had to say no to some things," a spokeswoman said.'),
        article('b.txt', 'Banks and platforms', 'An Acme Bank spokeswoman told the paper that the bank is not "sharing our customers\' transaction data with these platforms, and we have had to say no to some things".')],
      'Acme is not "sharing', 'An Acme Bank spokeswoman', true,
    ],
    [
      'a partial quote joins the full quote even when only the full one carries the negation',
      [article('a.txt', 'Acme on privacy', 'Acme said in a statement that "protecting the privacy of customer data is of the highest importance" to the bank.'),
        article('b.txt', 'Acme statement', '"Protecting the privacy of customer data is of the highest importance to Acme. We are not holding data-sharing talks with Beta," Acme said in an email.')],
      'Acme said in a statement', 'We are not holding', true,
    ],
    [
      'an outlet that spells out a name inside the quote still quotes the same statement',
      [article('a.txt', 'Truce', '"A ceasefire agreement has been concluded between the government of Norland and the rebels," said General Ana Ruiz, the army chief.'),
        article('b.txt', 'Truce agreed', '\'A ceasefire agreement has been concluded between the government of Norland and the Southern Liberation Front (the rebels),\' she said.')],
      'said General Ana Ruiz', 'Southern Liberation Front', true,
    ],
    [
      'alike words quoted from two different parties are two claims',
      [article('a.txt', 'Union view', '"The Ohio plant will close in March and the union will fight every job cut," union leader Sam Boyd said.'),
        article('b.txt', 'Company view', '"The Ohio plant will close in March, as the board decided after every job cut," said Acme Steel chief executive Lena Ortiz.')],
      'union leader Sam Boyd', 'Lena Ortiz', false,
    ],
    [
      'the same quote credited to two names (a person, a company) is one statement',
      [article('a.txt', 'Union view', '"The plant will close in March and 400 jobs will go," Sam Boyd said.'),
        article('b.txt', 'Union statement', '"The plant will close in March and 400 jobs will go," the Steelworkers Union said in a statement.')],
      'Sam Boyd said', 'Steelworkers Union', true,
    ],
    [
      'a statement and its negation are two claims',
      [article('a.txt', 'Resignation', 'Mayor Tom Reyes resigned from the harbor board on Monday after the audit.'),
        article('b.txt', 'No resignation', 'Mayor Tom Reyes did not resign from the harbor board on Monday after the audit.')],
      'Reyes resigned', 'did not resign', false,
    ],
    [
      'a statement negated in whole is no restatement, whatever verb the other uses',
      [article('a.txt', 'Casting', 'Actor Lena Ortiz is in talks to play the mayor in the new Harbor film by director Sam Boyd.'),
        article('b.txt', 'Casting news', 'Actor Lena Ortiz will not be starring as the mayor in the new Harbor film by director Sam Boyd, according to the Ledger.')],
      'in talks to play', 'will not be starring', false,
    ],
    [
      'a negation about something else does not part two restatements',
      [article('a.txt', 'Dog sold', 'The charity contacted the registered owner of Kai, who said they had sold the dog on Gumtree in 2013.'),
        article('b.txt', 'Dog owner', 'The charity contacted the registered owner of Kai, who said they had sold the dog on Gumtree in 2013 but could not give an address.')],
      'in 2013.', 'could not give', true,
    ],
    [
      'a party\'s statement about its own conduct does not restate another party\'s act that shares its words',
      [article('a.txt', 'Platform asks banks', 'Nimbus has asked large banks to share card transactions, checking account balances and purchase locations of their customers.'),
        article('b.txt', 'Bank responds', 'Harbor Bank acknowledged holding talks but declined to comment on sharing card transactions, checking account balances and purchase locations of customers.')],
      'Nimbus has asked', 'Harbor Bank acknowledged', false,
    ],
    [
      'a plain statement naming no party joins the claim it restates',
      [article('a.txt', 'Dog found', 'Kai, a shar-pei cross, was found abandoned at Ayr railway station with a suitcase of his belongings.'),
        article('b.txt', 'Dog abandoned', 'A dog was found abandoned at a railway station with a suitcase of his belongings.')],
      'Kai, a shar-pei', 'A dog was found', true,
    ],
    [
      'two outlets giving one distinct figure in different words state one fact',
      [article('a.txt', 'Leak', 'In its worst scandal yet, Nimbus admitted that up to 87 million users may have had their data taken by Redline Analytics during the 2016 campaign.'),
        article('b.txt', 'Apology', 'Earlier this year, Nimbus executives were forced to apologise for letting the personal data of as many as 87 million people end up with a political consultancy.')],
      'worst scandal yet', 'forced to apologise', true,
    ],
    [
      'ranges that share one end are two facts',
      [article('a.txt', 'Estimates', 'Earlier estimates by analysts pegged the top gold Orbit Watch between $1,000 and $5,000 in Europe.'),
        article('b.txt', 'Report', 'A new report says shoppers will pay between $4,000 and $5,000 for the gold model when it goes on sale in January.')],
      'Earlier estimates', 'A new report', false,
    ],
    [
      'a year is no distinct figure',
      [article('a.txt', 'Plant', 'Acme Steel opened its first plant in Ohio in 2016 after a long search.'),
        article('b.txt', 'Union', 'The Steelworkers Union signed its contract with the city of Dayton in 2016 after a strike.')],
      'Acme Steel opened', 'Steelworkers Union signed', false,
    ],
  ])('%s', (_label, seeds, a, b, expected) => {
    expect(together(seeds, a, b)).toBe(expected);
  });

  it('makes no claim of plain statements alone, and says why', () => {
    const e = early([article('a.txt', 'A note', 'The weather was cold and the roads were wet all day long.'), article('b.txt', 'Another note', 'The roads were wet and the weather was cold all day long.')]);
    const { groups, messages } = groupClaims(e.facts, e.claimVectors, e.rep);
    expect(groups.filter((g) => g.members.some((m) => /roads were wet/.test(m.sentence.text)))).toEqual([]);
    expect(messages.some((m) => /roads were wet/.test(m.text) && /not check-worthy/.test(m.why))).toBe(true);
  });
});
