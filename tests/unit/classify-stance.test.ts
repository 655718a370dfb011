import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { deniedVerb, sentencePolarity, sentenceStance, withholdsAnswer } from '../../src/analysis/classify-stance.ts';
import { claimText } from '../../src/analysis/extract-claims.ts';

const polarity = (s: string) => sentencePolarity(s, annotate(s), annotate(claimText(s)));

describe('sentencePolarity', () => {
  it.each([
    ['"This is not true," the company said.', 'deny'],
    ['Acme denies report that it is closing the plant', 'deny'],
    ['Acme rejects the report that it will close the plant.', 'deny'],
    ['The ministry dismissed the report as baseless.', 'deny'],
    // "Not accurate", "isn't correct": the words of "inaccurate" and "incorrect", spelt out.
    ["The mayor said he had no idea where the figure came from and that it's not accurate.", 'deny'],
    ['"That isn\'t correct," the ministry said of the report.', 'deny'],
    ['Independent engineers disputed the figures.', 'contradict'],
    // A denial negated is none: an affirmation ("no denying"), or a denial not made.
    ["There's no denying the plant is the town's largest employer.", 'positive'],
    ['One simply cannot deny the value of the steel in the plant.', 'positive'],
    ['Acme did not deny the report that it will close the plant.', 'negative'],
    ['"The story is not made up," the mayor said of the report.', 'negative'],
    ['Even if Acme denies any plans to close, the plant has been idle since May.', 'positive'],
    // "False" and "disputed" describing a thing call nothing false; of a report, they do.
    ['The suspects were carrying false identity papers when they crossed the border.', 'positive'],
    ['A patrol boat crossed a disputed maritime border on Tuesday.', 'positive'],
    ['Acme said the false rumours about the plant had hurt its sales.', 'deny'],
    ['Independent engineers disputed claims that the plant will close.', 'contradict'],
    ['"It would not surprise me at all if they opened a plant in Ohio," the analyst said.', 'positive'],
    ['"We have not shared any data with Acme," the bank said.', 'negative'],
    ['Acme will close the plant next year.', 'positive'],
    ['Job losses led one large plant, which the paper did not name, to close.', 'positive'],
    // A negation word in a phrase that negates nothing: a time ("not long after"), or not knowing what is so.
    ['Not long after being rushed to hospital, the nun gave birth to a boy.', 'positive'],
    ['She had no idea that she was pregnant.', 'positive'],
    ['No sooner had the plant reopened than it flooded.', 'positive'],
    ['The plant did not reopen after the flood.', 'negative'],
    // "Deny" meaning to withhold calls nothing false.
    ['"Any attempt to deny Muslims liberty will result in bloodshed," the militant said.', 'positive'],
    ['The border guards denied them entry at the crossing.', 'positive'],
    ['The suspect was denied bail on Monday.', 'positive'],
    ['Refugees were denied a hearing for months.', 'positive'],
    // ... while denying a report, an allegation or "it" still denies.
    ['Acme denied Reuters reports that it would close the plant.', 'deny'],
    ['Acme denied it.', 'deny'],
    ['The allegation was denied by the company.', 'deny'],
    ['Acme denied allegations of fraud.', 'deny'],
    ['Acme denied the report and said the plant would stay open.', 'deny'],
    ['Acme denied wrongdoing.', 'deny'],
    // An answer withheld is no denial.
    ['No 10 will not confirm or deny that the man in the video is Emwazi.', 'negative'],
    ['The ministry would neither confirm nor deny the report.', 'negative'],
    ['The airline and the ministry issued denials of the report.', 'deny'],
    ['In response, Acme is denying the accuracy of the report.', 'deny'],
    ['Acme has denied the accuracy of the figures.', 'deny'],
    ['He was denied bail, and his lawyer called the charges false.', 'deny'],
    // "Made up of" says what a thing consists of; "made up" says it is invented.
    ['The state airline fleet is made up of 13 aircraft, including seven Airbus 320s.', 'positive'],
    ['The airline said the story about its missing aircraft was made up.', 'deny'],
    // "Questioned" a person is an interview; "questioned" a claim, doubt.
    ['The FBI has questioned a man who says he recorded audio of the shooting.', 'positive'],
    ['Detectives questioned him for six hours on Monday.', 'positive'],
    ['Independent experts questioned the credibility of the video.', 'contradict'],
    ['Several analysts questioned whether the ceasefire would hold.', 'contradict'],
  ])('%s -> %s', (s, expected) => {
    expect(polarity(s)).toBe(expected);
  });
});

describe('deniedVerb', () => {
  it.each([
    ['Lena Ortiz will not be starring as the mayor in the Harbor film, according to the Ledger.', 'star'],
    ['It looks like Lena Ortiz will no longer be playing the mayor in the Harbor film.', 'play'],
    ["Acme Steel won't sell its Ohio plant after all.", 'sell'],
    ['"We have not shared any customer data with Nimbus," the bank said.', 'share'],
    // A part denied, not the statement: a later clause, a relative clause, a noun phrase.
    ['The harbor has not been dredged since 2009, and two cargo ships ran aground there last winter.', null],
    ['The owner sold him, but could not give the buyer\'s address.', null],
    ["A couple who can't afford treatment for their daughter are trying to sell their son.", null],
    ['This is not the first hoax aimed at the actor.', null],
    // Withholding is not denying: what was not said or confirmed may still be so.
    ['The spokesman would not say whether the leader was among those killed.', null],
    ['British intelligence has not officially confirmed that he is the suspect.', null],
    ['Lena Ortiz will play the mayor in the Harbor film.', null],
  ])('%s -> %s', (s, expected) => {
    expect(deniedVerb(annotate(claimText(s)))).toBe(expected);
  });
});

describe('withholdsAnswer', () => {
  it.each([
    ['The spokesman would not say whether Godane was among the six militants killed.', true],
    ['CNN says it has not independently verified the tape\'s authenticity.', true],
    ['The ministry would not confirm the figure.', true],
    ['The bank has not named the buyer.', true],
    ['No 10 will not confirm or deny that the man in the video is Emwazi.', true],
    ['The ministry would neither confirm nor deny the report.', true],
    ['Acme has not offered any further comment on the plant.', true],
    ['The diocese has not confirmed the date of the priest\'s return.', true],
    ['He did not explain why the plant chose the Ohio site.', true],
    ['The studio has not released an official statement on the date.', true],
    ['The studio has not released the film in Ohio.', false],
    ['He has two wives, but neither is named Saja.', false],
    // A negation of what is asserted, or of a saying itself, answers.
    ['The plant did not close in March.', false],
    ['"We never said we would close the plant," Acme said.', false],
    ['Acme Steel will close the plant.', false],
  ])('%s -> %s', (text, expected) => expect(withholdsAnswer(annotate(text))).toBe(expected));
});

describe('sentenceStance', () => {
  it.each([
    ['Acme will close the plant.', false, 'agree'],
    ['Acme will reportedly close the plant.', false, 'discuss'],
    ['Acme will close the plant, according to the Ledger.', false, 'discuss'],
    ['Acme denies it will close the plant.', true, 'disagree'],
  ] as const)('%s', (s, opposes, expected) => {
    expect(sentenceStance(s, opposes)).toBe(expected);
  });
});
