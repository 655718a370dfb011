/**
 * npm run -s bench:pages -- [dist]: page weight per page type of a built site: how many pages, the median and
 * largest HTML (raw and gzip), and what a page loads from the site on first view (scripts, stylesheets, images
 * it names in src/href; the search index Pagefind fetches while typing is not counted). Share images too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isSearchFolder } from '../src/site/search-shards.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`error: ${dist} holds no built site. Run npm run build first, or name the folder: npm run -s bench:pages -- dist-e2e`);
  process.exit(1);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
const all = files(dist).map((f) => relative(dist, f).split('\\').join('/'));

function kind(file: string): string | null {
  if (isSearchFolder(file.split('/')[0])) return null;
  if (file.endsWith('share.png')) return 'share image (png)';
  if (!file.endsWith('.html')) return null;
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  return file.split('/')[0].replace(/^claims$/, 'claim').replace(/^stories$/, 'story').replace(/^sources$/, 'source').replace(/^embed$/, 'embed card');
}

/** Same-site files a page loads on first view. */
function loads(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<(?:script|img|iframe)[^>]*\ssrc="([^"]+)"|<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const path = (m[1] ?? m[2]).replace(/^https?:\/\/[^/]+/, '').replace(/^\//, '');
    const f = join(dist, path);
    if (existsSync(f) && statSync(f).isFile()) bytes += statSync(f).size;
  }
  return bytes;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const groups = new Map<string, { raw: number[]; gz: number[]; sub: number[] }>();
for (const f of all) {
  const k = kind(f);
  if (!k) continue;
  const bytes = readFileSync(join(dist, f));
  const g = groups.get(k) ?? { raw: [], gz: [], sub: [] };
  g.raw.push(bytes.length);
  g.gz.push(f.endsWith('.html') ? gzipSync(bytes).length : bytes.length);
  g.sub.push(f.endsWith('.html') ? loads(bytes.toString('utf8')) : 0);
  groups.set(k, g);
}
console.log('type'.padEnd(20), 'pages'.padStart(5), 'median'.padStart(10), 'largest'.padStart(10), 'median gz'.padStart(10), 'loads'.padStart(10));
for (const [k, g] of [...groups].sort()) {
  console.log(k.padEnd(20), String(g.raw.length).padStart(5), kb(median(g.raw)).padStart(10), kb(Math.max(...g.raw)).padStart(10), kb(median(g.gz)).padStart(10), kb(median(g.sub)).padStart(10));
}
