/**
 * A site built as a newsroom publishes it, under a base path (SITE_URL=https://news.example.org/fc/), from
 * the harbor fixture plus a sources.yaml: every published URL absolute and under SITE_URL, no broken link, the
 * feed and sitemap well-formed, ClaimReview complete, an unchanged rebuild byte-identical, and the corrections
 * log recording a status change made by editing a seed, with its date, on /changes/, in the feed and on the
 * claim page.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, listFiles } from '../lib/link-check.ts';
import { claimReviewProblems } from '../lib/claim-review-spec.ts';

// Vitest sets DEV, PROD, MODE, SSR and BASE_URL in the environment; a child build must not inherit them (Vite reads them).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|SITE_URL$|BUILD_DATE$)/.test(k)));
const npm = (args: string[], extra: Record<string, string>) => spawnSync('npm', ['run', '-s', ...args], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 240_000 });
const SITE = 'https://news.example.org/fc/';

interface Claim { id: string; text: string; status: string }
const dir = mkdtempSync(join(tmpdir(), 'fc-pub-'));
const seeds = join(dir, 'seeds'), story = join(seeds, 'harbor-contract'), content = join(dir, 'content');
const out = (n: number) => join(dir, `dist${n}`);
const read = (n: number, path: string) => readFileSync(join(out(n), path), 'utf8');
const build = (n: number, date: string) => {
  const r = npm(['build'], { SEEDS_DIR: seeds, CONTENT_DIR: content, OUT_DIR: out(n), SITE_URL: SITE, BUILD_DATE: date });
  expect(r.status, r.stdout + r.stderr).toBe(0);
};
const analyze = (): Claim[] => JSON.parse(npm(['analyze', '--', seeds], { CONTENT_DIR: content }).stdout).stories[0].claims;
const treeHash = (d: string) => Object.fromEntries(listFiles(d).map((f) => [f, createHash('sha256').update(readFileSync(join(d, f))).digest('hex')]));
const visibleText = (html: string) => parse(html).querySelector('body')!.textContent;

let before: Claim[], after: Claim[];

beforeAll(() => {
  cpSync('tests/fixtures/stories/harbor-contract', story, { recursive: true });
  mkdirSync(content);
  // The .txt seed has no front matter: sources.yaml gives its outlet, address and date.
  writeFileSync(join(story, 'sources.yaml'), '02-courier.txt:\n  outlet: The Courier\n  url: https://courier.example.com/harbor\n  published: March 3, 2025\n');
  before = analyze();
  build(1, '2025-03-04');
  build(2, '2025-03-09');
  // The edit: Bayline Marine's denial is taken out of the Courier's article.
  const courier = join(story, '02-courier.txt');
  writeFileSync(courier, readFileSync(courier, 'utf8').split('\n').filter((l) => !l.includes('never received')).join('\n'));
  after = analyze();
  build(3, '2025-03-10');
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a site published under a base path', () => {
  it('has no broken link, and every URL it publishes is absolute and under SITE_URL', () => {
    const r = checkLinks(out(1), SITE);
    expect(r.broken).toEqual([]);
    expect(r.checked).toBeGreaterThan(200);
    expect(r.published.length).toBeGreaterThan(50);
    expect(r.published.filter((u) => !u.startsWith(SITE))).toEqual([]);
  });

  it('publishes a well-formed feed, sitemap and robots.txt under the base path', () => {
    for (const f of ['changes.xml', 'sitemap-index.xml', 'sitemap-0.xml']) expect(XMLValidator.validate(read(1, f)), f).toBe(true);
    const locs: string[] = [new XMLParser().parse(read(1, 'sitemap-0.xml')).urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(locs).toContain(`${SITE}claims/${before[0].id}/`);
    expect(locs.some((l) => l.includes('/embed/'))).toBe(false);
    expect(read(1, 'robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  it('gives the .txt seed the outlet, address and date from sources.yaml, and never shows a file name', () => {
    const page = visibleText(read(1, 'sources/harbor-contract--02-courier/index.html'));
    expect(page).toContain('The Courier');
    expect(page).toContain('March 3, 2025');
    for (const f of listFiles(out(1)).filter((x) => x.endsWith('.html'))) expect(visibleText(read(1, f)), f).not.toMatch(/\b0[123]-(herald|courier|gazette)\b/);
  });

  it('passes the ClaimReview property test on every claim page', () => {
    const data = JSON.parse(read(1, 'claims.json')).claims as { id: string; url: string; firstAppeared: string | null }[];
    for (const c of data) {
      const html = parse(read(1, `claims/${c.id}/index.html`));
      const block = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.textContent);
      const problems = claimReviewProblems(block, { pageUrl: c.url, published: true, firstDated: c.firstAppeared !== null, firstAuthored: true, appears: true });
      expect(problems, c.id).toEqual([]);
      expect(block.datePublished).toBe('2025-03-04');
    }
  });

  it('rebuilds byte-identically when nothing changed, whatever the date', () => {
    expect(treeHash(out(2))).toEqual(treeHash(out(1)));
  });
});

describe('the corrections log', () => {
  const changed = () => before.filter((b) => after.some((a) => a.id === b.id && a.status !== b.status));
  const retired = () => before.filter((b) => !after.some((a) => a.id === b.id));

  it('records the status change and the retired claim, dated, in the story\'s history file', () => {
    expect(changed().length, 'the edit changes at least one status').toBeGreaterThan(0);
    const log = JSON.parse(readFileSync(join(story, 'claim-history.json'), 'utf8')).entries;
    expect(log.map((e: { date: string }) => e.date)).toEqual(['2025-03-04', '2025-03-10']);
    expect(log[0].changes.every((c: { change: string }) => c.change === 'new')).toBe(true);
    const second = log[1].changes as { claim: string; change: string; from?: string; to?: string }[];
    for (const c of changed()) expect(second).toContainEqual(expect.objectContaining({ claim: c.id, change: 'status', from: c.status, to: after.find((a) => a.id === c.id)!.status }));
    for (const c of retired()) expect(second).toContainEqual(expect.objectContaining({ claim: c.id, change: 'retired', from: c.status }));
  });

  it('shows the change with its date on /changes/', () => {
    const page = parse(read(3, 'changes/index.html'));
    const day = page.querySelector('h2#d-2025-03-10')!.parentNode!;
    for (const c of changed()) {
      const line = day.querySelectorAll('li').find((li) => li.textContent.includes(c.text.slice(0, 40)))!;
      expect(line.textContent).toMatch(new RegExp(`changed from ${c.status}`, 'i'));
      expect(line.querySelector('a')!.getAttribute('href')).toBe(`/fc/claims/${c.id}/`);
    }
    for (const c of retired()) expect(day.textContent).toContain(c.text.slice(0, 40));
  });

  it('puts the change in the feed, dated, linking to the claim\'s history', () => {
    const items = [new XMLParser().parse(read(3, 'changes.xml')).rss.channel.item].flat() as { title: string; link: string; pubDate: string }[];
    for (const c of changed()) {
      const item = items.find((i) => i.link.startsWith(`${SITE}claims/${c.id}/#change-1`))!;
      expect(item.title).toMatch(new RegExp(`was ${c.status}`));
      expect(item.pubDate).toBe('Mon, 10 Mar 2025 00:00:00 GMT');
    }
    expect(checkLinks(out(3), SITE).broken).toEqual([]);
  });

  it('shows the claim\'s own history on its page, and dates the change in ClaimReview', () => {
    for (const c of changed()) {
      const html = parse(read(3, `claims/${c.id}/index.html`));
      const lines = html.querySelectorAll('#history li').map((li) => li.textContent);
      expect(lines[0]).toMatch(new RegExp(`^March 4, 2025: first published as ${c.status}`, 'i'));
      expect(lines[1]).toMatch(new RegExp(`^March 10, 2025: changed from ${c.status} to ${after.find((a) => a.id === c.id)!.status}`, 'i'));
      const block = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.textContent);
      expect(block).toMatchObject({ datePublished: '2025-03-04', dateModified: '2025-03-10' });
    }
  });
});
