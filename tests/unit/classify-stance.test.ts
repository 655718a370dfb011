import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { sentencePolarity, sentenceStance } from '../../src/analysis/classify-stance.ts';
import { claimText } from '../../src/analysis/extract-claims.ts';

const polarity = (s: string) => sentencePolarity(s, annotate(s), annotate(claimText(s)));

describe('sentencePolarity', () => {
  it.each([
    ['"This is not true," the company said.', 'deny'],
    ['Acme denies report that it is closing the plant', 'deny'],
    ['Acme rejects the report that it will close the plant.', 'deny'],
    ['The ministry dismissed the report as baseless.', 'deny'],
    ['Independent engineers disputed the figures.', 'contradict'],
    ['"We have not shared any data with Acme," the bank said.', 'negative'],
    ['Acme will close the plant next year.', 'positive'],
    ['Job losses led one large plant, which the paper did not name, to close.', 'positive'],
  ])('%s -> %s', (s, expected) => {
    expect(polarity(s)).toBe(expected);
  });
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
