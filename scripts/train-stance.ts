/**
 * npm run train:stance -- --data <fnc-1 dir>: trains the article-level and sentence-level stance models on the
 * training side of the topic split and writes models/stance.bin and models/stance-sentence.bin.
 * Options: --out-dir <dir>, --epochs N, --class-weights a,d,di,u, --seed N, --ensemble N, --kind article|sentence.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TRAINING, encodeModel, trainStanceModel, type StanceModelKind } from '../src/analysis/stance-model/index.ts';
import { sentenceExamples } from '../src/analysis/stance-model/sentence-labels.ts';
import { readEmbeddings } from '../src/loaders/embeddings.ts';
import { dataArg, loadFnc } from './fnc-data.ts';

const dir = dataArg('npm run train:stance -- --data <fnc-1 dir> [--out-dir models] [--kind article|sentence]');
const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const outDir = flag('out-dir') ?? 'models';
const settings = {
  ...DEFAULT_TRAINING,
  ...(flag('epochs') ? { epochs: Number(flag('epochs')) } : {}),
  ...(flag('class-weights') ? { classWeights: flag('class-weights')!.split(',').map(Number) } : {}),
  ...(flag('seed') ? { seed: Number(flag('seed')) } : {}),
  ...(flag('ensemble') ? { ensemble: Number(flag('ensemble')) } : {}),
};
const kinds: StanceModelKind[] = flag('kind') ? [flag('kind') as StanceModelKind] : ['article', 'sentence'];
const { train, dev } = loadFnc(dir);
const embeddings = readEmbeddings();
const idfTexts = [...new Set(train.map((p) => p.body)), ...new Set(train.map((p) => p.claim))];
mkdirSync(outDir, { recursive: true });
console.error(`settings: ${JSON.stringify(settings)}`);
for (const kind of kinds) {
  const examples = kind === 'article' ? train.map((p) => ({ claim: p.claim, text: p.body, stance: p.stance })) : sentenceExamples(train, settings.seed);
  console.error(`${kind} model: ${examples.length} examples from ${train.length} training pairs (${dev.length} pairs held out for development)`);
  const t0 = performance.now();
  const model = trainStanceModel(kind, examples, idfTexts, embeddings, settings, (epoch, loss) =>
    console.error(`  epoch ${epoch}: loss ${loss.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`),
  );
  const out = join(outDir, kind === 'article' ? 'stance.bin' : 'stance-sentence.bin');
  const bytes = encodeModel(model);
  writeFileSync(out, bytes);
  console.error(`wrote ${out} (${(bytes.byteLength / 1e6).toFixed(2)} MB)`);
}
