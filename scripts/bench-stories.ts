/**
 * npm run bench:stories -- --data <fnc-1 dir> [--limit N] [--errors] [--train]: the site's own pipeline on stories built
 * from the FNC-1 development split (scripts/fnc-stories.ts): each story's headline is posed as the editors'
 * claim, and the engine's verdict and evidence are scored against FNC-1's labels.
 *
 * - status: contested (denied or disputed) vs not (reported, unaddressed); gold is contested when any related
 *   body disagrees with the headline.
 * - per pair: each body's evidence toward the posed claim (a disagreeing sentence: disagree; else agreeing:
 *   agree; else discussing: discuss; no evidence: unrelated) against its FNC-1 label.
 * `--confusion` adds each pair table (rows: FNC-1's label, columns: the engine's).
 * Beside it, the baseline "stance model alone, contested if any body disagrees", on the same stories.
 */
import { analyzeStory, type ParsedSeed } from '../src/analysis/index.ts';
import { classifyStancePair, STANCE_LABELS, type StanceLabel } from '../src/analysis/stance-model/index.ts';
import { readModels } from '../src/loaders/models.ts';
import { dataArg, loadFnc } from './fnc-data.ts';
import { fncStories, type FncStory } from './fnc-stories.ts';
import { perClassF1 } from './fnc-score.ts';
import { MODELS_DIR } from './paths.ts';

const dir = dataArg('npm run bench:stories -- --data <fnc-1 dir> [--limit N] [--errors] [--confusion] [--train]');
const flag = (name: string) => process.argv.indexOf(`--${name}`);
const limit = flag('limit') >= 0 ? Number(process.argv[flag('limit') + 1]) : Infinity;
const t0 = performance.now();
const models = readModels(MODELS_DIR);
// --train: stories of the training split instead, for comparing two versions of the engine on more topics (the
// stance models were trained on these bodies, so the figures themselves are not held-out ones).
const side = flag('train') >= 0 ? 'train' : 'dev';
const stories = fncStories(loadFnc(dir), side).slice(0, limit);

/** An FNC-1 body as a plain-text seed: its first line is the headline, the rest its paragraphs. */
function seedOf(a: FncStory['articles'][number], i: number): ParsedSeed {
  const lines = a.body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  return { file: `article-${String(i).padStart(2, '0')}-${a.bodyId}.txt`, title: lines[0] ?? '', outlet: null, url: null, published: null, author: null, paragraphs: lines.slice(1) };
}

const goldStatus: boolean[] = [], engineStatus: boolean[] = [], modelStatus: boolean[] = [];
const goldPairs: StanceLabel[] = [], enginePairs: StanceLabel[] = [], modelPairs: StanceLabel[] = [];
let articles = 0;
const tEngine = performance.now();
for (const story of stories) {
  const seeds = story.articles.map(seedOf);
  const { story: analysed } = analyzeStory('bench', seeds, { models, posed: [{ id: 'posed', text: story.claim }] });
  const claim = analysed.claims.find((c) => c.posed)!;
  articles += seeds.length;
  goldStatus.push(story.contested);
  engineStatus.push(claim.status === 'denied' || claim.status === 'disputed');
  story.articles.forEach((a, i) => {
    const source = analysed.sources.find((s) => s.file === seeds[i].file)!;
    const stances = new Set(claim.evidence.filter((e) => e.source === source.id).map((e) => e.stance));
    goldPairs.push(a.stance);
    enginePairs.push(stances.has('disagree') ? 'disagree' : stances.has('agree') ? 'agree' : stances.has('discuss') ? 'discuss' : 'unrelated');
  });
  if (flag('errors') >= 0 && engineStatus.at(-1) !== story.contested) {
    console.log(`\n${story.contested ? 'MISSED' : 'FALSE'} contest: ${story.claim}\n  engine: ${claim.status}: ${claim.reason}`);
    story.articles.forEach((a, i) => console.log(`  ${a.stance.padEnd(9)} -> ${enginePairs[enginePairs.length - story.articles.length + i].padEnd(9)} ${a.body.slice(0, 90).replace(/\s+/g, ' ')}`));
  }
}
const engineSeconds = (performance.now() - tEngine) / 1000;
for (const story of stories) {
  const labels = story.articles.map((a) => classifyStancePair(models.article, story.claim, a.body));
  modelPairs.push(...labels);
  modelStatus.push(labels.includes('disagree'));
}

function statusScores(predicted: boolean[]): string {
  const f1 = (cls: boolean) => {
    let tp = 0, fp = 0, fn = 0;
    predicted.forEach((p, i) => {
      if (p === cls && goldStatus[i] === cls) tp++;
      else if (p === cls) fp++;
      else if (goldStatus[i] === cls) fn++;
    });
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  };
  const accuracy = predicted.filter((p, i) => p === goldStatus[i]).length / predicted.length;
  return `status accuracy ${(100 * accuracy).toFixed(1)}%, macro-F1 ${((f1(true) + f1(false)) / 2).toFixed(3)} (contested ${f1(true).toFixed(3)}, reported ${f1(false).toFixed(3)})`;
}
function pairScores(predicted: StanceLabel[]): string {
  const f1 = perClassF1(goldPairs, predicted);
  return `per-pair macro-F1 ${(STANCE_LABELS.reduce((s, l) => s + f1[l], 0) / 4).toFixed(3)} (${STANCE_LABELS.map((l) => `${l} ${f1[l].toFixed(3)}`).join(', ')})`;
}
console.log(`${side === 'dev' ? 'development split' : 'TRAINING split (the models have seen these bodies; compare versions only)'}: ${stories.length} stories (${goldStatus.filter(Boolean).length} contested), ${articles} articles, ${goldPairs.length} pairs`);
console.log(`engine:         ${statusScores(engineStatus)}`);
console.log(`                ${pairScores(enginePairs)}`);
console.log(`                ${(articles / engineSeconds).toFixed(1)} articles/s (${engineSeconds.toFixed(1)} s analysing; ${((tEngine - t0) / 1000).toFixed(1)} s loading models and data)`);
console.log(`baseline (stance model alone, contested if any body disagrees):`);
console.log(`                ${statusScores(modelStatus)}`);
console.log(`                ${pairScores(modelPairs)}`);

if (flag('confusion') >= 0) {
  for (const [name, predicted] of [['engine', enginePairs], ['baseline', modelPairs]] as const) {
    console.log(`\n${name}: rows FNC-1 label, columns predicted`);
    console.log(`${''.padEnd(10)}${STANCE_LABELS.map((l) => l.padStart(10)).join('')}`);
    for (const gold of STANCE_LABELS) {
      console.log(`${gold.padEnd(10)}${STANCE_LABELS.map((p) => String(predicted.filter((x, i) => x === p && goldPairs[i] === gold).length).padStart(10)).join('')}`);
    }
  }
}
