/** Figures as written to comparable numbers, and what each counts (figures.ts). */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { countedFigures, figureRange, figureValue, isConversion, readFigures } from '../../src/analysis/figures.ts';
import { FIGURE_ESTIMATE } from '../../src/analysis/thresholds.ts';

describe('figureValue', () => {
  it.each([
    ['$11.8 billion', 11.8e9],
    ['87 million', 87e6],
    ['4 per cent', 4],
    ['1,200', 1200],
    ['$7m', 7e6],
    ['3bn', 3e9],
    ['1/2', 0.5],
    ['6 1/2', 6.5],
    ['$2 1/2 million', 2.5e6],
    ['9/11', 9],
    ['Monday', null],
  ])('%s is %s', (text, value) => {
    expect(figureValue(text)).toBe(value);
  });
});

describe('figureRange and isConversion', () => {
  it.each([
    ['They tipped him more than $2,000.', '$2,000', 2000, { low: 2000, high: Infinity }],
    ['Up to 87 million users were affected.', '87 million', 87e6, { low: 0, high: 87e6 }],
    ['Shares surged almost 3% after the report.', '3%', 3, { low: 3 * (1 - FIGURE_ESTIMATE), high: 3 }],
    ['The quake killed about 40 villagers.', '40', 40, { low: 40 * (1 - FIGURE_ESTIMATE), high: 40 * (1 + FIGURE_ESTIMATE) }],
    ['... the qualifier read into the figure, as wink-nlp reads "about 40"', 'about 40', 40, { low: 40 * (1 - FIGURE_ESTIMATE), high: 40 * (1 + FIGURE_ESTIMATE) }],
    ['He was presented with $2,084.', '$2,084', 2084, { low: 2084, high: 2084 }],
  ] as const)('%s', (sentence, text, value, range) => expect(figureRange(sentence.startsWith('...') ? 'The quake killed about 40 villagers.' : sentence, text, value)).toEqual(range));

  it('a sum in brackets after another figure converts it; a sum in brackets alone does not', () => {
    expect(isConversion('a reward of 1 million pesos ($74,000) for information', '$74,000')).toBe(true);
    expect(isConversion('the fine (about $5,000) was paid', '$5,000')).toBe(false);
  });
});

describe('readFigures', () => {
  it('keeps percentages, sums and counts, not dates or ordinals', () => {
    const read = readFigures([
      { value: '4%', type: 'PERCENT' }, { value: '$7 million', type: 'MONEY' }, { value: '150', type: 'CARDINAL' },
      { value: 'March 2014', type: 'DATE' }, { value: 'second', type: 'ORDINAL' },
    ]);
    expect(read.map((f) => [f.type, f.value])).toEqual([['PERCENT', 4], ['MONEY', 7e6], ['CARDINAL', 150]]);
  });
});

describe('figures as the sentence writes them', () => {
  it.each([
    ['In 2012 the US offered a reward of up to $7m (£4.2m) for information.', 7e6],
    ['It was worth an estimated US$7bn when he died.', 7e9],
    ['In 2012, the US offered a reward of up to $7 million for information.', 7e6],
  ])('%s: the sum is %s', (text, value) => {
    expect(readFigures(annotate(text).figures).filter((f) => f.type === 'MONEY').map((f) => f.value)).toEqual([value]);
  });

  it('reads a whole number and the fraction after it as one figure: "6 1/2 feet" had read as 1/2 against "6.5 feet"', () => {
    expect(readFigures(annotate('Any wels catfish over 6 1/2 feet is considered extremely rare.').figures).map((f) => [f.text, f.value])).toEqual([['6 1/2', 6.5]]);
    expect(readFigures(annotate('The river rose 2 and 1/2 feet overnight.').figures).map((f) => f.value)).toEqual([2, 0.5]);
  });

  it('leaves a plain number before "m" alone: it may be metres', () => {
    expect(readFigures(annotate('A 7m crater opened near the airport.').figures).map((f) => f.value)).not.toContain(7e6);
  });
});

describe('countedFigures', () => {
  const counted = (text: string) => countedFigures(annotate(text), text).map((f) => [f.value, f.counts, f.noun]);
  it.each([
    ['She was one of 150 women released in a swap that freed 13 nuns.', [[150, 'woman', 'women'], [13, 'nun', 'nuns']]],
    ['The State Department offered a $7 million reward for his arrest.', [[7e6, 'reward', 'reward']]],
    ['The swap freed 13 Syrian nuns held in the north.', [[13, 'nun', 'nuns']]],
    // A figure followed by no noun counts nothing that can be compared.
    ['Shares rose 3% on Monday.', []],
  ])('%s', (text, expected) => {
    expect(counted(text)).toEqual(expected);
  });
});
