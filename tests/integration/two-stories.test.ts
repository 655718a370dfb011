/**
 * Two stories built from shared articles keep their claims apart (issue 6, case 1): before, 15 of the first
 * story's claim ids also belonged to the second, claims.json lost them, and the first story's page linked to
 * the second story's claims.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
const dir = mkdtempSync(join(tmpdir(), 'fc-two-'));
const seeds = join(dir, 'seeds'), out = join(dir, 'dist');
let claims: { id: string; story: string }[] = [];

beforeAll(() => {
  const articles = readdirSync('seeds/facebook-banks').filter((f) => f.endsWith('.txt'));
  for (const [story, files] of [['story-a', articles], ['story-b', articles.slice(0, 2)]] as const) {
    mkdirSync(join(seeds, story), { recursive: true });
    for (const f of files) cpSync(join('seeds/facebook-banks', f), join(seeds, story, f));
  }
  const r = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8', env: { ...env, SEEDS_DIR: seeds, CONTENT_DIR: join(dir, 'content'), OUT_DIR: out }, timeout: 240_000 });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')).claims;
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two stories that share articles', () => {
  it('publish every claim of both, each under its own id', () => {
    const analysed = JSON.parse(spawnSync('npm', ['run', '-s', 'analyze', '--', seeds], { encoding: 'utf8', env: { ...env, CONTENT_DIR: join(dir, 'content') } }).stdout).stories as { id: string; claims: unknown[] }[];
    expect(claims).toHaveLength(analysed.reduce((n, s) => n + s.claims.length, 0));
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(claims.filter((c) => c.story === 'story-b').length).toBeGreaterThan(0);
  });

  it('link each story\'s page only to its own claims, each page showing its story', () => {
    const story = new Map(claims.map((c) => [c.id, c.story]));
    for (const s of ['story-a', 'story-b']) {
      const html = readFileSync(join(out, 'stories', s, 'index.html'), 'utf8');
      const linked = [...html.matchAll(/href="\/claims\/([^/"]+)\/"/g)].map((m) => m[1]);
      expect(linked.length).toBeGreaterThan(0);
      for (const id of linked) {
        expect(story.get(id)).toBe(s);
        expect(readFileSync(join(out, 'claims', id, 'index.html'), 'utf8')).toContain(`href="/stories/${s}/"`);
      }
    }
  });
});
