/**
 * npm run bench:engine -- --data <fnc-1 dir> [--sample N]: how the site's own pipeline reads stance, measured on
 * the FNC-1 development split. Each pair becomes a two-source story, a one-line source stating the headline
 * and the article body; the body's evidence toward the headline's claim gives the label (a disagree link:
 * disagree; a restatement: agree or discuss; nothing: unrelated). Run with and without the stance model in
 * the loop, beside the model alone, on the same stratified sample.
 */
import { readFileSync } from 'node:fs';
import { analyzeStory, type ParsedSeed } from '../src/analysis/index.ts';
import { makeDisagreementJudge } from '../src/analysis/stance-judge.ts';
import { classifyStancePair, decodeModel, STANCE_LABELS, type StanceLabel, type StancePair } from '../src/analysis/stance-model/index.ts';
import { seededRandom } from '../src/analysis/stance-model/mlp.ts';
import { dataArg, loadFnc } from './fnc-data.ts';
import { fncScore, perClassF1 } from './fnc-score.ts';
import { STANCE_MODEL_PATH } from './paths.ts';

const dir = dataArg('npm run bench:engine -- --data <fnc-1 dir> [--sample 1200]');
const sArg = process.argv.indexOf('--sample');
const perClass = Math.round((sArg >= 0 ? Number(process.argv[sArg + 1]) : 1200) / 4);
const model = decodeModel(new Uint8Array(readFileSync(STANCE_MODEL_PATH)));
const judge = makeDisagreementJudge(model);
const { dev } = loadFnc(dir);

// The same number of pairs of each class (disagree is 2% of the data), chosen with a fixed seed.
const rand = seededRandom(11);
const sample: StancePair[] = STANCE_LABELS.flatMap((l) => {
  const pool = dev.filter((p) => p.stance === l);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, perClass);
});

function engineStance(p: StancePair, disagreement?: (c: string, b: string) => number): StanceLabel {
  const seed = (file: string, title: string, paragraphs: string[]): ParsedSeed => ({ file, title, outlet: null, url: null, published: null, author: null, paragraphs });
  const claimSeed = seed('a-claim.txt', p.claim, [p.claim.replace(/[.?!]*$/, '.')]);
  const lines = p.body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const bodySeed = seed('b-body.txt', lines[0] ?? '', lines.slice(1));
  const { story } = analyzeStory('bench', [claimSeed, bodySeed], { disagreement });
  const [a, b] = story.sources.map((s) => s.id);
  const claims = story.claims.filter((c) => c.evidence.some((e) => e.source === a && e.stance !== 'disagree'));
  const fromBody = claims.flatMap((c) => c.evidence.filter((e) => e.source === b));
  if (fromBody.some((e) => e.stance === 'disagree')) return 'disagree';
  if (fromBody.length === 0) return 'unrelated';
  return fromBody.some((e) => e.stance === 'agree') ? 'agree' : 'discuss';
}

const gold = sample.map((p) => p.stance);
const report = (name: string, labels: StanceLabel[]) => {
  const f1 = perClassF1(gold, labels);
  console.log(`${name.padEnd(34)} FNC ${fncScore(gold, labels).toFixed(2)}%  macro-F1 ${(STANCE_LABELS.reduce((s, l) => s + f1[l], 0) / 4).toFixed(3)}  (${STANCE_LABELS.map((l) => `${l} ${f1[l].toFixed(3)}`).join(', ')})`);
};
console.log(`stratified sample of the development split: ${sample.length} pairs, ${perClass} per class`);
const t0 = performance.now();
const cuesOnly = sample.map((p) => engineStance(p));
const withVeto = sample.map((p) => engineStance(p, judge));
console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s for two passes of the engine)`);
const modelAlone = sample.map((p) => classifyStancePair(model, p.claim, p.body));
report('engine, cues only', cuesOnly);
report('engine, model rescues near-miss denials', withVeto);
report('model alone (article level)', modelAlone);
// The model's verdict where the engine found nothing to link, or found the body only restating the claim.
report('engine, model where cues are silent', withVeto.map((l, i) => (l === 'disagree' ? l : modelAlone[i] === 'disagree' ? 'disagree' : l === 'unrelated' ? modelAlone[i] : l)));
