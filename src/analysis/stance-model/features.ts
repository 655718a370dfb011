/**
 * The stance model's inputs: dense, topic-free signals of how a body (an article, or a few sentences of one)
 * stands toward a claim. No bag of words: on FNC-1 split by topic, word columns learned the training topics
 * and read new ones worse (disagree F1 0.11 with them, 0.16 without; see README, "The stance model").
 */
import type { Embeddings } from '../represent/embeddings.ts';
import { CONFIRMING_WORDS, HEDGING_WORDS, NEGATING_WORDS, REFUTING_WORDS } from '../lexicon/stance-cues.ts';
import { contentTokens, roughSentences, tokenize } from './tokenize.ts';

/** What a model knows about words: how rare each is (IDF from its training texts) and what it means. */
export interface WordContext {
  idf(word: string): number;
  /** IDF-weighted mean of the words' vectors (unit length), or undefined when none is known. */
  meaning(words: readonly string[]): Float32Array | undefined;
  /** How close a word is to the vocabulary of refutation ("hoax", "false", "denied"), -1 to 1. */
  refutation(word: string): number;
}

const REFUTE = new Set(REFUTING_WORDS);
const NEGATE = new Set(NEGATING_WORDS);
const HEDGE = new Set(HEDGING_WORDS);
const CONFIRM = new Set(CONFIRMING_WORDS);
const isNegator = (t: string) => NEGATE.has(t) || t.endsWith("n't");

/** Cue kinds counted per sentence, in feature order. */
const CUES = ['refute', 'negate', 'hedge', 'confirm', 'question', 'quote'] as const;

function norm(v: Float32Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/**
 * Word vectors looked up so far, per table, shared by every context reading with it (the article and the sentence
 * model read the same words; a lookup tries several spellings). The vectors are only read, never written.
 */
const lookedUp = new WeakMap<Embeddings, Map<string, Float32Array | null>>();

/** Builds a WordContext from IDF weights and a word-vector table; word lookups are cached. */
export function wordContext(words: readonly string[], idf: ArrayLike<number>, embeddings: Embeddings): WordContext {
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, idf[i]));
  const unseen = words.length ? Math.max(...Array.from(idf)) : 1;
  const vectors = lookedUp.get(embeddings) ?? lookedUp.set(embeddings, new Map()).get(embeddings)!;
  const vec = (w: string) => {
    let v = vectors.get(w);
    if (v === undefined) vectors.set(w, (v = embeddings.vector(w) ?? null));
    return v;
  };
  const refutationCentre = new Float32Array(embeddings.dims);
  for (const w of REFUTING_WORDS) {
    const v = vec(w);
    if (v) for (let i = 0; i < v.length; i++) refutationCentre[i] += v[i];
  }
  const centreNorm = norm(refutationCentre) || 1;
  /** What this context knows of each word it has read: one lookup for its vector, IDF and closeness to refutation. */
  const known = new Map<string, { v: Float32Array | null; idf: number; refutation: number | undefined }>();
  const about = (w: string) => {
    let a = known.get(w);
    if (!a) known.set(w, (a = { v: vec(w), idf: index.get(w) ?? unseen, refutation: undefined }));
    return a;
  };
  const idfOf = (w: string) => about(w).idf;
  return {
    idf: idfOf,
    meaning(ws) {
      const out = new Float32Array(embeddings.dims);
      let any = false;
      for (const w of ws) {
        const { v, idf: k } = about(w);
        if (!v) continue;
        any = true;
        for (let i = 0; i < v.length; i++) out[i] += k * v[i];
      }
      if (!any) return undefined;
      const n = norm(out) || 1;
      for (let i = 0; i < out.length; i++) out[i] /= n;
      return out;
    },
    refutation(w) {
      const a = about(w);
      if (a.refutation === undefined) {
        let dot = 0;
        if (a.v) for (let i = 0; i < a.v.length; i++) dot += a.v[i] * refutationCentre[i];
        a.refutation = dot / centreNorm;
      }
      return a.refutation;
    },
  };
}

/** A claim read once for every body it is compared with. */
export interface ClaimView {
  tokens: string[];
  /** Distinct content words. */
  content: string[];
  /** IDF of each content word, same order. */
  weights: number[];
  weightSum: number;
  /** Content-word bigrams in order. */
  bigrams: string[];
  meaning: Float32Array | undefined;
  cues: { refute: boolean; negate: boolean; hedge: boolean; question: boolean; refutation: number };
}

/** A body read once for every claim it is compared with. */
export interface BodyView {
  sentences: {
    tokens: string[]; content: Set<string>; cues: number[]; meaning: Float32Array | undefined; refutation: number;
    /** The tokens with a negator among the three before them ("has not been killed": been, killed), in order. */
    negatedWords: string[];
  }[];
  /** For each content word, the sentences (indices, ascending) that hold it. */
  sentencesWith: Map<string, number[]>;
  /** Content-word counts over the body. */
  counts: Map<string, number>;
  bigrams: Set<string>;
  tokenCount: number;
  meaning: Float32Array | undefined;
  /** Meaning of the first two sentences. */
  leadMeaning: Float32Array | undefined;
  /** Squared norm of the body's TF-IDF vector. */
  norm2: number;
}

/** Reads a claim. */
export function viewClaim(ctx: WordContext, text: string): ClaimView {
  const tokens = tokenize(text);
  const ordered = contentTokens(tokens);
  const content = [...new Set(ordered)];
  const weights = content.map((w) => ctx.idf(w));
  const bigrams: string[] = [];
  for (let i = 1; i < ordered.length; i++) bigrams.push(ordered[i - 1] + ' ' + ordered[i]);
  return {
    tokens, content, weights, weightSum: weights.reduce((a, b) => a + b, 0) || 1, bigrams, meaning: ctx.meaning(content),
    cues: {
      refute: tokens.some((t) => REFUTE.has(t)), negate: tokens.some(isNegator), hedge: tokens.some((t) => HEDGE.has(t)),
      question: text.includes('?'), refutation: Math.max(0, ...content.map((w) => ctx.refutation(w))),
    },
  };
}

type SentenceView = BodyView['sentences'][number] & { bigrams: string[] };

const sentenceViews = new WeakMap<WordContext, Map<string, SentenceView>>();

/**
 * Reads one sentence; remembered per word context, because the engine reads the same sentences again in
 * every window and article view of a story (bounded: forgotten past 20,000 sentences).
 */
function readSentence(ctx: WordContext, s: string): SentenceView {
  let cache = sentenceViews.get(ctx);
  if (!cache) sentenceViews.set(ctx, (cache = new Map()));
  const known = cache.get(s);
  if (known) return known;
  const tokens = tokenize(s);
  const ordered = contentTokens(tokens);
  const content = new Set(ordered);
  const bigrams: string[] = [];
  for (let i = 1; i < ordered.length; i++) bigrams.push(ordered[i - 1] + ' ' + ordered[i]);
  let refute = 0, negate = 0, hedge = 0, confirm = 0, refutation = 0;
  for (const t of tokens) {
    if (REFUTE.has(t)) refute++;
    if (isNegator(t)) negate++;
    if (HEDGE.has(t)) hedge++;
    if (CONFIRM.has(t)) confirm++;
  }
  for (const w of content) refutation = Math.max(refutation, ctx.refutation(w));
  const cues = [refute, negate, hedge, confirm, s.includes('?') ? 1 : 0, /["“”]/.test(s) ? 1 : 0];
  const negatedWords: string[] = [];
  if (negate) {
    tokens.forEach((t, j) => {
      for (let b = Math.max(0, j - 3); b < j; b++) if (isNegator(tokens[b])) return void negatedWords.push(t);
    });
  }
  const view = { tokens, content, cues, meaning: ctx.meaning([...content]), refutation, bigrams, negatedWords };
  if (cache.size >= 20_000) cache.clear();
  cache.set(s, view);
  return view;
}

/** Reads a body: its rough sentences with their words, cue counts and meaning. */
export function viewBody(ctx: WordContext, text: string): BodyView {
  const counts = new Map<string, number>();
  const sentencesWith = new Map<string, number[]>();
  const bigrams = new Set<string>();
  let tokenCount = 0;
  const sentences = roughSentences(text).map((s, i) => {
    const view = readSentence(ctx, s);
    tokenCount += view.tokens.length;
    for (const w of view.content) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      const list = sentencesWith.get(w);
      if (list) list.push(i);
      else sentencesWith.set(w, [i]);
    }
    for (const b of view.bigrams) bigrams.add(b);
    return view;
  });
  let norm2 = 0;
  for (const [w, c] of counts) norm2 += (Math.log1p(c) * ctx.idf(w)) ** 2;
  const leadMeaning = ctx.meaning(sentences.slice(0, 2).flatMap((s) => [...s.content]));
  return { sentences, sentencesWith, counts, bigrams, tokenCount, meaning: ctx.meaning([...counts.keys()]), leadMeaning, norm2 };
}

function dot(a: Float32Array | undefined, b: Float32Array | undefined): number {
  if (!a || !b) return 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** What each input means, in order; FEATURES is its length. */
export const FEATURE_NAMES: readonly string[] = [
  'tf-idf cosine of claim and body', 'claim weight found in body', 'claim weight found in lead', 'best sentence: claim weight',
  'second sentence: claim weight', 'top three sentences: mean claim weight', 'share of sentences with 30% of the claim',
  'claim bigrams in body', 'claim length (log)', 'body length (log)',
  'claim refutes', 'claim negates', 'claim hedges', 'claim asks',
  ...CUES.flatMap((c) => [`${c}: nearest-claim sentence with it`, `${c}: per claim-weighted sentence`, `${c}: in lead`, `${c}: in body (log)`, `${c}: in top three sentences`]),
  'meaning: body', 'meaning: best sentence', 'meaning: top three sentences', 'meaning: lead',
  'negated claim word: nearest-claim sentence', 'negated claim words in body (log)',
  'refutation-like word: nearest-claim sentence', 'claim has a refutation-like word',
];
export const FEATURES = FEATURE_NAMES.length;

/** Indices of the three largest values, largest first; of equal values the earlier index first. */
function topThree(xs: ArrayLike<number>): number[] {
  const top: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    let at = top.length;
    while (at > 0 && xs[i] > xs[top[at - 1]]) at--;
    if (at < 3) {
      top.splice(at, 0, i);
      if (top.length > 3) top.pop();
    }
  }
  return top;
}

/** The three largest values, largest first. */
function largestThree(xs: readonly number[]): number[] {
  return topThree(xs).map((i) => xs[i]);
}

/** The model's input for one (claim, body) pair. */
export function featurize(claim: ClaimView, body: BodyView): number[] {
  const S = body.sentences;
  // Each sentence's share of the claim's weight: its words' weights summed in the claim's word order.
  const rel = new Float64Array(S.length);
  for (let i = 0; i < claim.content.length; i++) for (const k of body.sentencesWith.get(claim.content[i]) ?? []) rel[k] += claim.weights[i];
  for (let k = 0; k < rel.length; k++) rel[k] /= claim.weightSum;
  // The three sentences carrying most of the claim (ties: the earlier), as a full sort by (rel desc, index) would
  // put them first; only these are read.
  const top = topThree(rel);
  const lead = S.slice(0, 2);
  const r = (k: number) => (k < top.length ? rel[top[k]] : 0);
  let shared = 0, sharedAll = 0, dotTf = 0;
  for (let i = 0; i < claim.content.length; i++) {
    const c = body.counts.get(claim.content[i]);
    if (c) (sharedAll += claim.weights[i]), (dotTf += Math.log1p(c) * claim.weights[i] ** 2);
    if (lead.some((s) => s.content.has(claim.content[i]))) shared += claim.weights[i];
  }
  const claimNorm = Math.sqrt(claim.weights.reduce((a, w) => a + w * w, 0)) || 1;
  const n = S.length || 1;
  const f: number[] = [
    body.norm2 ? dotTf / (claimNorm * Math.sqrt(body.norm2)) : 0, sharedAll / claim.weightSum, shared / claim.weightSum,
    r(0), r(1), (r(0) + r(1) + r(2)) / 3, rel.filter((x) => x >= 0.3).length / n,
    claim.bigrams.length ? claim.bigrams.filter((b) => body.bigrams.has(b)).length / claim.bigrams.length : 0,
    Math.log1p(claim.content.length) / 3, Math.log1p(body.tokenCount) / 8,
    +claim.cues.refute, +claim.cues.negate, +claim.cues.hedge, +claim.cues.question,
  ];
  // One pass over the sentences for every cue kind; each sum still runs over the sentences in order.
  const nearest = new Float64Array(CUES.length), weighted = new Float64Array(CUES.length), inLead = new Float64Array(CUES.length), total = new Float64Array(CUES.length);
  let relSum = 0;
  for (let i = 0; i < S.length; i++) {
    const cues = S[i].cues, x = rel[i];
    for (let k = 0; k < CUES.length; k++) {
      const c = cues[k];
      if (c) nearest[k] = Math.max(nearest[k], x);
      weighted[k] += x * c;
      total[k] += c;
      if (i < 3) inLead[k] += c;
    }
    relSum += x;
  }
  for (let k = 0; k < CUES.length; k++) {
    f.push(nearest[k], relSum ? Math.min(3, weighted[k] / relSum) : 0, Math.log1p(inLead[k]), Math.log1p(total[k]) / 3, top.some((i) => S[i].cues[k] > 0) ? 1 : 0);
  }
  const meanings = largestThree(S.map((s) => dot(claim.meaning, s.meaning)));
  f.push(dot(claim.meaning, body.meaning), meanings[0] ?? 0, ((meanings[0] ?? 0) + (meanings[1] ?? 0) + (meanings[2] ?? 0)) / 3, dot(claim.meaning, body.leadMeaning));
  // "has not been killed": a negator just before one of the claim's words.
  const claimWords = new Set(claim.content);
  let negNearest = 0, negTotal = 0, refutationNearest = 0;
  S.forEach((s, i) => {
    let k = 0;
    for (const t of s.negatedWords) if (claimWords.has(t)) k++;
    negNearest = Math.max(negNearest, rel[i] * Math.min(2, k));
    negTotal += k;
    refutationNearest = Math.max(refutationNearest, rel[i] * s.refutation);
  });
  f.push(negNearest, Math.log1p(negTotal), refutationNearest, claim.cues.refutation);
  return f;
}
