import { cosine, coverage, type TermVector } from './similarity.ts';

function centroid(vectors: readonly TermVector[], members: readonly number[]): TermVector {
  const c: TermVector = new Map();
  for (const i of members) for (const [t, x] of vectors[i]) c.set(t, (c.get(t) ?? 0) + x);
  let norm = 0;
  for (const x of c.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of c) c.set(t, x / norm);
  return c;
}

/** Terms a text needs before "all of it is in the other" means anything. */
const MIN_COVERED_TERMS = 3;
/** Share of the shorter text's weight that must be found in the longer. */
export const COVERED = 0.7;

/**
 * Similarity of two groups for merging: their cosine, or, when the smaller one (3+ terms) is nearly all found in
 * the larger, a score just over the threshold (a restatement with added detail).
 */
function linkScore(a: TermVector, b: TermVector, threshold: number): number {
  const cos = cosine(a, b);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (cos >= threshold || small.size < MIN_COVERED_TERMS) return cos;
  return coverage(small, large) >= COVERED ? threshold : cos;
}

/**
 * Centroid-linkage agglomerative clustering: repeatedly merges the two groups whose centres are most alike,
 * while that similarity stays at or above `threshold`. Comparing centres rather than every pair lets a long
 * restatement join a claim it shares the core of. `canMerge` can forbid a merge (a statement and its negation).
 */
export function clusterByCentroid(
  vectors: readonly TermVector[],
  threshold: number,
  canMerge: (a: readonly number[], b: readonly number[]) => boolean = () => true,
): number[][] {
  let clusters = vectors.map((_, i) => ({ members: [i], centre: vectors[i] }));
  const cache = new Map<string, number>();
  const sim = (a: (typeof clusters)[number], b: (typeof clusters)[number]) => {
    const key = `${a.members.join(',')}|${b.members.join(',')}`;
    let s = cache.get(key);
    if (s === undefined) cache.set(key, (s = linkScore(a.centre, b.centre, threshold)));
    return s;
  };
  for (;;) {
    let best = -1, bi = -1, bj = -1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const s = sim(clusters[i], clusters[j]);
        if (s > best && s >= threshold && canMerge(clusters[i].members, clusters[j].members)) [best, bi, bj] = [s, i, j];
      }
    }
    if (bi < 0) break;
    const members = [...clusters[bi].members, ...clusters[bj].members].sort((a, b) => a - b);
    clusters = [...clusters.filter((_, k) => k !== bi && k !== bj), { members, centre: centroid(vectors, members) }];
  }
  return clusters.map((c) => c.members).sort((a, b) => a[0] - b[0]);
}
