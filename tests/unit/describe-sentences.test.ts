/** Stage 2 (describe-sentences): what each sentence says, who says it, whether it is a claim, its polarity. */
import { describe, expect, it } from 'vitest';
import { describeSentences, MAX_CLAIM_SENTENCE } from '../../src/analysis/describe-sentences.ts';
import { CHECK_WORTHY } from '../../src/analysis/thresholds.ts';
import { resetNlp } from '../../src/analysis/nlp.ts';
import { readSources } from '../../src/analysis/read-sources.ts';
import { article } from './stage-helpers.ts';

function describeStory(...seeds: ReturnType<typeof article>[]) {
  resetNlp();
  return describeSentences(readSources('s', seeds).sources).facts;
}

/** The facts of one sentence, read as the second paragraph of an article by The Toledo Blade. */
function describeOne(sentence: string) {
  const facts = describeStory({ ...article('a.txt', 'Plant news', sentence), outlet: 'The Toledo Blade' });
  const x = facts.find((f) => f.sentence.text === sentence);
  if (!x) throw new Error(`"${sentence}" was not read as one sentence`);
  return x;
}

const long = `"${('Acme Steel, Beta Steel, Gamma Steel and Delta Steel ' + 'and the union of Ohio plant workers '.repeat(28)).trim()}," Dana Ripley said.`;

describe('describeSentences', () => {
  it.each([
    {
      label: 'a trailing attribution is cut from the claim and names the speaker',
      sentence: 'Acme Steel will close its Ohio plant in March, Dana Ripley said.',
      claim: 'Acme Steel will close its Ohio plant in March.', speaker: { name: 'Dana Ripley', kind: 'named' }, polarity: 'positive', worthy: true,
    },
    {
      label: 'a quote is kept whole; its speaker speaks for the organisation the sentence names',
      sentence: '"We never signed the deal," Dana Ripley, a spokesman for Acme Steel, said.',
      claim: '"We never signed the deal," Dana Ripley, a spokesman for Acme Steel, said.', speaker: { name: 'Acme Steel (Dana Ripley)', kind: 'named' }, polarity: 'negative', worthy: true,
    },
    {
      label: 'a party denying something is a denial, said by that party',
      sentence: 'Acme Steel denied that it will close its Ohio plant in March.',
      claim: 'Acme Steel denied that it will close its Ohio plant in March.', speaker: { name: 'Acme Steel', kind: 'named' }, polarity: 'deny', worthy: true,
    },
    {
      label: 'casting doubt is a contradiction',
      sentence: 'Officials cast doubt on the report that Acme Steel will close the plant.',
      claim: 'Officials cast doubt on the report that Acme Steel will close the plant.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'contradict', worthy: true,
    },
    {
      label: 'raising doubts is a contradiction',
      sentence: 'Engineers have raised doubts about whether Acme Steel will close the plant.',
      claim: 'Engineers have raised doubts about whether Acme Steel will close the plant.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'contradict', worthy: true,
    },
    {
      label: 'being questioned is an interview, not a doubt',
      sentence: 'The two engineers have been questioned at the ministry of defence since Monday.',
      claim: 'The two engineers have been questioned at the ministry of defence since Monday.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'positive', worthy: true,
    },
    {
      label: 'a bound on a figure ("no older than") negates nothing',
      sentence: 'The boy detained at the Acme Steel plant is no older than 11 years of age.',
      claim: 'The boy detained at the Acme Steel plant is no older than 11 years of age.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'positive', worthy: true,
    },
    {
      label: 'a question that asks whether something is false denies nothing',
      sentence: 'Acme Steel will close its Ohio plant, but that is not true, is it?',
      claim: 'Acme Steel will close its Ohio plant, but that is not true, is it?', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'negative', worthy: false,
    },
    {
      label: 'a negation in the claim makes it negative',
      sentence: 'Acme Steel did not close its Ohio plant in March.',
      claim: 'Acme Steel did not close its Ohio plant in March.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'negative', worthy: true,
    },
    {
      label: 'a negation inside an aside about the reporting does not',
      sentence: 'The plant, whose future the ministry would not confirm, employs 400 workers in Ohio.',
      claim: 'The plant, whose future the ministry would not confirm, employs 400 workers in Ohio.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'positive', worthy: true,
    },
    {
      label: '... nor does one inside the attribution that was cut',
      sentence: 'Acme Steel will close its Ohio plant in March, a spokesman who did not give his name said.',
      claim: 'Acme Steel will close its Ohio plant in March.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'positive', worthy: true,
    },
    {
      label: 'a question is no claim',
      sentence: 'Will Acme Steel close its Ohio plant in March?',
      claim: 'Will Acme Steel close its Ohio plant in March?', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'positive', worthy: false,
    },
    {
      label: 'an opinion is no claim',
      sentence: 'Acme Steel is probably the worst steel company in Ohio, in my opinion.',
      claim: 'Acme Steel is probably the worst steel company in Ohio, in my opinion.', speaker: { name: 'The Toledo Blade', kind: 'source' }, polarity: 'positive', worthy: false,
    },
  ])('$label', ({ sentence, claim, speaker, polarity, worthy }) => {
    const x = describeOne(sentence);
    expect(x.claim.text).toBe(claim);
    expect(x.speaker).toEqual(speaker);
    expect(x.polarity).toBe(polarity);
    expect(x.worth.score >= CHECK_WORTHY).toBe(worthy);
  });

  it.each([
    ['Spotted: The Acme Steel truck was seen leaving the Ohio plant last week.', 'The Toledo Blade'],
    ['Before: Dana Ripley is pictured at the Ohio plant before it closed.', 'The Toledo Blade'],
    ['Acme: We never signed the deal with the union in Ohio.', 'Acme'],
  ])('a caption word before a colon gives no one the floor; a name does: %s', (sentence, speaker) => {
    expect(describeOne(sentence).speaker.name).toBe(speaker);
  });

  it.each([
    ['a fact-check\'s "Claim:" rated false in the next paragraph is the source contradicting it', 'FALSE', 'contradict', 'source'],
    ['... "PROBABLY FALSE" too', 'PROBABLY FALSE', 'contradict', 'source'],
    ['... not a rating of true', 'TRUE', 'positive', 'named'],
    ['... nor "false" in a sentence of prose', 'Some readers thought it false.', 'positive', 'named'],
  ])('%s', (_what, rating, polarity, speakerKind) => {
    const claim = 'Claim: Acme Steel will close its Ohio plant in March.';
    const x = describeStory(article('a.txt', 'Plant closing?', claim, rating, 'Origins: the rumour began on a forum.')).find((f) => f.sentence.text === claim)!;
    expect([x.polarity, x.ratedFalse, x.speaker.kind]).toEqual([polarity, polarity === 'contradict', speakerKind]);
  });

  it('reads the claim\'s own words apart from the attribution it cut', () => {
    const x = describeOne('Acme Steel will close its Ohio plant in March, Dana Ripley said.');
    expect(x.nlp.terms).toEqual(expect.arrayContaining(['dana', 'ripley']));
    expect(x.claim.nlp.terms).toEqual(['acme', 'steel', 'close', 'ohio', 'plant', 'march']);
  });

  it(`never reads a run-on of more than ${MAX_CLAIM_SENTENCE} characters for attribution or as a claim`, () => {
    expect(long.length).toBeGreaterThan(MAX_CLAIM_SENTENCE);
    const x = describeOne(long);
    expect(x.attribution.who).toBeNull();
    expect(x.speaker.kind).toBe('source');
    expect(x.worth).toEqual({ score: -10, reasons: ['run-on'] });
    // The same quote, short enough, is read as usual.
    const short = `${long.slice(0, 300).trim()}," Dana Ripley said.`;
    expect(describeOne(short).speaker).toEqual({ name: 'Dana Ripley', kind: 'named' });
  });

  it('numbers sentences story-wide, sources in file order, and keys copies of one sentence alike', () => {
    const same = 'Acme Steel will close its Ohio plant in March.';
    const facts = describeStory(article('b.txt', 'Second', `${same} Union leaders confirmed it. ${same}`), article('a.txt', 'First', `Union leaders met on Tuesday. ${same}`));
    expect(facts.map((x) => [x.index, x.source, x.sentence.text])).toEqual([
      [0, 0, 'First'], [1, 0, 'Union leaders met on Tuesday.'], [2, 0, same], [3, 1, 'Second'], [4, 1, same], [5, 1, 'Union leaders confirmed it.'], [6, 1, same],
    ]);
    expect(new Set([facts[2].key, facts[4].key, facts[6].key]).size).toBe(1);
    expect(facts[1].key).not.toBe(facts[2].key);
  });
});
