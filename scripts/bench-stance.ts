/**
 * npm run bench:stance -- --data <fnc-1 dir> [--models models]: scores the stance models on the development
 * split (topics never seen in training): FNC score, per-class F1, macro-F1, and pairs per second.
 */
import { classifyStancePair, readBody, readClaim, STANCE_LABELS, stanceProbabilities, type BodyView, type StanceLabel } from '../src/analysis/stance-model/index.ts';
import { sentenceWindow } from '../src/analysis/stance-model/sentence-labels.ts';
import { roughSentences } from '../src/analysis/stance-model/tokenize.ts';
import { readModels } from '../src/loaders/models.ts';
import { dataArg, loadFnc } from './fnc-data.ts';
import { fncScore, perClassF1 } from './fnc-score.ts';
import { MODELS_DIR } from './paths.ts';

const dir = dataArg('npm run bench:stance -- --data <fnc-1 dir> [--models models]');
const mArg = process.argv.indexOf('--models');
const t0 = performance.now();
const models = readModels(mArg >= 0 ? process.argv[mArg + 1] : MODELS_DIR);
const tModels = performance.now();
const { dev } = loadFnc(dir);
const gold = dev.map((p) => p.stance);
const report = (name: string, labels: StanceLabel[]) => {
  const f1 = perClassF1(gold, labels);
  console.log(`${name}: FNC score ${fncScore(gold, labels).toFixed(2)}% of max, macro-F1 ${(STANCE_LABELS.reduce((s, l) => s + f1[l], 0) / 4).toFixed(3)} (${STANCE_LABELS.map((l) => `${l} ${f1[l].toFixed(3)}`).join(', ')})`);
};
console.log(`development split: ${dev.length} pairs, ${new Set(dev.map((p) => p.bodyId)).size} bodies, ${new Set(dev.map((p) => p.claim)).size} headlines (topics unseen in training)`);
console.log(`models loaded in ${(tModels - t0).toFixed(0)} ms (word vectors and both stance models)`);

const t1 = performance.now();
const views = new Map<string, BodyView>();
const article = dev.map((p) => {
  let v = views.get(p.body);
  if (!v) views.set(p.body, (v = readBody(models.article, p.body)));
  return classifyStancePair(models.article, p.claim, v);
});
const seconds = (performance.now() - t1) / 1000;
report('article model', article);
console.log(`  ${Math.round(dev.length / seconds)} pairs/s in process (bodies read once each)`);

// The sentence model read as an article judge: the strongest sentence speaks for the body.
const windows = new Map<string, BodyView[]>();
const sentence = dev.map((p) => {
  let ws = windows.get(p.body);
  if (!ws) {
    const ss = roughSentences(p.body);
    windows.set(p.body, (ws = ss.map((_, i) => readBody(models.sentence, sentenceWindow(ss, i)))));
  }
  const claim = readClaim(models.sentence, p.claim);
  const best = [0, 0, 0];
  for (const w of ws) {
    const pr = stanceProbabilities(models.sentence, claim, w);
    for (let k = 0; k < 3; k++) best[k] = Math.max(best[k], pr[k]);
  }
  const top = best.indexOf(Math.max(...best));
  return best[top] < 0.5 ? 'unrelated' : STANCE_LABELS[top];
});
report('sentence model, strongest sentence', sentence);
