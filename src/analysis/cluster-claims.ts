/**
 * Agglomerative clustering of statements by the cosine of their groups' centres, computed from pair
 * similarities: linkage(A, B) = S(A,B) / sqrt(S(A,A) S(B,B)), where S sums the similarities of all pairs across
 * (or within) the groups. For term vectors this is the cosine of the groups' summed vectors; built from pairs,
 * it works for any similarity, and a special rule for a pair (a short restatement nested in a longer sentence)
 * stays a rule about that pair, never about a group's pooled words (which let a large group swallow any short
 * sentence that shared a few of its many words).
 *
 * Cost is bounded: pair similarities come from an inverted index over terms (pairs sharing no term are only
 * compared on meaning when the story is small), and merges use a heap, so n statements cost about
 * O(p log p) for p linked pairs, never O(n^3).
 */

/** How the clustering sees statements: their terms (for the index) and how alike two of them are. */
export interface ClusterInput {
  /** Content terms of each statement (the inverted index is built over them). */
  terms: readonly (readonly string[])[];
  /** Similarity of statements i and j, 0 to 1. */
  similarity(i: number, j: number): number;
  /** Whether two groups may merge (a statement and its negation may not). */
  canMerge?(a: readonly number[], b: readonly number[]): boolean;
}

/** A term in more statements than this links too much to index; its weight is small (story IDF) anyway. */
const MAX_POSTINGS = 200;
/** Up to this many statements, pairs that share no term are compared too (on meaning). */
const ALL_PAIRS_UP_TO = 600;

/** Min-heap on negated score, i.e. a max-heap of candidate merges. */
class MaxHeap<T> {
  private items: { score: number; value: T }[] = [];
  get size(): number {
    return this.items.length;
  }
  push(score: number, value: T): void {
    const a = this.items;
    a.push({ score, value });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].score >= a[i].score) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): { score: number; value: T } | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l].score > a[m].score) m = l;
        if (r < a.length && a[r].score > a[m].score) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Calls `visit` for the pairs (i < j) worth comparing: all pairs in a small story, else those sharing an indexed term. */
function forCandidatePairs(terms: ClusterInput['terms'], visit: (i: number, j: number) => void): void {
  const n = terms.length;
  if (n <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(i, j);
    return;
  }
  for (const [i, j] of sharingPairs(terms)) visit(i, j);
}

/** Pairs (i < j) of statements that share an indexed term. */
function sharingPairs(terms: ClusterInput['terms']): [number, number][] {
  const n = terms.length;
  const postings = new Map<string, number[]>();
  terms.forEach((ts, i) => {
    for (const t of new Set(ts)) {
      const list = postings.get(t) ?? postings.set(t, []).get(t)!;
      if (list.length <= MAX_POSTINGS) list.push(i);
    }
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a] * n + list[b];
        if (!seen.has(key)) seen.add(key), out.push([list[a], list[b]]);
      }
    }
  }
  return out;
}

/** Groups statements; each group is a sorted list of indices, groups in order of their first member. */
export function clusterStatements(input: ClusterInput, threshold: number): number[][] {
  const n = input.terms.length;
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  // Sum of pair similarities between live groups, keyed by the smaller group id.
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  // Sum of similarities of all ordered pairs within each group, self-pairs (1) included.
  const within: number[] = Array.from({ length: n }, () => 1);
  const linkage = (a: number, c: number, s: number) => s / Math.sqrt(within[a] * within[c]);
  const heap = new MaxHeap<[number, number, number, number]>(); // [a, b, size a, size b] when pushed
  forCandidatePairs(input.terms, (i, j) => {
    const s = input.similarity(i, j);
    if (s <= 0) return;
    sums[i].set(j, s);
    sums[j].set(i, s);
    if (s >= threshold) heap.push(s, [i, j, 1, 1]);
  });
  while (heap.size) {
    const { value: [a, b, sa, sb] } = heap.pop()!;
    const A = members[a], B = members[b];
    // Stale entry: a group changed since this pair was scored.
    if (!A || !B || A.length !== sa || B.length !== sb) continue;
    if (input.canMerge && !input.canMerge(A, B)) continue;
    const merged = [...A, ...B].sort((x, y) => x - y);
    within[a] += within[b] + 2 * (sums[a].get(b) ?? 0);
    members[a] = merged;
    members[b] = null;
    for (const [c, s] of sums[b]) {
      if (c === a) continue;
      sums[a].set(c, (sums[a].get(c) ?? 0) + s);
      sums[c].delete(b);
    }
    sums[a].delete(b);
    sums[b].clear();
    for (const [c, s] of sums[a]) {
      sums[c].set(a, s);
      const C = members[c]!;
      const score = linkage(a, c, s);
      if (score >= threshold) heap.push(score, a < c ? [a, c, merged.length, C.length] : [c, a, C.length, merged.length]);
    }
  }
  return members.filter((m): m is number[] => m !== null).sort((x, y) => x[0] - y[0]);
}
