import { CONFIRMING_WORDS, HEDGING_WORDS, NEGATING_WORDS, REFUTING_WORDS } from '../lexicon/stance-cues.ts';
import { contentTokens, roughSentences, tokenize } from './tokenize.ts';

/** The vocabulary side of the model: which words have a column, and how rare each is. */
export interface Vocabulary {
  /** Column words, most frequent first. */
  words: string[];
  /** Word to column index. */
  index: Map<string, number>;
  /** Inverse document frequency per column, same order as `words`. */
  idf: Float32Array;
}

/** A feature vector with few non-zero entries: parallel arrays of column index and value. */
export interface SparseVector {
  idx: number[];
  val: number[];
}

/** Number of hand-built dense features appended after the three bag-of-words blocks. */
export const DENSE_FEATURES = 18;

const REFUTE = new Set(REFUTING_WORDS);
const NEGATE = new Set(NEGATING_WORDS);
const HEDGE = new Set(HEDGING_WORDS);
const CONFIRM = new Set(CONFIRMING_WORDS);

/** Builds the vocabulary from training texts: the `size` most frequent content words (document frequency). */
export function buildVocabulary(docs: Iterable<string>, size: number): Vocabulary {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    n++;
    for (const w of new Set(contentTokens(tokenize(doc)))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const words = [...df.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([w]) => w);
  const idf = Float32Array.from(words, (w) => Math.log((1 + n) / (1 + (df.get(w) ?? 0))) + 1);
  return { words, index: new Map(words.map((w, i) => [w, i])), idf };
}

/** What the features need from a body; computed once per body and reused for every claim against it. */
export interface BodyView {
  tokens: string[];
  content: string[];
  counts: Map<string, number>;
  sentences: Set<string>[];
  /** Sentences with a refuting word (deny, hoax, false ...). */
  refuteSentences: Set<string>[];
  /** Sentences with a plain negator (not, never ...) but no refuting word. */
  negateSentences: Set<string>[];
  /** Sentences with a hedge (reportedly, according ...). */
  hedgeSentences: Set<string>[];
  /** Number of leading sentences that count as the lead. */
  lead: number;
  refute: number;
  hedge: number;
  confirm: number;
}

/** Reads a body once into the shapes the pair features use: one pass of tokenising, sentence by sentence. */
export function viewBody(body: string): BodyView {
  const tokens: string[] = [];
  const sentences: Set<string>[] = [];
  const refuteSentences: Set<string>[] = [], negateSentences: Set<string>[] = [], hedgeSentences: Set<string>[] = [];
  let refute = 0, hedge = 0, confirm = 0;
  for (const s of roughSentences(body)) {
    const toks = tokenize(s);
    let r = false, n = false, h = false;
    for (const t of toks) {
      tokens.push(t);
      if (REFUTE.has(t)) (r = true), refute++;
      else if (NEGATE.has(t) || t.endsWith("n't")) n = true;
      if (HEDGE.has(t)) (h = true), hedge++;
      if (CONFIRM.has(t)) confirm++;
    }
    const set = new Set(contentTokens(toks));
    sentences.push(set);
    if (r) refuteSentences.push(set);
    else if (n) negateSentences.push(set);
    if (h) hedgeSentences.push(set);
  }
  const content = contentTokens(tokens);
  const counts = new Map<string, number>();
  for (const w of content) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { tokens, content, counts, sentences, refuteSentences, negateSentences, hedgeSentences, lead: Math.min(2, sentences.length), refute, hedge, confirm };
}

/** Share of the claim's bigrams that occur in the body. */
function bigramOverlap(claim: readonly string[], body: BodyView): number {
  if (claim.length < 2) return 0;
  // A direct scan: cheaper than building every body bigram for a claim of a dozen words.
  const wanted = new Map<string, Set<string>>();
  for (let i = 1; i < claim.length; i++) (wanted.get(claim[i - 1]) ?? wanted.set(claim[i - 1], new Set()).get(claim[i - 1])!).add(claim[i]);
  const found = new Set<string>();
  const c = body.content;
  for (let p = 0; p + 1 < c.length; p++) if (wanted.get(c[p])?.has(c[p + 1])) found.add(c[p] + ' ' + c[p + 1]);
  let k = 0;
  for (let i = 1; i < claim.length; i++) if (found.has(claim[i - 1] + ' ' + claim[i])) k++;
  return k / (claim.length - 1);
}

function overlap(a: readonly string[], b: Set<string>): number {
  if (a.length === 0) return 0;
  let k = 0;
  for (const w of a) if (b.has(w)) k++;
  return k / a.length;
}

function bagBlock(counts: Map<string, number>, vocab: Vocabulary, offset: number, out: SparseVector): void {
  const cols: [number, number][] = [];
  let norm = 0;
  for (const [w, c] of counts) {
    const i = vocab.index.get(w);
    if (i === undefined) continue;
    const v = Math.log1p(c);
    cols.push([i, v]);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  // Column order does not matter to the network (it sums), so no sort.
  for (const [i, v] of cols) {
    out.idx.push(offset + i);
    out.val.push(v / norm);
  }
}

function tfidfCosine(h: Map<string, number>, b: Map<string, number>, vocab: Vocabulary, maxIdf: number): number {
  const weight = (w: string, c: number) => Math.log1p(c) * (vocab.index.has(w) ? vocab.idf[vocab.index.get(w)!] : maxIdf);
  let dot = 0, nh = 0, nb = 0;
  for (const [w, c] of h) {
    const x = weight(w, c);
    nh += x * x;
    const cb = b.get(w);
    if (cb) dot += x * weight(w, cb);
  }
  for (const [w, c] of b) nb += weight(w, c) ** 2;
  return nh && nb ? dot / Math.sqrt(nh * nb) : 0;
}

/**
 * The model's input for one (claim, body) pair: bag of claim words, bag of body words, which claim words the
 * body shares, then DENSE_FEATURES hand-built signals (similarity, refuting and hedging cues near claim words).
 */
export function featurize(claim: string, body: BodyView, vocab: Vocabulary): SparseVector {
  const V = vocab.words.length;
  const ht = tokenize(claim);
  const hc = contentTokens(ht);
  const hCounts = new Map<string, number>();
  for (const w of hc) hCounts.set(w, (hCounts.get(w) ?? 0) + 1);
  const out: SparseVector = { idx: [], val: [] };
  bagBlock(hCounts, vocab, 0, out);
  bagBlock(body.counts, vocab, V, out);
  const sharedWords = new Map<string, number>();
  for (const w of hCounts.keys()) if (body.counts.has(w)) sharedWords.set(w, 1);
  bagBlock(sharedWords, vocab, 2 * V, out);

  const maxIdf = vocab.idf.length ? vocab.idf[vocab.idf.length - 1] : 1;
  const hSet = new Set(hc);
  const bodySet = new Set(body.content);
  const lead = new Set(body.content.slice(0, 60));
  let bestSentence = 0, refuteNear = 0, idfShared = 0, idfAll = 0;
  for (const s of body.sentences) {
    let k = 0;
    for (const w of hSet) if (s.has(w)) k++;
    bestSentence = Math.max(bestSentence, hSet.size ? k / Math.sqrt(hSet.size * Math.max(1, s.size)) : 0);
  }
  const shared = (s: Set<string>) => {
    let k = 0;
    for (const w of hSet) if (s.has(w)) k++;
    return k;
  };
  for (const s of body.refuteSentences) if (shared(s) >= 2) refuteNear++;
  const negateNear = body.negateSentences.filter((s) => shared(s) >= 2).length;
  const hedgeNear = body.hedgeSentences.filter((s) => shared(s) >= 2).length;
  const leadSets = new Set(body.sentences.slice(0, body.lead));
  const refuteInLead = body.refuteSentences.some((s) => leadSets.has(s) && shared(s) >= 1) ? 1 : 0;
  const aboutClaim = body.sentences.length ? body.sentences.filter((s) => shared(s) >= 2).length / body.sentences.length : 0;
  for (const w of hSet) {
    const idf = vocab.index.has(w) ? vocab.idf[vocab.index.get(w)!] : maxIdf;
    idfAll += idf;
    if (bodySet.has(w)) idfShared += idf;
  }
  const dense = [
    tfidfCosine(hCounts, body.counts, vocab, maxIdf),
    overlap(hc, bodySet),
    overlap(hc, lead),
    bestSentence,
    bigramOverlap(hc, body),
    Math.log1p(body.refute) / 3,
    ht.some((t) => REFUTE.has(t)) ? 1 : 0,
    Math.log1p(refuteNear),
    Math.log1p(body.hedge) / 3,
    Math.log1p(body.confirm) / 3,
    claim.includes('?') ? 1 : 0,
    Math.log1p(body.tokens.length) / 8,
    body.sentences.length ? refuteNear / body.sentences.length : 0,
    idfAll ? idfShared / idfAll : 0,
    Math.log1p(negateNear),
    refuteInLead,
    aboutClaim,
    Math.log1p(hedgeNear),
  ];
  for (let i = 0; i < DENSE_FEATURES; i++) {
    out.idx.push(3 * V + i);
    out.val.push(dense[i]);
  }
  return out;
}
