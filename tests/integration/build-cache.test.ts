/**
 * Builds that scale (issue 9): each story is analysed once per build and kept across builds; the same inputs
 * give the same site byte for byte whether the caches are warm or deleted, on one thread or several, and
 * whether the first build's locks and logs exist yet; an edited article changes its story's pages, only its
 * story is analysed again, and the output folder kept in place ends as a fresh build would leave it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
const dir = mkdtempSync(join(tmpdir(), 'fc-cache-'));
const seeds = join(dir, 'seeds'), content = join(dir, 'content');
const STORIES = ['ayr-station-dog', 'harbor-contract', 'managua-crater'];
const EDITED = 'harbor-contract';
const EDITED_FILE = '03-gazette.md';
const ADDED = 'Harbor pilots said on Friday that 14 cargo ships were waiting outside the port.';

function build(out: string, cache: string, threads: number): string {
  const r = spawnSync('npm', ['run', '-s', 'build'], {
    encoding: 'utf8', timeout: 240_000,
    env: { ...env, SEEDS_DIR: seeds, CONTENT_DIR: content, OUT_DIR: join(dir, out), CACHE_DIR: join(dir, cache), ANALYSIS_THREADS: String(threads), BUILD_DATE: '2026-03-02', CI: '1' },
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return r.stdout;
}

/** Every file of a built site, by path, as a hash of its bytes (a difference names the file). */
function tree(out: string): Record<string, string> {
  const root = join(dir, out);
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[p.slice(root.length)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(root);
  return files;
}

const seedState = () => STORIES.map((s) => ['claim-ids.lock.json', 'claim-history.json'].map((f) => readFileSync(join(seeds, s, f), 'utf8')));

let first: Record<string, string>;
beforeAll(() => {
  mkdirSync(content);
  for (const s of STORIES) {
    mkdirSync(join(seeds, s), { recursive: true });
    for (const f of readdirSync(join('tests/fixtures/stories', s)).filter((n) => /\.(md|txt)$/.test(n))) cpSync(join('tests/fixtures/stories', s, f), join(seeds, s, f));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a site built again', () => {
  it('is analysed once per story on the first build, on two threads, which records each story\'s lock and log', () => {
    const log = build('site', 'cache', 2);
    expect(log).toContain(`analysed ${STORIES.length} stories of ${STORIES.length}`);
    // The content loaders take the guard's analysis: a second analysis would print its own line per story.
    expect(log).not.toMatch(/analysed [a-z-]+: \d+ sources/);
    for (const s of STORIES) {
      expect(existsSync(join(seeds, s, 'claim-ids.lock.json'))).toBe(true);
      expect(existsSync(join(seeds, s, 'claim-history.json'))).toBe(true);
    }
    first = tree('site');
    expect(Object.keys(first)).toContain('/claims.json');
  });

  it('with nothing changed, analyses nothing and leaves the same site and the same locks and logs, byte for byte', () => {
    const before = seedState();
    const log = build('site', 'cache', 2);
    expect(log).toContain(`all ${STORIES.length} stories from the analysis cache`);
    expect(tree('site')).toEqual(first);
    expect(seedState()).toEqual(before);
  });

  it('from deleted caches, on one thread, reading the locks the first build wrote, makes the same site', () => {
    const log = build('scratch', 'cache-scratch', 1);
    expect(log).toContain(`analysed ${STORIES.length} stories of ${STORIES.length}`);
    expect(tree('scratch')).toEqual(first);
  });

  it('after an edit to one article, analyses that story alone and shows the new evidence on its claim\'s page', () => {
    // A new paragraph after the article's first one.
    const file = join(seeds, EDITED, EDITED_FILE);
    const [front, body] = readFileSync(file, 'utf8').split(/\n---\n/);
    const paragraphs = body.trim().split(/\n\n/);
    writeFileSync(file, `${front}\n---\n\n${[paragraphs[0], ADDED, ...paragraphs.slice(1)].join('\n\n')}\n`);
    const log = build('site', 'cache', 2);
    expect(log).toMatch(new RegExp(`analysed ${EDITED}: \\d+ sources`));
    for (const s of STORIES.filter((x) => x !== EDITED)) expect(log).not.toContain(`analysed ${s}:`);

    const claims = JSON.parse(readFileSync(join(dir, 'site/claims.json'), 'utf8')).claims as { id: string; story: string; evidence: { sentence: string }[] }[];
    const changed = claims.find((c) => c.evidence.some((e) => e.sentence === ADDED));
    expect(changed, 'a claim carries the added sentence').toBeDefined();
    expect(changed!.story).toBe(EDITED);
    const page = readFileSync(join(dir, 'site/claims', changed!.id, 'index.html'), 'utf8');
    expect(page).toContain(ADDED);
    expect(page).toContain(`href="/stories/${EDITED}/"`);
    expect(readFileSync(join(dir, 'site/stories', EDITED, 'index.html'), 'utf8')).toContain(`href="/claims/${changed!.id}/"`);
    expect(readFileSync(join(dir, 'site/embed/claims', changed!.id, 'index.html'), 'utf8')).toContain('<h1>');

    // The other stories' own pages did not change.
    const now = tree('site');
    for (const s of STORIES.filter((x) => x !== EDITED)) {
      const own = Object.keys(first).filter((p) => p.startsWith(`/stories/${s}/`) || p.startsWith(`/sources/${s}--`));
      expect(own.length).toBeGreaterThan(0);
      for (const p of own) expect(now[p], p).toBe(first[p]);
    }
  });

  it('and the output folder it kept in place is exactly what a fresh build of the same seeds makes', () => {
    const kept = tree('site');
    build('fresh', 'cache-fresh', 2);
    expect(kept).toEqual(tree('fresh'));
  });

  it('does not trust an output folder edited since the last build: it is built again, the same as a fresh build', () => {
    const page = join(dir, 'site', Object.keys(first).find((p) => p.startsWith('/claims/') && p.endsWith('/index.html'))!);
    writeFileSync(page, `${readFileSync(page, 'utf8')}<!-- edited by hand -->`);
    build('site', 'cache', 2);
    expect(tree('site')).toEqual(tree('fresh'));
  });
});
