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

/** A unit-length TF-IDF vector. */
export function termVector(terms: readonly string[], idf: Map<string, number>): TermVector {
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 1));
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
