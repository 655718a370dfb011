/**
 * npm run bench:analysis -- [seeds dir]: how long the engine takes per story (median of 7 runs after a warm-up),
 * with sentences and articles per second, and how long loading the NLP model and the models takes.
 * `-- --bounds [--data <fnc-1 dir>]` times the worst inputs instead (scripts/bench-bounds.ts).
 */
import { resolve } from 'node:path';

const t0 = performance.now();
const { analyzeStory, checkSeeds } = await import('../src/analysis/index.ts');
const { readStories } = await import('../src/loaders/read-seeds.ts');
const { readModels } = await import('../src/loaders/models.ts');
const { MODELS_DIR } = await import('./paths.ts');
const models = readModels(MODELS_DIR);
const loadMs = performance.now() - t0;

console.log(`start-up (wink model, word vectors, stance models): ${loadMs.toFixed(0)} ms`);
const args = process.argv.slice(2);
if (args.includes('--bounds')) {
  // npm run bench:analysis -- --bounds [--data <fnc-1 dir>]: the inputs issue 6 bounds (scripts/bench-bounds.ts).
  const data = args.indexOf('--data');
  (await import('./bench-bounds.ts')).benchBounds(data >= 0 ? args[data + 1] : undefined);
  process.exit(0);
}
const dir = resolve(args[0] ?? process.env.SEEDS_DIR ?? 'seeds');
for (const s of readStories(dir)) {
  const { seeds } = checkSeeds(s.id, s.files);
  analyzeStory(s.id, seeds, { models });
  const times: number[] = [];
  let sentences = 0, claims = 0;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const { story } = analyzeStory(s.id, seeds, { models });
    times.push(performance.now() - t);
    sentences = story.sources.reduce((n, src) => n + src.sentences.length, 0);
    claims = story.claims.length;
  }
  times.sort((a, b) => a - b);
  const median = times[3];
  console.log(`${s.id}: ${seeds.length} sources, ${sentences} sentences, ${claims} claims; median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)}), ${Math.round((sentences / median) * 1000)} sentences/s, ${((seeds.length / median) * 1000).toFixed(0)} articles/s`);
}
