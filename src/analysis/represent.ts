/**
 * The representation seam: how a text becomes a vector and how alike two vectors are.
 *
 * - `lexical`: cosine of story-level TF-IDF weights of content lemmas.
 * - `semantic`: soft cosine — the same weights, but two different words count as partly the same when their
 *   pretrained vectors are at least SEMANTIC.sameMeaning alike ("data"/"information", "leave"/"end"), by that
 *   similarity. Names and numbers only ever match themselves: word vectors put "JPMorgan" beside "Citigroup"
 *   and "Monday" beside "Tuesday", which are different facts. This replaces a hand-written synonym list.
 * - `hybrid`: the larger of the two.
 *
 * Stages ask a Representation; which one the pipeline uses is a measured choice (README, "How the analysis
 * decides"), not hard-wired into the stages.
 */
import type { Embeddings } from './represent/embeddings.ts';
import { coverage as termCoverage, cosine as termCosine, storyIdf, TermSpace, termVector, type PackedTerms, type TermVector } from './similarity.ts';
import { SEMANTIC } from './thresholds.ts';

/** A text as the stages compare it. */
export interface TextVector {
  /** Unit-length TF-IDF weights of its content terms. */
  terms: TermVector;
  /** The same weights over the story's term ids (similarity.ts TermSpace), for the hot loops. */
  packed?: PackedTerms;
}

/** One way of comparing texts. */
export interface Representation {
  readonly name: 'lexical' | 'semantic' | 'hybrid';
  /** The vector of a text's content terms. */
  vector(terms: readonly string[]): TextVector;
  /** Similarity, 0 (nothing in common) to 1 (the same). */
  similarity(a: TextVector, b: TextVector): number;
  /** How much of `short`'s weight is found in `long` (similarity.ts coverage). */
  coverage(short: TextVector, long: TextVector): number;
}

/** The representations of one story, built from all the term lists the story will compare. */
export function representations(termLists: readonly (readonly string[])[], names: ReadonlySet<string>, embeddings?: Embeddings): Record<Representation['name'], Representation> {
  const idf = storyIdf(termLists as string[][]);
  // A word the story never uses (a posed claim's own words) is as rare as a word can be in it.
  const unseen = Math.sqrt(Math.log(1 + termLists.length) + 1);
  const space = new TermSpace();
  const weight = (t: string) => idf.get(t) ?? unseen;
  const vector = (terms: readonly string[]): TextVector => {
    const v = termVector(terms, weight);
    return { terms: v, packed: space.pack(v) };
  };
  const cosine = (a: TextVector, b: TextVector) => (a.packed && b.packed ? space.cosine(a.packed, b.packed) : termCosine(a.terms, b.terms));
  const coverage = (a: TextVector, b: TextVector) => (a.packed && b.packed ? space.coverage(a.packed, b.packed) : termCoverage(a.terms, b.terms));
  const vectors = new Map<string, Float32Array | null>();
  const wordVector = (w: string) => {
    let v = vectors.get(w);
    if (v === undefined) vectors.set(w, (v = embeddings && !names.has(w) && !/\d/.test(w) ? embeddings.vector(w) ?? null : null));
    return v;
  };
  const pairs = new Map<string, number>();
  /** How much two different words count as one, 0 unless their vectors are close. */
  const wordSimilarity = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let s = pairs.get(key);
    if (s === undefined) {
      const x = wordVector(a), y = wordVector(b);
      let dot = 0;
      if (x && y) for (let k = 0; k < x.length; k++) dot += x[k] * y[k];
      pairs.set(key, (s = dot >= SEMANTIC.sameMeaning ? dot : 0));
    }
    return s;
  };
  const softDot = (a: TermVector, b: TermVector) => {
    let s = 0;
    for (const [x, wx] of a) for (const [y, wy] of b) s += wx * wy * (x === y ? 1 : wordSimilarity(x, y));
    return s;
  };
  const selves = new WeakMap<TextVector, number>();
  const self = (v: TextVector) => {
    let s = selves.get(v);
    if (s === undefined) selves.set(v, (s = softDot(v.terms, v.terms)));
    return s;
  };
  const soft = (a: TextVector, b: TextVector) => {
    const n = Math.sqrt(self(a) * self(b));
    return n ? Math.min(1, softDot(a.terms, b.terms) / n) : 0;
  };
  return {
    lexical: { name: 'lexical', vector, similarity: cosine, coverage },
    semantic: { name: 'semantic', vector, similarity: soft, coverage },
    hybrid: {
      name: 'hybrid', vector, coverage,
      similarity: (a, b) => {
        const lex = cosine(a, b);
        return lex < SEMANTIC.lexicalFloor ? lex : Math.max(lex, soft(a, b));
      },
    },
  };
}
