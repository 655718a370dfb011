/**
 * The project's stance models (FNC-1 labels: agree, disagree, discuss, unrelated), one network over dense
 * features (features.ts) in two kinds: `article` reads a whole article against a claim; `sentence` reads one
 * sentence with its neighbours, trained on sentence labels derived from the article labels (sentence-labels.ts).
 */
import type { Embeddings } from '../represent/embeddings.ts';
import { FEATURE_NAMES, featurize, viewBody, viewClaim, wordContext, type BodyView, type ClaimView, type WordContext } from './features.ts';
import { predict, train, type TrainOptions } from './mlp.ts';
import { STANCE_LABELS, type StanceLabel, type StanceModelKind, type StoredStanceModel } from './model-io.ts';
import { contentTokens, tokenize } from './tokenize.ts';

export { decodeModel, encodeModel, STANCE_LABELS, type StanceLabel, type StanceModelKind, type StoredStanceModel } from './model-io.ts';
export { FEATURE_NAMES, type BodyView, type ClaimView } from './features.ts';

/** A model ready to use: stored weights plus the word context its features read through. */
export interface StanceModel extends StoredStanceModel {
  ctx: WordContext;
}

/** One labelled training pair. */
export interface StancePair {
  claim: string;
  body: string;
  stance: StanceLabel;
}

/** Training settings (see README, "The stance model"); the same settings and data give the same bytes. */
export const DEFAULT_TRAINING: Omit<TrainOptions, 'onEpoch' | 'inputDropout' | 'denseFrom'> & { idfWords: number; ensemble: number } = {
  idfWords: 20000, hidden: 64, epochs: 10, batch: 64, learningRate: 0.001, dropout: 0.4, l2: 1e-6, seed: 2017,
  classWeights: [1, 3, 1, 1], ensemble: 5,
};

/** Attaches the word-vector table a stored model was trained with. */
export function loadStanceModel(stored: StoredStanceModel, embeddings: Embeddings): StanceModel {
  if (stored.embeddings !== embeddings.source) {
    throw new TypeError(`the stance model was trained with word vectors ${stored.embeddings}, not ${embeddings.source}; retrain with npm run train:stance`);
  }
  if (stored.features.join('|') !== FEATURE_NAMES.join('|')) throw new TypeError('the stance model was trained on other features; retrain with npm run train:stance');
  return { ...stored, ctx: wordContext(stored.words, stored.idf, embeddings) };
}

/** IDF of the most frequent words of the training texts (document frequency). */
function learnIdf(texts: Iterable<string>, size: number): { words: string[]; idf: Float32Array } {
  const df = new Map<string, number>();
  let n = 0;
  for (const t of texts) {
    n++;
    for (const w of new Set(contentTokens(tokenize(t)))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const words = [...df].filter(([, d]) => d >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size).map(([w]) => w);
  return { words, idf: Float32Array.from(words, (w) => Math.log((1 + n) / (1 + df.get(w)!)) + 1) };
}

/** Examples for training: a claim, the text the model reads, and its label. */
export interface StanceExample {
  claim: string;
  text: string;
  stance: StanceLabel;
}

/**
 * Trains a model of the given kind on examples, deterministically for given settings. IDF is learnt from
 * `idfTexts` (the training articles and claims), so sentence and article models weigh words alike.
 */
export function trainStanceModel(
  kind: StanceModelKind, examples: readonly StanceExample[], idfTexts: Iterable<string>, embeddings: Embeddings,
  settings = DEFAULT_TRAINING, onEpoch?: TrainOptions['onEpoch'],
): StanceModel {
  const { words, idf } = learnIdf(idfTexts, settings.idfWords);
  const ctx = wordContext(words, idf, embeddings);
  const claims = new Map<string, ClaimView>(), bodies = new Map<string, BodyView>();
  const xs = examples.map((e) => {
    let c = claims.get(e.claim);
    if (!c) claims.set(e.claim, (c = viewClaim(ctx, e.claim)));
    let b = bodies.get(e.text);
    if (!b) bodies.set(e.text, (b = viewBody(ctx, e.text)));
    const f = featurize(c, b);
    return { idx: f.map((_, i) => i), val: f };
  });
  const ys = examples.map((e) => STANCE_LABELS.indexOf(e.stance));
  // Networks from consecutive seeds: averaging them halves the run-to-run swing of the dev scores.
  const nets = Array.from({ length: settings.ensemble }, (_, k) => train(xs, ys, FEATURE_NAMES.length, STANCE_LABELS.length, { ...settings, seed: settings.seed + k, onEpoch }));
  return { kind, words, idf, embeddings: embeddings.source, features: FEATURE_NAMES, nets, ctx };
}

/** Reads a claim once for many bodies. */
export const readClaim = (model: StanceModel, text: string): ClaimView => viewClaim(model.ctx, text);
/** Reads a body once for many claims. */
export const readBody = (model: StanceModel, text: string): BodyView => viewBody(model.ctx, text);

/** Probability of each stance (in STANCE_LABELS order) of a body toward a claim. */
export function stanceProbabilities(model: StanceModel, claim: string | ClaimView, body: string | BodyView): Float64Array {
  const c = typeof claim === 'string' ? readClaim(model, claim) : claim;
  const b = typeof body === 'string' ? readBody(model, body) : body;
  const f = featurize(c, b);
  const x = { idx: f.map((_, i) => i), val: f };
  const out = new Float64Array(STANCE_LABELS.length);
  for (const net of model.nets) {
    const p = predict(net, x);
    for (let i = 0; i < out.length; i++) out[i] += p[i] / model.nets.length;
  }
  return out;
}

/** The most probable stance of a body toward a claim. */
export function classifyStancePair(model: StanceModel, claim: string | ClaimView, body: string | BodyView): StanceLabel {
  const p = stanceProbabilities(model, claim, body);
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return STANCE_LABELS[best];
}
