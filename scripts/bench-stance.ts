/** npm run bench:stance -- --data <fnc-1 dir>: scores models/stance.bin on the development split. */
import { readFileSync } from 'node:fs';
import { classifyStancePair, decodeModel, STANCE_LABELS, viewBody, type BodyView, type StanceLabel } from '../src/analysis/stance-model/index.ts';
import { combinedStance, cueStance, viewCues, type CueView } from '../src/analysis/stance-judge.ts';
import { dataArg, loadFnc } from './fnc-data.ts';
import { fncScore, perClassF1 } from './fnc-score.ts';

const dir = dataArg('npm run bench:stance -- --data <fnc-1 dir> [--model models/stance.bin]');
const mArg = process.argv.indexOf('--model');
const t0 = performance.now();
const model = decodeModel(readFileSync(mArg >= 0 ? process.argv[mArg + 1] : 'models/stance.bin'));
const { dev } = loadFnc(dir);
const tLoad = performance.now();
const views = new Map<string, BodyView>();
const predicted = dev.map((p) => {
  let v = views.get(p.body);
  if (!v) views.set(p.body, (v = viewBody(p.body)));
  return classifyStancePair(model, p.claim, v);
});
const seconds = (performance.now() - tLoad) / 1000;
const gold = dev.map((p) => p.stance);
const report = (name: string, labels: StanceLabel[]) => {
  const f1 = perClassF1(gold, labels);
  console.log(`${name}: FNC score ${fncScore(gold, labels).toFixed(2)}% of max, macro-F1 ${(STANCE_LABELS.reduce((s, l) => s + f1[l], 0) / 4).toFixed(3)} (${STANCE_LABELS.map((l) => `${l} ${f1[l].toFixed(3)}`).join(', ')})`);
};
const f1 = perClassF1(gold, predicted);
console.log(`development split: ${dev.length} pairs, ${new Set(dev.map((p) => p.body)).size} bodies`);
console.log(`FNC score: ${fncScore(gold, predicted).toFixed(2)}% of max`);
for (const l of STANCE_LABELS) console.log(`F1 ${l.padEnd(9)} ${f1[l].toFixed(3)}`);
console.log(`macro-F1: ${(STANCE_LABELS.reduce((s, l) => s + f1[l], 0) / 4).toFixed(3)}`);
console.log(`pairs per second: ${Math.round(dev.length / seconds)} (model load ${(tLoad - t0).toFixed(0)} ms incl. data)`);
// The alternatives the site could use, on the same split (see README, "The stance model").
const cues = new Map<string, CueView>();
const cueOf = (b: string) => cues.get(b) ?? (cues.set(b, viewCues(b)), cues.get(b)!);
report('engine cues alone', dev.map((p) => cueStance(p.claim, cueOf(p.body))));
report('model + explicit-denial override', dev.map((p) => combinedStance(model, p.claim, views.get(p.body)!, cueOf(p.body))));
