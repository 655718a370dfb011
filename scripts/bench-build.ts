/**
 * npm run bench:build -- --stories N | --seeds <folder> [--runs R] [--keep]
 *
 * Times the site's build at scale, each build a separate `npm run build` measured from outside:
 * - cold: empty caches (analysis, content store, pages, search index), empty output folder;
 * - no change: the same seeds again (the first build's locks and corrections logs included);
 * - one article: one sentence added to one article of one story;
 * each with its peak RSS (/usr/bin/time -v: the largest process of the build, Pagefind included), then a bare
 * Astro project (one dynamic route of trivial pages) building the same number of pages, and the ratios.
 * With --stories, the corpus is made from the FNC-1 training split by ../shared/tools/make_corpus.py
 * (--data and --tool point elsewhere). Everything is written under a temporary folder (--keep keeps it).
 * With --runs R each build is repeated R times (the cold one from scratch each time) and medians are shown.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run bench:build -- --stories N | --seeds <folder> [--runs R] [--keep] [--data <fnc-1 dir>] [--tool <make_corpus.py>]';
const options = {
  stories: { type: 'string' }, seeds: { type: 'string' }, runs: { type: 'string', default: '1' },
  data: { type: 'string', default: '../shared/data/fnc-1' }, tool: { type: 'string', default: '../shared/tools/make_corpus.py' },
  keep: { type: 'boolean', default: false },
} as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof options }>>;
try {
  parsed = parseArgs({ options });
} catch (e) {
  console.error(`error: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const args = parsed.values;
if (!args.stories === !args.seeds) {
  console.error(USAGE);
  process.exit(2);
}
const runs = Number(args.runs);
const project = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'fc-bench-'));
const TIME = '/usr/bin/time';

interface Measure { wall: number; rssMb: number | null; log: string }

/** Runs a command with /usr/bin/time -v when present; wall seconds, peak RSS in MB, and its output. */
function measure(cmd: string, argv: string[], env: Record<string, string>, cwd: string, name: string): Measure {
  const logFile = join(work, `${name}.log`);
  const timed = existsSync(TIME);
  // Output to a file, not a pipe: a pipe read by spawnSync lost the end of a 160,000-line log twice.
  const fd = openSync(logFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(timed ? TIME : cmd, timed ? ['-v', cmd, ...argv] : argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  const wall = (performance.now() - t0) / 1000;
  closeSync(fd);
  const log = readFileSync(logFile, 'utf8');
  if (r.status !== 0 || !/Complete!/.test(log)) throw new Error(`${name} failed (exit ${r.status}${r.status === 0 ? ', but the build never said it was complete' : ''}); see ${logFile}\n${log.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
  return { wall, rssMb: rss ? Number(rss[1]) / 1024 : null, log };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** A hash of every file under a folder (path and bytes): two builds of the same inputs must match. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(p.slice(dir.length)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

/** Where the time went, from the build's own log lines. */
function phases(log: string): string {
  const many = /analysed (\d+) stor(?:y|ies) of (\d+) in ((?:\d+ min )?\d+ s)/.exec(log);
  const one = /analysed \S+: .* in (\d+ ms)/.exec(log);
  const cached = /(all \d+ stories|the story) from the analysis cache/.test(log);
  const render = /generating static routes[\s\S]*?✓ Completed in ([\d.]+m? ?[\d.]*m?s)/.exec(log);
  const search = /search index: (\d+) pages (indexed|unchanged, index reused|in \d+ parts, \d+ indexed, \d+ reused) in (\d+) ms/.exec(log);
  const pages = /(\d+) page\(s\) built/.exec(log);
  return [
    `analysis ${many ? `${many[1]} of ${many[2]} stories in ${many[3]}` : one ? `1 story in ${one[1]}` : cached ? 'all from the cache' : '?'}`,
    `rendering ${render ? render[1] : '?'}`,
    `search ${search ? `${search[2]} ${(Number(search[3]) / 1000).toFixed(1)} s` : '?'}`,
    `pages ${pages ? pages[1] : '?'}`,
  ].join('; ');
}

// The seeds: a corpus of N stories of five FNC-1 articles, or a copy of a folder.
const pristine = join(work, 'seeds-original');
if (args.stories) {
  const r = spawnSync('python3', [args.tool!, join(args.data!, 'train_bodies.csv'), join(args.data!, 'train_stances.csv'), pristine, args.stories], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`making the corpus failed: ${r.stderr}`);
} else {
  cpSync(resolve(args.seeds!), pristine, { recursive: true });
}
const storyIds = readdirSync(pristine, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const noContent = join(work, 'no-content');
mkdirSync(noContent);

const seeds = join(work, 'seeds'), out = join(work, 'dist'), cache = join(work, 'cache');
const env: Record<string, string> = {
  SEEDS_DIR: seeds, OUT_DIR: out, CACHE_DIR: cache, BUILD_DATE: '2026-01-15', CI: '1', ASTRO_TELEMETRY_DISABLED: '1',
  // A generated corpus has none of the editors' notes (they name the seed story's claims).
  ...(args.stories ? { CONTENT_DIR: noContent } : {}),
};
const build = (name: string) => measure('npm', ['run', '-s', 'build'], env, project, name);

/** One sentence added to the first article of the middle story: a new claim on a story's pages. */
function editOneArticle(i: number): string {
  const story = storyIds[Math.floor(storyIds.length / 2)];
  const dir = join(seeds, story);
  const file = join(dir, readdirSync(dir).filter((f) => /\.(md|txt|markdown)$/.test(f)).sort()[0]);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nThe harbour authority said on Tuesday that it had approved ${41 + i} new berths for cargo ships.\n`);
  return `${story}/${file.slice(dir.length + 1)}`;
}

const results = { cold: [] as Measure[], nochange: [] as Measure[], one: [] as Measure[], bare: [] as Measure[] };
let identical = true;
let edited = '';
for (let run = 0; run < runs; run++) {
  for (const p of [seeds, out, cache]) rmSync(p, { recursive: true, force: true });
  cpSync(pristine, seeds, { recursive: true });
  results.cold.push(build(`cold-${run}`));
  const first = treeHash(out);
  results.nochange.push(build(`nochange-${run}`));
  identical &&= treeHash(out) === first;
  edited = editOneArticle(run);
  results.one.push(build(`one-article-${run}`));
}
const pagesBuilt = Number(/(\d+) page\(s\) built/.exec(results.cold[0].log)?.[1] ?? 0);

// The bare Astro project: one dynamic route rendering as many trivial pages, in its own temporary folder.
const bare = join(work, 'bare');
mkdirSync(join(bare, 'src/pages'), { recursive: true });
symlinkSync(join(project, 'node_modules'), join(bare, 'node_modules'));
writeFileSync(join(bare, 'package.json'), '{"name":"bare","private":true,"type":"module"}\n');
// Its own cache folder: the default would be the project's node_modules/.astro, through the link.
writeFileSync(join(bare, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './cache', build: { format: 'directory' }, devToolbar: { enabled: false } });\n");
writeFileSync(join(bare, 'src/pages/[id].astro'), `---
export function getStaticPaths() {
  return Array.from({ length: ${pagesBuilt} }, (_, i) => ({ params: { id: \`page-\${i}\` }, props: { i } }));
}
const { i } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {i}</title></head><body><h1>Page {i}</h1><p>A trivial page.</p></body></html>
`);
for (let run = 0; run < runs; run++) {
  for (const d of ['dist', 'cache', '.astro']) rmSync(join(bare, d), { recursive: true, force: true });
  results.bare.push(measure(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], { ASTRO_TELEMETRY_DISABLED: '1' }, bare, `bare-${run}`));
}

const m = (xs: Measure[]) => median(xs.map((x) => x.wall));
const r = (xs: Measure[]) => (xs.every((x) => x.rssMb !== null) ? median(xs.map((x) => x.rssMb!)) : NaN);
const s1 = (x: number) => (Number.isNaN(x) ? '?' : x.toFixed(1));
/** Peak RSS as /usr/bin/time gives it (KiB): in GiB, and in GB (10^9 bytes) beside it, since targets are written in GB. */
const gb = (mb: number) => (Number.isNaN(mb) ? '?' : `${(mb / 1024).toFixed(2)} GiB (${((mb * 1024 * 1024) / 1e9).toFixed(2)} GB)`);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
console.log(`\n${args.stories ? `${args.stories} stories (FNC-1 corpus)` : `seeds: ${args.seeds}`}, ${storyIds.length} stories, ${pagesBuilt} pages; median of ${runs} run(s); wall seconds of the whole npm run build`);
console.log(row(['stories', 'pages', 'cold build', 'no-change rebuild', 'one-article rebuild', 'peak RSS (cold)', 'bare Astro', 'bare RSS', 'time ratio', 'RSS ratio']));
console.log(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
console.log(row([storyIds.length, pagesBuilt, `${s1(m(results.cold))} s`, `${s1(m(results.nochange))} s`, `${s1(m(results.one))} s`, gb(r(results.cold)),
  `${s1(m(results.bare))} s`, gb(r(results.bare)), `${(m(results.cold) / m(results.bare)).toFixed(2)}x`, (r(results.cold) / r(results.bare)).toFixed(2) + 'x']));
console.log(`\npeak RSS: no-change ${gb(r(results.nochange))}, one-article ${gb(r(results.one))}`);
console.log(`no-change rebuild byte-identical to the cold build: ${identical ? 'yes' : 'NO'}; edited: ${edited}`);
for (const [name, list] of Object.entries(results)) if (name !== 'bare') console.log(`${name}: ${list.map((x) => `${x.wall.toFixed(1)} s`).join(', ')}; ${phases(list[0].log)}`);
console.log(`bare: ${results.bare.map((x) => `${x.wall.toFixed(1)} s`).join(', ')}`);
if (args.keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
