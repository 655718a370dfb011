/** What one wink-nlp read of a text gives the stages (annotate.ts): content terms, names, figures, a slice. */
import { describe, expect, it } from 'vitest';
import { annotate, negatesSubordinate, sliceAnnotation } from '../../src/analysis/annotate.ts';

describe('annotate', () => {
  it.each([
    ['"4%", "4 per cent" and "4 percent" are one figure', 'Shares rose 4% on Monday.', 'Shares rose 4 per cent on Monday.'],
    ['... and so is "4 percent"', 'Shares rose 4% on Monday.', 'Shares rose 4 percent on Monday.'],
    ['"United States" and "US" are one name', 'The United States offered a reward.', 'The US offered a reward.'],
    ['a count spelt out is its figure', 'Eleven planes are missing in Libya.', '11 planes are missing in Libya.'],
    ['... at any case, in the tens too', 'Police arrested twenty men and forty women.', 'Police arrested 20 men and 40 women.'],
  ])('%s', (_label, a, b) => {
    expect(annotate(a).terms).toEqual(annotate(b).terms);
  });

  // wink-nlp's negation scope runs past a colon; a clause after it is not negated ("Not him: X was ruled out").
  const negatedWords = (t: string) => { const a = annotate(t); return a.words.filter((_, i) => a.negated[i]); };
  it.each([
    ['a colon ends it', 'Not him: the rapper first named as a suspect was ruled out.', ['him']],
    ['a semicolon ends it', 'No crime here; the car is safe in its garage.', ['crime', 'here']],
    ['a negator after the colon starts another', 'Not him: the rapper has never been a suspect.', ['him', 'been', 'a', 'suspect']],
  ])('negation scope: %s', (_label, text, words) => {
    expect(negatedWords(text)).toEqual(words);
  });

  // A negation inside a subject relative clause negates what the clause says of a noun, not the sentence.
  const relative = (t: string) => { const a = annotate(t); return negatesSubordinate(a.words, a.pos, a.words.findIndex((w) => /^(?:not|n't|never)$/i.test(w))); };
  it.each([
    ['a clause after a noun', 'There are dozens more that did not get caught by the Border Patrol.', true],
    ['... with "who"', 'A couple who can\'t afford treatment are selling their home.', true],
    ['a complement clause: a subject stands between', 'The company said that it did not close the plant.', false],
    ['a demonstrative after a conjunction', 'Acme will close the plant, but that is not true.', false],
    ['the sentence\'s own negation', 'The plant did not close in March.', false],
    ['a condition', 'The group threatened to kill him within three days if its demands were not met.', true],
    ['... only within its clause', 'If the plant reopens, the union will not strike.', false],
    ['an indirect question', 'Parents are demanding to know why there was not better supervision on the trip.', true],
    ['... "whether" too', 'Inspectors asked whether the valve had not been tested before the launch.', true],
    ['a negative imperative in a quote', 'He turned back with his hands up, saying "do not shoot".', true],
    ['... opening the sentence', 'Do not touch the display while it charges.', true],
    ['"do" with a subject is no order', 'They do not touch the display while it charges.', false],
  ])('negated relative clause: %s', (_label, text, expected) => {
    expect(relative(text)).toBe(expected);
  });

  it('leaves out stop words and punctuation, keeps lemmas', () => {
    expect(annotate('The banks were asked for their data.').terms).toEqual(['bank', 'ask', 'datum']);
  });

  it('collects the names and the figures', () => {
    const a = annotate('Acme Steel will cut 400 jobs in Ohio.');
    expect(a.names).toEqual(expect.arrayContaining(['Acme Steel', 'Ohio']));
    expect(a.figures.map((f) => f.value)).toContain('400');
    expect(a.hasVerb).toBe(true);
  });

  it('slices the annotation of a claim cut from its sentence', () => {
    const text = 'Acme Steel will cut 400 jobs in Ohio, the union said.';
    const start = 0, end = text.indexOf(', the union');
    const part = sliceAnnotation(annotate(text), text, start, end);
    expect(part.words).not.toContain('union');
    expect(part.terms).toEqual(annotate('Acme Steel will cut 400 jobs in Ohio.').terms);
  });
});
