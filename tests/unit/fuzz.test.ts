/**
 * Fuzz test (issue 6): a few hundred stories of random and mutated articles, from a fixed seed, go through the
 * whole engine (checks, analysis, ids against the previous story's lock). None may throw, and a second run in
 * the same process must give exactly the same output: nothing read before may change what is read next. A failure names the story's seed, so it can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStory, checkSeeds, toReport, type ClaimIdLock, type SeedFile } from '../../src/analysis/index.ts';
import { mutate, ordinaryArticle, prng, randomArticle } from '../benchmarks/inputs.ts';
import { models, readStoryDir, seed } from './helpers.ts';

const STORIES = 200;
const real = [...readStoryDir('seeds/facebook-banks'), ...readStoryDir('tests/fixtures/stories/harbor-contract'), ...readStoryDir('tests/fixtures/hostile/hostile-markup')]
  .filter((f) => !f.name.endsWith('.json'))
  .map((f) => new TextDecoder().decode(f.bytes));
const NAMES = ['a.txt', 'A.txt', 'a.md', 'news.md', 'News.txt', '新闻.txt', 'report.markdown', 'x.txt', 'front.md'];

/** The articles of story `n`: random text, mutated real articles, or mutated generated ones. */
function storyFiles(n: number): SeedFile[] {
  const rand = prng(1000 + n);
  const count = 1 + Math.floor(rand() * 4);
  const names = [...NAMES].sort(() => rand() - 0.5).slice(0, count);
  return names.map((name) => {
    const r = rand();
    const article = real[Math.floor(rand() * real.length)];
    const from = Math.floor(rand() * Math.max(1, article.length - 4000));
    const base = r < 0.3 ? randomArticle(rand, 3000) : r < 0.75 ? article.slice(from, from + 4000) : ordinaryArticle(500 + Math.floor(rand() * 3000), n);
    const text = rand() < 0.85 ? mutate(base, rand) : base;
    return seed(name, rand() < 0.2 && name.endsWith('.md') ? `---\ntitle: ${text.slice(0, 40)}\n---\n${text}` : text);
  });
}

/** One pass over every story: each output, or the error it threw. */
function run(): { outputs: string[]; errors: string[] } {
  const outputs: string[] = [];
  const errors: string[] = [];
  let lock: ClaimIdLock = {};
  for (let n = 0; n < STORIES; n++) {
    try {
      const { seeds, problems } = checkSeeds('fuzz', storyFiles(n));
      if (seeds.length === 0) {
        outputs.push(JSON.stringify(problems));
        continue;
      }
      // Each story is read against the lock the previous one left: ids are matched, made and retired.
      const first = analyzeStory('fuzz', seeds, { lock, models: models() });
      lock = first.lock;
      outputs.push(JSON.stringify({ problems, report: toReport([first.story]), warnings: first.warnings }));
    } catch (e) {
      errors.push(`story ${n} (prng seed ${1000 + n}): ${(e as Error).stack ?? e}`);
    }
  }
  return { outputs, errors };
}

describe(`fuzz: ${STORIES} stories of random and mutated articles`, () => {
  it('never throw, and give the same output on a second run', () => {
    const a = run();
    expect(a.errors).toEqual([]);
    const b = run();
    expect(b.errors).toEqual([]);
    const differing = a.outputs.flatMap((o, i) => (o === b.outputs[i] ? [] : [i]));
    expect(differing).toEqual([]);
    expect(a.outputs.filter((o) => o.includes('"claims":[{')).length).toBeGreaterThan(STORIES / 4);
  }, 120_000);
});
