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
const arg = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dir = resolve(positional[0] ?? process.env.SEEDS_DIR ?? 'seeds');
const batch = Number(arg('batch') ?? 0);
if (batch) {
  // Preparing the input is the benchmark's own work, not the engine's: with --data it parses FNC-1's two CSV
  // files (8 MB, 50k stance rows) to pick the bodies and their topics, which takes longer than the engine's
  // start-up. It is timed and reported apart; both figures are printed.
  const tInput = performance.now();
  const { seeds: batchSeeds, what } = await batchArticles(batch);
  const inputSeconds = (performance.now() - tInput) / 1000;
  let stories = 0;
  for (let i = 0; i < batchSeeds.length; i += 5, stories++) analyzeStory(`batch-${stories}`, batchSeeds.slice(i, i + 5), { models });
  const seconds = performance.now() / 1000; // since the process started: Node, modules and models included
  const n = batchSeeds.length;
  console.log(`batch: ${n} articles (${what}) in ${stories} stories, ${seconds.toFixed(2)} s from process start (${(loadMs / 1000).toFixed(2)} s of it start-up, ${inputSeconds.toFixed(2)} s the benchmark preparing its input)`);
  console.log(`  ${(n / (seconds - inputSeconds)).toFixed(1)} articles/s, start-up included (input preparation left out); ${(n / seconds).toFixed(1)} articles/s counting it too`);
  process.exit(0);
}
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

/** N seed-sized articles: FNC-1 bodies of one topic per five when --data is given, else copies of the seeds. */
async function batchArticles(n: number): Promise<{ seeds: import('../src/analysis/index.ts').ParsedSeed[]; what: string }> {
  const data = arg('data');
  if (data) {
    const { loadFnc } = await import('./fnc-data.ts');
    const fnc = loadFnc(data);
    const byTopic = new Map<string, string[]>();
    for (const [id, body] of [...fnc.bodies].sort(([a], [b]) => Number(a) - Number(b))) {
      if (body.length < 2000 || body.length > 3500) continue;
      const t = String(fnc.topicOf.get(id) ?? id);
      byTopic.set(t, [...(byTopic.get(t) ?? []), body]);
    }
    const bodies = [...byTopic.values()].flatMap((b) => b.slice(0, b.length - (b.length % 5))).slice(0, n);
    const seeds = bodies.map((body, i) => {
      const lines = body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
      return { file: `a${i}.txt`, title: lines[0] ?? '', outlet: null, url: null, published: null, author: null, paragraphs: lines.slice(1) };
    });
    return { seeds, what: 'FNC-1 bodies of 2-3.5 kB' };
  }
  const all = readStories(dir).flatMap((s) => checkSeeds(s.id, s.files).seeds);
  return { seeds: Array.from({ length: n }, (_, i) => all[i % all.length]), what: 'copies of the seed articles' };
}
