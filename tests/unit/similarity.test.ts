/** Term-weighted similarity of a story's sentences (similarity.ts). */
import { describe, expect, it } from 'vitest';
import { cosine, coverage, storyIdf, termVector } from '../../src/analysis/similarity.ts';

const story = [['acme', 'close', 'plant'], ['acme', 'cut', 'job'], ['acme', 'plant', 'ohio'], ['union', 'strike']];
const idf = storyIdf(story);
const v = (...terms: string[]) => termVector(terms, idf);

describe('similarity', () => {
  it('weighs a word every sentence repeats less than a rare one', () => {
    expect(idf.get('acme')!).toBeLessThan(idf.get('ohio')!);
  });
  it('makes unit vectors', () => {
    const x = v('acme', 'plant', 'plant');
    expect([...x.values()].reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 12);
  });
  it.each([
    ['the same terms', ['acme', 'plant'], ['plant', 'acme'], 1],
    ['no term in common', ['acme', 'plant'], ['union', 'strike'], 0],
  ])('cosine of %s is %s', (_label, a, b, expected) => {
    expect(cosine(v(...a), v(...b))).toBeCloseTo(expected, 12);
  });
  it('ranks a restatement above a sentence sharing only the common word', () => {
    expect(cosine(v('acme', 'close', 'plant'), v('acme', 'plant', 'ohio'))).toBeGreaterThan(cosine(v('acme', 'close', 'plant'), v('acme', 'cut', 'job')));
  });
  it('finds all of a short statement inside a longer one, whatever the longer adds', () => {
    const short = v('close', 'plant'), long = v('acme', 'close', 'plant', 'ohio', 'march', 'union');
    expect(coverage(short, long)).toBeCloseTo(1, 12);
    expect(cosine(short, long)).toBeLessThan(0.8);
    expect(coverage(long, short)).toBeLessThan(0.6);
  });
});
