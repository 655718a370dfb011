/**
 * A site whose search index is split by story (issue 9): the search page merges the parts, so a search finds
 * pages of stories in different parts, an empty part (the first, here) does not break it, and a part without
 * the word searched for adds nothing (Pagefind alone answers "Acme" from the other story's part with pages
 * that have "a"). Builds its own
 * two-story site (the seed story and the hostile one) with SEARCH_SHARDS=5 (which puts the two in parts 1 and 2, part 0 empty) and serves it from this test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const dir = mkdtempSync(join(tmpdir(), 'fc-parts-'));
const out = join(dir, 'dist');
let server: Server;
let base = '';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  cpSync('seeds/facebook-banks', join(seeds, 'facebook-banks'), { recursive: true });
  cpSync('tests/fixtures/hostile/hostile-markup', join(seeds, 'hostile-markup'), { recursive: true });
  const env = { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: join(dir, 'content'), OUT_DIR: out, CACHE_DIR: join(dir, 'cache'), SEARCH_SHARDS: '5', SITE_URL: '' };
  const r = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8', env, timeout: 230_000 });
  expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(out, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

test('search merges the parts of a split index: each story is found from its own part', async ({ page }) => {
  const parts = JSON.parse(readFileSync(join(out, 'pagefind', 'parts.json'), 'utf8')) as string[];
  // The two stories went to two different parts, neither the first.
  expect(parts).toHaveLength(2);
  expect(parts).not.toContain('pagefind');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  for (const [word, story] of [['Fargo', 'facebook-banks'], ['Acme', 'hostile-markup']] as const) {
    await page.goto(`${base}/search/?q=${word}`);
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // Every result is a page of the story the word belongs to: the story's page, or a page linking to it.
    for (const href of hrefs) {
      const path = href.split('#')[0];
      expect(path).toMatch(/^\/(claims|sources|stories)\//);
      if (path !== `/stories/${story}/`) expect(readFileSync(join(out, path, 'index.html'), 'utf8'), path).toContain(`href="/stories/${story}/"`);
    }
    // The part filter the build uses is not offered to readers.
    await expect(page.locator('.pagefind-ui__filter-name', { hasText: /part/i })).toHaveCount(0);
  }
  for (const p of parts) expect(requests.some((u) => u.startsWith(`/${p}/`) && /\.pf_(index|fragment)$/.test(u))).toBe(true);
});
