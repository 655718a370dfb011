/** Term-weighted cosine similarity between sentences of one story. */

/** A sentence as a weighted bag of terms. */
export type TermVector = Map<string, number>;

/**
 * Inverse document frequency of each term over a story's sentences, square-rooted: words every article repeats
 * weigh less, but not so little that restatements of the story's central claim stop looking alike (the words
 * they share are exactly the story's common words).
 */
export function storyIdf(termLists: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  return new Map([...df].map(([t, d]) => [t, Math.sqrt(Math.log((1 + n) / (1 + d)) + 1)]));
}

/** A unit-length TF-IDF vector; `idf` gives each term's weight (1 for a term it does not know). */
export function termVector(terms: readonly string[], idf: Map<string, number> | ((term: string) => number)): TermVector {
  const weight = typeof idf === 'function' ? idf : (t: string) => idf.get(t) ?? 1;
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + weight(t));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of v) v.set(t, x / norm);
  return v;
}

/** Cosine of two unit vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y) dot += x * y;
  }
  return dot;
}

/**
 * How much of `short`'s weight is found in `long`: 1 when every term of the shorter text occurs in the longer.
 * News restates a claim inside longer sentences ("Saudi cleric says snowmen are anti-Islamic" / "A prominent
 * Saudi Arabian cleric ... forbidding the building of snowmen, describing them as anti-Islamic"), where the
 * added detail drags the cosine down but the claim is all there.
 */
export function coverage(short: TermVector, long: TermVector): number {
  let c = 0;
  for (const [t, x] of short) if (long.has(t)) c += x * x;
  return c;
}

/** A term vector as parallel arrays over one story's term ids, in the order of its Map: what the hot loops read. */
export interface PackedTerms {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * One story's terms as integer ids, so cosine and coverage read arrays instead of looking every term up in a
 * Map (they run for every pair of statements and every claim against every sentence). The results are
 * bit-identical to cosine() and coverage(): the same products, summed in the same order (the shorter
 * vector's own order); only where the longer vector's weight is found changes.
 */
export class TermSpace {
  private readonly ids = new Map<string, number>();
  private scratch = new Float64Array(1024);

  /** The vector's terms and weights as arrays, its terms given ids in this space. */
  pack(v: TermVector): PackedTerms {
    const ids = new Int32Array(v.size), weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, x] of v) {
      let id = this.ids.get(t);
      if (id === undefined) this.ids.set(t, (id = this.ids.size));
      ids[k] = id;
      weights[k++] = x;
    }
    if (this.ids.size > this.scratch.length) this.scratch = new Float64Array(Math.max(this.ids.size, 2 * this.scratch.length));
    return { ids, weights };
  }

  /** cosine() of two packed vectors of this space. */
  cosine(a: PackedTerms, b: PackedTerms): number {
    const [small, large] = a.ids.length < b.ids.length ? [a, b] : [b, a];
    return this.dotInto(small, large, false);
  }

  /** coverage() of two packed vectors of this space. */
  coverage(short: PackedTerms, long: PackedTerms): number {
    return this.dotInto(short, long, true);
  }

  /** Sum over `small`'s terms, in its order, of its weight times `large`'s (or times itself, when `large` has it). */
  private dotInto(small: PackedTerms, large: PackedTerms, squared: boolean): number {
    const w = this.scratch;
    // Weights are positive (IDF >= 1 over a positive norm), so 0 in the scratch array means "not in large".
    for (let i = 0; i < large.ids.length; i++) w[large.ids[i]] = large.weights[i];
    let dot = 0;
    for (let i = 0; i < small.ids.length; i++) {
      const y = w[small.ids[i]];
      if (y) dot += small.weights[i] * (squared ? small.weights[i] : y);
    }
    for (let i = 0; i < large.ids.length; i++) w[large.ids[i]] = 0;
    return dot;
  }
}
