/**
 * npm run bench:analysis -- [seeds dir]: how long the engine takes per story (median of 7 runs after a warm-up),
 * with sentences per second, and how long loading the NLP model and stance weights takes.
 * npm run bench:analysis -- --bounds [--data <fnc-1 dir>]: the large and pathological inputs (bench-bounds.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

if (process.argv.includes('--bounds')) {
  const i = process.argv.indexOf('--data');
  const { benchBounds } = await import('./bench-bounds.ts');
  benchBounds(i >= 0 ? process.argv[i + 1] : undefined);
  process.exit(0);
}

const t0 = performance.now();
const { analyzeStory, checkSeeds, decodeModel, makeDisagreementJudge } = await import('../src/analysis/index.ts');
const { readStories } = await import('../src/loaders/read-seeds.ts');
const { STANCE_MODEL_PATH } = await import('./paths.ts');
const judge = makeDisagreementJudge(decodeModel(new Uint8Array(readFileSync(STANCE_MODEL_PATH))));
const loadMs = performance.now() - t0;

const dir = resolve(process.argv[2] ?? process.env.SEEDS_DIR ?? 'seeds');
console.log(`start-up (wink model + stance weights): ${loadMs.toFixed(0)} ms`);
for (const s of readStories(dir)) {
  const { seeds } = checkSeeds(s.id, s.files);
  analyzeStory(s.id, seeds, { disagreement: judge });
  const times: number[] = [];
  let sentences = 0, claims = 0;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const { story } = analyzeStory(s.id, seeds, { disagreement: judge });
    times.push(performance.now() - t);
    sentences = story.sources.reduce((n, src) => n + src.sentences.length, 0);
    claims = story.claims.length;
  }
  times.sort((a, b) => a - b);
  const median = times[3];
  console.log(`${s.id}: ${seeds.length} sources, ${sentences} sentences, ${claims} claims; median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)}), ${Math.round((sentences / median) * 1000)} sentences/s`);
}
