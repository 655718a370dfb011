import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { clusterByCentroid } from '../../src/analysis/cluster-claims.ts';
import { cosine, coverage, storyIdf, termVector, type TermVector } from '../../src/analysis/similarity.ts';
import { prng } from '../benchmarks/inputs.ts';

function cluster(sentences: string[], threshold = 0.4) {
  const terms = sentences.map((s) => annotate(s).terms);
  const idf = storyIdf(terms);
  return clusterByCentroid(terms.map((t) => termVector(t, idf)), threshold).map((c) => c.map((i) => sentences[i]));
}

describe('clusterByCentroid', () => {
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
    expect(clusterByCentroid(terms.map((t) => termVector(t, idf)), 0.4, () => false)).toEqual([[0], [1]]);
  });
});

describe('similarity', () => {
  it('is 1 for the same words and 0 for none in common', () => {
    const idf = storyIdf([['a', 'b'], ['c']]);
    expect(cosine(termVector(['a', 'b'], idf), termVector(['a', 'b'], idf))).toBeCloseTo(1);
    expect(cosine(termVector(['a', 'b'], idf), termVector(['c'], idf))).toBe(0);
  });
});

/**
 * The clustering as first written (before issue 6): rescan every pair after every merge. Cubic, so it is kept
 * here only as the specification the indexed version must match, merge for merge and tie for tie.
 */
function referenceClustering(vectors: TermVector[], threshold: number, canMerge: (a: number[], b: number[]) => boolean): number[][] {
  const centroid = (members: number[]) => {
    const c: TermVector = new Map();
    for (const i of members) for (const [t, x] of vectors[i]) c.set(t, (c.get(t) ?? 0) + x);
    const norm = Math.sqrt([...c.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [t, x] of c) c.set(t, x / norm);
    return c;
  };
  const score = (a: TermVector, b: TermVector) => {
    const cos = cosine(a, b);
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    if (cos >= threshold || small.size < 3) return cos;
    return coverage(small, large) >= 0.7 ? threshold : cos;
  };
  let clusters = vectors.map((v, i) => ({ members: [i], centre: v }));
  for (;;) {
    let best = -1, bi = -1, bj = -1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const s = score(clusters[i].centre, clusters[j].centre);
        if (s > best && s >= threshold && canMerge(clusters[i].members, clusters[j].members)) [best, bi, bj] = [s, i, j];
      }
    }
    if (bi < 0) break;
    const members = [...clusters[bi].members, ...clusters[bj].members].sort((a, b) => a - b);
    clusters = [...clusters.filter((_, k) => k !== bi && k !== bj), { members, centre: centroid(members) }];
  }
  return clusters.map((c) => c.members).sort((a, b) => a[0] - b[0]);
}

describe('clusterByCentroid against the pairwise rescan it replaced', () => {
  it('gives the same clusters on 300 random stories, with ties, exact duplicates and vetoes', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = prng(seed);
      const vocabulary = 3 + Math.floor(rand() * 30);
      const vectors = Array.from({ length: 2 + Math.floor(rand() * 50) }, () => {
        const v: TermVector = new Map();
        for (let k = 1 + Math.floor(rand() * 6); k > 0; k--) v.set(`t${Math.floor(rand() * vocabulary)}`, rand() < 0.3 ? 1 : rand());
        const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
        for (const [t, x] of v) v.set(t, x / norm);
        return v;
      });
      const veto = (a: readonly number[], b: readonly number[]) => (a[0] + b[0]) % 5 !== 0;
      for (const threshold of [0.2, 0.4, 0.7]) {
        expect(clusterByCentroid(vectors, threshold, veto), `seed ${seed}, threshold ${threshold}`).toEqual(referenceClustering(vectors, threshold, veto));
      }
    }
  });
});
