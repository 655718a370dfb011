import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { clusterStatements } from '../../src/analysis/cluster-claims.ts';
import { cosine, storyIdf, termVector } from '../../src/analysis/similarity.ts';

function cluster(sentences: string[], threshold = 0.4) {
  const terms = sentences.map((s) => annotate(s).terms);
  const idf = storyIdf(terms);
  const vectors = terms.map((t) => termVector(t, idf));
  return clusterStatements({ terms, similarity: (i, j) => cosine(vectors[i], vectors[j]) }, threshold).map((c) => c.map((i) => sentences[i]));
}

describe('clusterStatements', () => {
  it.each([
    [
      'restatements in other words join; other claims stay apart',
      ['Acme Steel will cut 400 jobs at its Ohio plant.', 'Acme Steel is cutting 400 jobs at the Ohio plant.', 'The Riverside Museum reopened on Saturday.', 'The museum in Riverside reopened Saturday after renovation.'],
      [[0, 1], [2, 3]],
    ],
    [
      'newswire synonyms count as the same word (large/major, ended/left, talks/negotiations)',
      ['One large bank ended the negotiations over privacy concerns.', 'One major bank left the talks because of privacy concerns.', 'Shares rose 3% on Monday.'],
      [[0, 1], [2]],
    ],
  ])('%s', (_label, sentences, expected) => {
    expect(cluster(sentences)).toEqual(expected.map((g) => g.map((i) => sentences[i])));
  });

  it('respects a veto on merging', () => {
    const terms = ['Acme will cut jobs.', 'Acme will cut jobs now.'].map((s) => annotate(s).terms);
    const idf = storyIdf(terms);
    const vectors = terms.map((t) => termVector(t, idf));
    expect(clusterStatements({ terms, similarity: (i, j) => cosine(vectors[i], vectors[j]), canMerge: () => false }, 0.4)).toEqual([[0], [1]]);
  });
});

describe('similarity', () => {
  it('is 1 for the same words and 0 for none in common', () => {
    const idf = storyIdf([['a', 'b'], ['c']]);
    expect(cosine(termVector(['a', 'b'], idf), termVector(['a', 'b'], idf))).toBeCloseTo(1);
    expect(cosine(termVector(['a', 'b'], idf), termVector(['c'], idf))).toBe(0);
  });
});
