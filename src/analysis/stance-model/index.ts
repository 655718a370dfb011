import { buildVocabulary, DENSE_FEATURES, featurize, viewBody, type BodyView, type SparseVector } from './features.ts';
import { predict, train, type TrainOptions } from './mlp.ts';
import { STANCE_LABELS, type StanceLabel, type StanceModel } from './model-io.ts';

export { decodeModel, encodeModel, STANCE_LABELS, type StanceLabel, type StanceModel } from './model-io.ts';
export { viewBody, type BodyView } from './features.ts';

/** One labelled training pair. */
export interface StancePair {
  claim: string;
  body: string;
  stance: StanceLabel;
}

/** The default training settings (see README: "Retraining the stance model"). */
export const DEFAULT_TRAINING: Omit<TrainOptions, 'onEpoch'> & { vocabulary: number } = {
  vocabulary: 5000, hidden: 100, epochs: 8, batch: 64, learningRate: 0.001, dropout: 0.4, l2: 1e-6, seed: 2017,
  classWeights: [1, 3, 1, 1], inputDropout: 0.3,
};

/** Trains a stance model on labelled pairs, deterministically for given settings. */
export function trainStanceModel(pairs: StancePair[], settings = DEFAULT_TRAINING, onEpoch?: TrainOptions['onEpoch']): StanceModel {
  const bodies = [...new Set(pairs.map((p) => p.body))];
  const vocab = buildVocabulary([...bodies, ...new Set(pairs.map((p) => p.claim))], settings.vocabulary);
  const views = new Map(bodies.map((b) => [b, viewBody(b)]));
  const xs: SparseVector[] = pairs.map((p) => featurize(p.claim, views.get(p.body)!, vocab));
  const ys = pairs.map((p) => STANCE_LABELS.indexOf(p.stance));
  const net = train(xs, ys, 3 * vocab.words.length + DENSE_FEATURES, STANCE_LABELS.length, { ...settings, denseFrom: 3 * vocab.words.length, onEpoch });
  return { vocab, net };
}

/** Probability of each stance (in STANCE_LABELS order) for a claim against a body read with viewBody. */
export function stanceProbabilities(model: StanceModel, claim: string, body: BodyView): Float64Array {
  return predict(model.net, featurize(claim, body, model.vocab));
}

/** The most probable stance of a body toward a claim. */
export function classifyStancePair(model: StanceModel, claim: string, body: string | BodyView): StanceLabel {
  const p = stanceProbabilities(model, claim, typeof body === 'string' ? viewBody(body) : body);
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return STANCE_LABELS[best];
}
