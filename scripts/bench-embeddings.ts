/**
 * npm run bench:embeddings [-- --data <fnc-1 dir>] [--sizes 10000,20000,30000,40000]: what the word-vector table
 * costs and buys.
 *
 * Always: decode time of models/embeddings.bin (first decode in a fresh process, then the median of 9) and the
 * memory it holds (RSS and heap growth after a forced GC; run with --expose-gc, as the npm script does).
 * With --data: token coverage of tables of several sizes on the body text of the FNC-1 training split (each body
 * once, wink-nlp tokens as the engine reads them), the words most often missed, the rounding the int8
 * quantisation costs, and nearest neighbours of a few probe words. Needs the 300 MB package JSON (~20 s, ~1 GB).
 */
import { readFileSync } from 'node:fs';
import type { ItemToken } from 'wink-nlp';
import { decodeEmbeddings, cosine, type Embeddings } from '../src/analysis/represent/embeddings.ts';
import { readEmbeddingsTable } from '../src/analysis/represent/embeddings-format.ts';
import { nlp, its } from '../src/analysis/nlp.ts';
import { deriveEmbeddings, readPackage, selectWords } from './derive-embeddings.ts';
import { loadFnc } from './fnc-data.ts';

const TABLE = 'models/embeddings.bin';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

// Load and decode: measured first, before anything else fills the heap.
gc();
const before = process.memoryUsage();
let t = performance.now();
const bytes = new Uint8Array(readFileSync(TABLE));
const readMs = performance.now() - t;
t = performance.now();
const table = decodeEmbeddings(bytes);
const firstMs = performance.now() - t;
gc();
const after = process.memoryUsage();
const runs: number[] = [];
for (let i = 0; i < 9; i++) {
  t = performance.now();
  decodeEmbeddings(bytes);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
console.log(`${TABLE}: ${mb(bytes.length)}, ${table.size} words x ${table.dims} dims, from ${table.source}`);
console.log(`read ${readMs.toFixed(1)} ms; decode ${firstMs.toFixed(1)} ms first (cold), median ${runs[4].toFixed(1)} ms of 9`);
console.log(`held after decode (GC'd${(globalThis as { gc?: unknown }).gc ? '' : ' — NOT: run with --expose-gc'}): RSS +${mb(after.rss - before.rss)}, ` +
  `heap +${mb(after.heapUsed - before.heapUsed)}, external/array buffers +${mb(after.arrayBuffers - before.arrayBuffers)}`);

const dir = arg('--data');
if (!dir) {
  console.log('(pass --data <fnc-1 dir> for coverage, quantisation error and neighbours)');
  process.exit(0);
}

// Token counts of the training split's bodies, each body once.
const fnc = loadFnc(dir);
const bodyIds = [...new Set(fnc.train.map((p) => p.bodyId))];
const all = new Map<string, number>(), content = new Map<string, number>();
t = performance.now();
for (const id of bodyIds) {
  nlp().readDoc(fnc.bodies.get(id)!).tokens().each((tok: ItemToken) => {
    if (tok.out(its.type) !== 'word') return;
    const w = tok.out();
    all.set(w, (all.get(w) ?? 0) + 1);
    // Content words: not a stop word, not a clitic ("'s", "n't") — the words similarity is computed on.
    if (!tok.out(its.stopWordFlag) && !/^['\u2019]|^n['\u2019]t$/i.test(w)) content.set(w, (content.get(w) ?? 0) + 1);
  });
}
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(`\nFNC-1 training split: ${bodyIds.length} bodies, ${total(all)} word tokens, ${total(content)} content-word tokens ` +
  `(tokenised in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

t = performance.now();
const { data, label } = readPackage();
console.log(`read ${label} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const covered = (e: Embeddings, m: Map<string, number>) => {
  let hit = 0;
  for (const [w, n] of m) if (e.has(w)) hit += n;
  return hit / total(m);
};
const sizes = (arg('--sizes') ?? '10000,20000,30000,40000').split(',').map(Number);
console.log('\n| words | file | decode (median of 5) | word tokens covered | content-word tokens covered |\n| ---: | ---: | ---: | ---: | ---: |');
for (const n of [...sizes, data.words.length]) {
  const b = deriveEmbeddings(data, n, label);
  const times: number[] = [];
  let e!: Embeddings;
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    e = decodeEmbeddings(b);
    times.push(performance.now() - s);
  }
  times.sort((a, c) => a - c);
  const name = n === data.words.length ? `${e.size} (all)` : String(e.size);
  console.log(`| ${name} | ${mb(b.length)} | ${times[2].toFixed(1)} ms | ${(100 * covered(e, all)).toFixed(2)}% | ${(100 * covered(e, content)).toFixed(2)}% |`);
}

// What the committed table misses: mostly names (which lexical matching already pairs) or everyday words?
const missed = [...content].filter(([w]) => !table.has(w)).sort((a, b) => b[1] - a[1]);
const capitalised = missed.filter(([w]) => /^\p{Lu}/u.test(w)).reduce((a, [, n]) => a + n, 0);
console.log(`\ncontent-word tokens ${TABLE} misses: ${total(new Map(missed))}, of which ${(100 * capitalised / total(new Map(missed))).toFixed(0)}% capitalised (names)`);
console.log(`most frequent: ${missed.slice(0, 25).map(([w, n]) => `${w} (${n})`).join(', ')}`);

// What int8 rounding costs: cosine between each original vector and its quantised row.
const words = selectWords(data, table.size);
const { rows, dims } = readEmbeddingsTable(bytes);
let sum = 0, worst = 1;
words.forEach((w, i) => {
  const c = cosine(data.vectors[w].slice(0, dims), rows.subarray(i * dims, (i + 1) * dims));
  sum += c;
  worst = Math.min(worst, c);
});
console.log(`int8 rounding: cosine(original, quantised) mean ${(sum / words.length).toFixed(6)}, worst ${worst.toFixed(6)}`);

const probes = (arg('--probes') ?? 'cleric,denied,shares,bank,hoax,killed,banana').split(',');
console.log('\nnearest neighbours in the committed table:');
for (const p of probes) console.log(`  ${p}: ${table.nearest(p, 8).map((n) => `${n.word} ${n.similarity.toFixed(2)}`).join(', ')}`);
