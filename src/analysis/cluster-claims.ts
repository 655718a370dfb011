import { cosine, coverage, type TermVector } from './similarity.ts';

/** The sum of two groups' member vectors, from their sums: a merge costs the groups' terms, not their members. */
function addSums(a: TermVector, b: TermVector): TermVector {
  const sum = new Map(a);
  for (const [t, x] of b) sum.set(t, (sum.get(t) ?? 0) + x);
  return sum;
}

/** A sum of member vectors scaled to unit length: the group's centre. */
function unit(sum: TermVector): TermVector {
  let norm = 0;
  for (const x of sum.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const c: TermVector = new Map();
  for (const [t, x] of sum) c.set(t, x / norm);
  return c;
}

const EMPTY: TermVector = new Map();

/** Two ascending lists as one. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}

/** Terms a text needs before "all of it is in the other" means anything. */
const MIN_COVERED_TERMS = 3;
/** Share of the shorter text's weight that must be found in the longer. */
export const COVERED = 0.7;
/** Margin for summing a score in another order than cosine() does: far above rounding, far below any real gap. */
const ROUNDING = 1e-9;

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
 * Candidate merges, best first: higher score, then the pair a left-to-right scan of the groups (oldest first)
 * would meet first. Parallel typed arrays keep a story of thousands of sentences in a few megabytes.
 */
class PairHeap {
  private score = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  size = 0;

  private before(i: number, j: number): boolean {
    const s = this.score, a = this.a;
    return s[i] > s[j] || (s[i] === s[j] && (a[i] < a[j] || (a[i] === a[j] && this.b[i] < this.b[j])));
  }

  private swap(i: number, j: number): void {
    const { score, a, b } = this;
    const s = score[i], x = a[i], y = b[i];
    score[i] = score[j], a[i] = a[j], b[i] = b[j];
    score[j] = s, a[j] = x, b[j] = y;
  }

  push(score: number, a: number, b: number): void {
    if (this.size === this.score.length) {
      const grow = <T extends Float64Array | Int32Array>(x: T): T => {
        const y = new (x.constructor as new (n: number) => T)(x.length * 2);
        y.set(x);
        return y;
      };
      [this.score, this.a, this.b] = [grow(this.score), grow(this.a), grow(this.b)];
    }
    let i = this.size++;
    this.score[i] = score, this.a[i] = a, this.b[i] = b;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Removes the best pair and returns its two group numbers. */
  pop(): [number, number] {
    const top: [number, number] = [this.a[0], this.b[0]];
    const last = --this.size;
    this.score[0] = this.score[last], this.a[0] = this.a[last], this.b[0] = this.b[last];
    for (let i = 0; ;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < this.size && this.before(l, m)) m = l;
      if (r < this.size && this.before(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
}

/**
 * Centroid-linkage agglomerative clustering: repeatedly merges the two groups whose centres are most alike,
 * while that similarity stays at or above `threshold`. Comparing centres rather than every pair lets a long
 * restatement join a claim it shares the core of. `canMerge` can forbid a merge (a statement and its negation).
 *
 * Groups are numbered in creation order (a merged group is newer than every group alive), which is the order
 * ties are broken in. Only groups that share a term can score above a positive threshold, so candidate pairs
 * come from an index of terms to groups, and a merge scores only the new group against the groups it shares
 * a term with: about n·k similarity computations for n sentences each sharing terms with k others, instead of
 * rescanning every pair after every merge (issue 6: that was cubic, minutes for a 200 kB seed).
 */
export function clusterByCentroid(
  vectors: readonly TermVector[],
  threshold: number,
  canMerge: (a: readonly number[], b: readonly number[]) => boolean = () => true,
): number[][] {
  const members: number[][] = vectors.map((_, i) => [i]);
  const sums: TermVector[] = [...vectors];
  const centres: TermVector[] = [...vectors];
  const alive: boolean[] = vectors.map(() => true);
  /** Term -> the groups whose centre has it, with its weight there; merged groups are dropped in batches. */
  const byTerm = new Map<string, { groups: number[]; weights: number[]; dead: number }>();
  const index = (g: number) => {
    for (const [t, x] of centres[g]) {
      let p = byTerm.get(t);
      if (!p) byTerm.set(t, (p = { groups: [], weights: [], dead: 0 }));
      p.groups.push(g);
      p.weights.push(x);
    }
  };
  const unindex = (g: number) => {
    for (const t of centres[g].keys()) {
      const p = byTerm.get(t)!;
      if (++p.dead * 2 < p.groups.length) continue;
      const keep = p.groups.flatMap((h, i) => (alive[h] ? [i] : []));
      [p.groups, p.weights, p.dead] = [keep.map((i) => p.groups[i]), keep.map((i) => p.weights[i]), 0];
    }
  };
  // Scratch sums per older group, reset after each use (a merge adds a group: at most 2n groups ever exist).
  const dot = new Float64Array(2 * vectors.length), ownShare = new Float64Array(2 * vectors.length), otherShare = new Float64Array(2 * vectors.length);
  const seen = new Uint8Array(2 * vectors.length);
  // Each living group keeps its own candidates (older groups at or above the threshold), best first, and
  // the heap holds only each group's best one: a merge then adds one entry, not one per candidate, and a
  // candidate whose partner was merged away is skipped when its turn comes.
  const heap = new PairHeap();
  const queue: ({ partners: number[]; scores: number[]; next: number } | undefined)[] = [];
  const pushNext = (g: number) => {
    const q = queue[g]!;
    while (q.next < q.partners.length && !alive[q.partners[q.next]]) q.next++;
    if (q.next < q.partners.length) heap.push(q.scores[q.next], q.partners[q.next], g);
  };
  /**
   * Scores group `g` against the older living groups. Their dot products and shared weights are summed from the
   * term index first; the exact score (the same arithmetic as ever, so ties break as before) is computed only
   * for pairs that sum to within rounding of the threshold, by cosine or by coverage.
   */
  const consider = (g: number) => {
    const found: { h: number; s: number }[] = [];
    const push = (h: number) => {
      const s = linkScore(centres[h], centres[g], threshold);
      if (s >= threshold) found.push({ h, s });
    };
    if (threshold > 0) gather(g, push);
    else for (let h = 0; h < g; h++) if (alive[h]) push(h);
    found.sort((x, y) => y.s - x.s); // stable: equal scores stay in order of age
    queue[g] = { partners: found.map((f) => f.h), scores: found.map((f) => f.s), next: 0 };
    pushNext(g);
  };
  const gather = (g: number, push: (h: number) => void) => {
    const touched: number[] = [];
    for (const [t, x] of centres[g]) {
      const p = byTerm.get(t);
      if (!p) continue;
      const { groups, weights } = p;
      for (let i = 0; i < groups.length; i++) {
        const h = groups[i];
        if (h >= g || !alive[h]) continue;
        const y = weights[i];
        if (!seen[h]) (seen[h] = 1), touched.push(h);
        dot[h] += x * y;
        ownShare[h] += x * x;
        otherShare[h] += y * y;
      }
    }
    const size = centres[g].size;
    for (const h of touched.sort((x, y) => x - y)) {
      const hSize = centres[h].size;
      const share = hSize <= size ? otherShare[h] : ownShare[h];
      const covers = Math.min(hSize, size) >= MIN_COVERED_TERMS && share >= COVERED - ROUNDING;
      const near = dot[h] >= threshold - ROUNDING;
      dot[h] = ownShare[h] = otherShare[h] = seen[h] = 0;
      if (near || covers) push(h);
    }
  };
  for (let g = 0; g < vectors.length; g++) {
    index(g);
    consider(g);
  }
  while (heap.size > 0) {
    const [a, b] = heap.pop();
    if (!alive[b]) continue;
    queue[b]!.next++;
    if (!alive[a] || !canMerge(members[a], members[b])) {
      pushNext(b);
      continue;
    }
    const merged = mergeSorted(members[a], members[b]);
    alive[a] = alive[b] = false;
    queue[a] = queue[b] = undefined;
    unindex(a);
    unindex(b);
    const g = members.length;
    members.push(merged);
    sums.push(addSums(sums[a], sums[b]));
    centres.push(unit(sums[g]));
    // A merged-away group is never read again: free what it held (a long story makes thousands).
    for (const x of [a, b]) [sums[x], centres[x], members[x]] = [EMPTY, EMPTY, []];
    alive.push(true);
    index(g);
    consider(g);
  }
  return members.filter((_, g) => alive[g]).sort((x, y) => x[0] - y[0]);
}
