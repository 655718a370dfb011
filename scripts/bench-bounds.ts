/**
 * npm run bench:analysis -- --bounds [--data <fnc-1 dir>]: how long the engine takes on the inputs issue 6
 * bounds (checks and analysis of one story, stance model included), each in wall time and CPU time:
 * - generated (tests/benchmarks/inputs.ts): an article of ordinary sentences at the seed size limit, and the
 *   pathological seeds at the sizes and at the size limit;
 * - with --data, from FNC-1 bodies (real articles): a story of 50 articles, and one article of 999,999 bytes.
 */
import { readFileSync } from 'node:fs';
import { analyzeStory, checkSeeds, MAX_SEED_BYTES, type SeedFile } from '../src/analysis/index.ts';
import * as gen from '../tests/benchmarks/inputs.ts';
import { loadFnc } from './fnc-data.ts';
import { readModels } from '../src/loaders/models.ts';
import { MODELS_DIR } from './paths.ts';

const models = readModels(MODELS_DIR);

const LIMIT = MAX_SEED_BYTES - 1;
const file = (name: string, text: string): SeedFile => ({ name, bytes: new TextEncoder().encode(text) });

/** Checks and analyses one story; the median of `runs` runs. */
function measure(label: string, files: SeedFile[], runs = 1): void {
  const results: { wall: number; cpu: number; outcome: string }[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now(), c = process.cpuUsage();
    const { seeds, problems } = checkSeeds('bench', files);
    let outcome = problems.length ? `refused: ${problems[0].message.split('.')[0]}` : '';
    if (seeds.length && !problems.length) {
      const { story } = analyzeStory('bench', seeds, { models });
      outcome = `${story.sources.reduce((n, s) => n + s.sentences.length, 0)} sentences, ${story.claims.length} claims`;
    }
    const cpu = process.cpuUsage(c);
    results.push({ wall: performance.now() - t, cpu: (cpu.user + cpu.system) / 1000, outcome });
  }
  results.sort((a, b) => a.wall - b.wall);
  const m = results[Math.floor(results.length / 2)];
  const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
  console.log(`${label.padEnd(44)} ${(bytes / 1000).toFixed(0).padStart(5)} kB  ${(m.wall / 1000).toFixed(2).padStart(6)} s wall  ${(m.cpu / 1000).toFixed(2).padStart(6)} s CPU  ${m.outcome}`);
}

/** FNC-1 bodies as seeds: the 50 bodies of the best-covered topic (filled up from others), and one 1 MB article. */
function fncInputs(dir: string): { story: SeedFile[]; article: SeedFile } {
  const { bodies, topicOf } = loadFnc(dir);
  const byTopic = new Map<string, string[]>();
  for (const [id, topic] of topicOf) if (bodies.has(id)) byTopic.set(topic, [...(byTopic.get(topic) ?? []), id]);
  const ordered = [...byTopic.values()].sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1)).flat();
  const story = [...new Set(ordered)].slice(0, 50).map((id) => file(`article-${id}.txt`, `Article ${id}\n${bodies.get(id)}\n`));
  const lines = ['Articles of the FNC-1 training set, one after another'];
  let size = lines[0].length;
  for (const body of bodies.values()) {
    for (const line of body.split('\n').map((l) => l.trim()).filter((l) => l.length >= 40)) {
      const bytes = Buffer.byteLength(line) + 1;
      if (size + bytes > LIMIT) break;
      lines.push(line);
      size += bytes;
    }
  }
  return { story, article: file('fnc-1mb.txt', lines.join('\n') + '\n') };
}

export function benchBounds(dataDir: string | undefined): void {
  measure('warm-up: the harbor fixture story', ['01-herald.md', '02-courier.txt', '03-gazette.md'].map((n) => file(n, readFileSync(`tests/fixtures/stories/harbor-contract/${n}`, 'utf8'))), 3);
  if (dataDir) {
    const { story, article } = fncInputs(dataDir);
    measure(`FNC-1: a story of ${story.length} articles`, story, 3);
    measure('FNC-1: one article of 999,999 bytes', [article]);
  }
  measure('generated: ordinary sentences, 999,999 bytes', [file('a.txt', gen.ordinaryArticle(LIMIT))]);
  measure('capitalised words, 115 kB (issue: 82 s)', [file('a.txt', gen.capitalisedParagraph(115_000))], 3);
  measure('capitalised words, 999,999 bytes', [file('a.txt', gen.capitalisedParagraph(LIMIT))]);
  measure('nested emphasis *_*_, 40 kB (issue: 43 s)', [file('a.md', gen.nestedEmphasis(40_000))], 3);
  measure('nested emphasis *_*_, 999,999 bytes', [file('a.md', gen.nestedEmphasis(LIMIT))]);
  measure('blockquote depth 3,000 (issue: RangeError)', [file('a.md', gen.deepBlockquote(3000))], 3);
  measure('list depth 2,000 (issue: RangeError)', [file('a.md', gen.deepList(2000))], 3);
  measure('a word of 999,999 bytes', [file('a.txt', `A headline\nThe attachment was ${'x_'.repeat((LIMIT - 40) / 2)} here.\n`)]);
  measure('one-line Markdown quotes, 999,999 bytes', [file('a.md', '# Quotes\n\n' + '> x\n\n'.repeat((LIMIT - 12) / 5))]);
  measure('list items 16 deep, 2,500 lines (markers limit)', [file('a.md', '# Lists\n\n' + Array.from({ length: 2500 }, (_, i) => `${'- '.repeat(16)}item ${i}\n`).join(''))]);
  measure('list items, 20,000 lines (lines limit)', [file('a.md', '# Lists\n\n' + Array.from({ length: 20_000 }, (_, i) => `- item ${i}\n`).join(''))]);
}
