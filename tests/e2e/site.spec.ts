import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SITE } from '../../playwright.config.ts';
import { claimReviewProblems } from '../lib/claim-review-spec.ts';

interface ClaimJson {
  id: string; story: string; text: string; status: string; reason: string; url: string; embed: string; firstAppeared: string | null; key: boolean; posed?: true;
  evidence: { source: string; sentence: string; stance: string; speaker: string; href: string }[];
}
let claims: ClaimJson[] = [];
/** A site path ("/sources/x/#s-1") from a published absolute URL. */
const local = (url: string) => { const u = new URL(url); return u.pathname + u.hash; };

test.beforeAll(async ({ request }) => {
  const res = await request.get('/claims.json');
  expect(res.ok()).toBe(true);
  claims = (await res.json()).claims;
  expect(claims.length).toBeGreaterThan(0);
});

async function expectLandmarks(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
}

test('the home page lists each story with claim counts per status', async ({ page }) => {
  await page.goto('/');
  await expectLandmarks(page);
  await expect(page.getByRole('link', { name: /Facebook/ }).first()).toBeVisible();
  for (const s of ['denied', 'disputed', 'reported']) {
    const n = claims.filter((c) => c.story === 'facebook-banks' && c.status === s).length;
    await expect(page.locator(`[data-count="${s}"]`).first()).toHaveText(String(n));
  }
});

test('the story page leads with at most ten key claims, the denied main claim among them, and folds the rest', async ({ page }) => {
  await page.goto('/stories/facebook-banks/');
  await expectLandmarks(page);
  const story = claims.filter((c) => c.story === 'facebook-banks');
  for (const s of ['denied', 'disputed', 'reported']) {
    await expect(page.locator(`[data-count="${s}"]`).first()).toHaveText(String(story.filter((c) => c.status === s).length));
  }
  const key = page.locator('section#key-claims li');
  const n = await key.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(10);
  await expect(key.first()).toHaveAttribute('data-status', 'denied');
  const other = page.locator('section#other-claims li');
  await expect(other).toHaveCount(story.length - n);
  await expect(other.first()).toBeHidden();
  await page.locator('section#other-claims summary').click();
  await expect(other.first()).toBeVisible();
});

test('the coverage grid shows each source\'s stance on each claim in words, linking to the sentence', async ({ page }) => {
  await page.goto('/stories/facebook-banks/');
  const grid = page.getByRole('region', { name: /scrolls sideways/ }).getByRole('table');
  const story = claims.filter((c) => c.story === 'facebook-banks');
  await expect(grid.locator('tbody tr')).toHaveCount(await page.locator('section#key-claims li').count());
  const main = story.find((c) => c.status === 'denied')!;
  const row = grid.locator('tbody tr', { has: page.locator(`a[href="/claims/${main.id}/"]`) });
  const contradicting = new Set(main.evidence.filter((e) => e.stance === 'disagree').map((e) => e.source));
  const cells = row.locator('td[data-stance="disagree"]');
  await expect(cells).toHaveCount(contradicting.size);
  for (const cell of await cells.all()) {
    await expect(cell).toHaveText(/✗\s*contradicts/);
    const href = (await cell.getByRole('link').getAttribute('href'))!;
    expect(contradicting.has(href.split('/')[2])).toBe(true);
  }
  // Words, not colour alone: every cell says what it means, even "not mentioned".
  for (const td of await grid.locator('td').all()) await expect(td).toHaveText(/supports|contradicts|reports|not mentioned/);
});

test('every status badge carries its word, not colour alone', async ({ page }) => {
  await page.goto('/stories/facebook-banks/');
  const badges = page.locator('.badge');
  expect(await badges.count()).toBeGreaterThan(3);
  for (const b of await badges.all()) await expect(b).toContainText(new RegExp((await b.getAttribute('data-status'))!, 'i'));
});

test('the main claim page: Denied, the denial as contradicting evidence in reader words, dates, history, ClaimReview', async ({ page }) => {
  const main = claims.find((c) => /Facebook (?:has )?ask(?:ed|s) .*banks to share/.test(c.text))!;
  await page.goto(main.url);
  await expectLandmarks(page);
  await expect(page.locator('h1')).toHaveText(main.text);
  await expect(page.locator('.verdict .badge').first()).toContainText('Denied');
  const denial = page.locator('ol.evidence > li', { hasText: 'this is not true' });
  await expect(denial).toHaveAttribute('data-stance', 'disagree');
  await expect(denial.locator('.speaker')).toHaveText('Facebook');
  await expect(denial).toContainText('Contradicts');
  await expect(page.locator('main')).not.toContainText('stance:');
  await expect(page.locator('.dates')).toContainText(/First appeared in the coverage August 8, 2018/);
  await expect(page.locator('.dates')).toContainText(/Published here \w+ \d+, \d{4}/);
  await expect(page.locator('#history li').first()).toContainText(/first published as Denied/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ '@type': 'ClaimReview', claimReviewed: main.text, reviewRating: { alternateName: 'Denied' } });
  await expect(page.locator('#embed-code')).toHaveValue(new RegExp(`<iframe src="${SITE}/embed/claims/${main.id}/"`));
});

test('the claim the editors pose: marked on the story page, its page and card, "posed": true in claims.json', async ({ page, request }) => {
  const posed = claims.filter((c) => c.posed);
  expect(posed.length).toBeGreaterThan(0);
  const c = posed[0];
  await page.goto('/stories/facebook-banks/');
  await expect(page.locator('section#key-claims li', { hasText: c.text })).toContainText('posed by the editors');
  await page.goto(c.url);
  await expect(page.locator('h1')).toHaveText(c.text);
  await expect(page.locator('#h-note')).toHaveText("Editors' note");
  await expect(page.locator('ol.evidence > li').first()).toBeVisible();
  const card = await request.get(c.embed);
  expect(card.ok()).toBe(true);
  expect(await card.text()).toContain(c.text.replace(/'/g, '&#39;'));
});

test('every claim id the site ever published still resolves: live, sent on to the claim that holds it, or retired', async ({ page, request }) => {
  // The seed story's corrections log lists every id it published (the build under test appended to it).
  const log = JSON.parse(readFileSync('seeds/facebook-banks/claim-history.json', 'utf8')) as { entries: { changes: { claim: string; change: string }[] }[] };
  const published = [...new Set(log.entries.flatMap((e) => e.changes.filter((c) => c.change === 'new').map((c) => c.claim)))];
  const live = new Set(claims.map((c) => c.id));
  const old = published.filter((id) => !live.has(id));
  expect(old.length).toBeGreaterThan(0);
  const moved = new Map<string, string>();
  for (const id of published) {
    const res = await request.get(`/claims/${id}/`);
    expect(res.status(), id).toBe(200);
    expect((await request.get(`/embed/claims/${id}/`)).status(), id).toBe(200);
    if (live.has(id)) continue;
    const html = await res.text();
    expect(html, id).toContain('<meta name="robots" content="noindex">');
    const to = /<meta http-equiv="refresh" content="0; url=\/claims\/([^/]+)\/">/.exec(html)?.[1];
    if (to) moved.set(id, to);
    else expect(html, id).toContain('This fact check was retired');
  }
  // The seed story's main claim is posed by the editors now: the discovered one it absorbed was sent on.
  const posed = new Set(claims.filter((c) => c.posed).map((c) => c.id));
  expect([...moved.values()].some((to) => posed.has(to))).toBe(true);
  for (const [id, to] of moved) expect(live.has(to), `${id} -> ${to}`).toBe(true);
  // A browser that follows the refresh lands on the claim; the sitemap lists only live claims.
  const [from, to] = [...moved].find(([, t]) => posed.has(t))!;
  await page.goto(`/claims/${from}/`);
  await expect(page).toHaveURL(`${SITE}/claims/${to}/`);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const id of old) expect(sitemap).not.toContain(`/claims/${id}/`);
});

test('every claim page\'s ClaimReview passes the property test', async ({ page }) => {
  for (const c of claims) {
    await page.goto(c.url);
    const block = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    // The seed story's .txt articles name no outlet, so the claim's author is known only where a source has one.
    const firstAuthored = block.itemReviewed.author !== undefined;
    expect(claimReviewProblems(block, { pageUrl: c.url, published: true, firstDated: c.firstAppeared !== null, firstAuthored, appears: true }), c.id).toEqual([]);
  }
});

test('every evidence link lands on an existing sentence anchor', async ({ page }) => {
  const bySource = new Map<string, Set<string>>();
  for (const c of claims) {
    for (const e of c.evidence) {
      expect(local(e.href)).toMatch(/^\/sources\/[^/]+\/#s-[a-z0-9-]+$/);
      const [path, id] = local(e.href).split('#');
      bySource.set(path, (bySource.get(path) ?? new Set()).add(id));
    }
  }
  for (const [path, ids] of bySource) {
    await page.goto(path);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  const e = claims[0].evidence[0];
  await page.goto(claims[0].url);
  await page.locator(`a[href="${local(e.href)}"]`).first().click();
  await expect(page).toHaveURL(e.href);
  await expect(page.locator(':target')).toContainText(e.sentence.slice(0, 40));
});

test('a source page anchors every sentence, numbers its markers per claim and names them by their visible text', async ({ page }) => {
  const e = claims[0].evidence[0];
  await page.goto(local(e.href).split('#')[0]);
  await expectLandmarks(page);
  expect(await page.locator('article span[id^="s-"]').count()).toBeGreaterThan(5);
  const claimed = page.locator(`[id="${local(e.href).split('#')[1]}"]`);
  await expect(claimed.locator('mark')).toBeVisible();
  await expect(claimed.locator(`a[href="/claims/${claims[0].id}/"]`)).toHaveCount(1);
  // One number per claim: every marker of a claim shows the same number, listed under "Claims in this article".
  const numbers = new Map<string, Set<string>>();
  for (const m of await page.locator('a.marker').all()) {
    const href = await m.getAttribute('href');
    const text = (await m.innerText()).trim().match(/^\[\d+\]/)![0];
    numbers.set(href!, (numbers.get(href!) ?? new Set()).add(text));
    const name = (await m.evaluate((el) => el.textContent ?? '')).trim();
    expect(name.startsWith(text)).toBe(true);
  }
  for (const [href, seen] of numbers) {
    expect(seen.size, href).toBe(1);
    await expect(page.locator('.footnotes li', { has: page.locator(`a[href="${href}"]`) })).toContainText([...seen][0]);
  }
  await expect(page.locator('main')).not.toContainText(/\.txt|\d{3}_[0-9a-f]{16}/);
});

test('pages never show file names, stance jargon or build hints', async ({ page }) => {
  for (const path of ['/', '/stories/facebook-banks/', new URL(claims[0].url).pathname, local(claims[0].evidence[0].href).split('#')[0], '/changes/']) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt\b|stance: |SITE_URL|1 pieces|1 sources\b/);
  }
});

test('every page carries canonical, OpenGraph and Twitter meta, a favicon and the feed', async ({ page, request }) => {
  const c = claims.find((x) => x.key)!;
  await page.goto(c.url);
  const meta = (sel: string) => page.locator(sel).getAttribute('content');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', c.url);
  expect(await meta('meta[property="og:url"]')).toBe(c.url);
  expect(await meta('meta[property="og:image"]')).toBe(`${c.url}share.png`);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const png = await request.get(`${c.url}share.png`);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await request.get(icon!)).ok()).toBe(true);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${SITE}/changes.xml`);
  const oembed = await (await request.get((await page.locator('link[type="application/json+oembed"]').getAttribute('href'))!)).json();
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 600, title: c.text });
  expect(oembed.html).toContain(`src="${SITE}/embed/claims/${c.id}/"`);
  // A minor claim shares its story's image rather than drawing its own.
  const minor = claims.find((x) => !x.key)!;
  await page.goto(minor.url);
  expect(await meta('meta[property="og:image"]')).toMatch(new RegExp(`/stories/${minor.story}/share\\.png$`));
});

test('the feed, sitemap and robots.txt parse and point at the site', async ({ request }) => {
  const feed = await (await request.get('/changes.xml')).text();
  expect(XMLValidator.validate(feed)).toBe(true);
  const items = [new XMLParser().parse(feed).rss.channel.item].flat() as { link: string; pubDate: string }[];
  expect(items.length).toBeGreaterThan(0);
  for (const i of items) expect(i.link.startsWith(`${SITE}/`)).toBe(true);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  expect(sitemap).toContain(`<loc>${claims[0].url}</loc>`);
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
});

test('an unknown address gets the site\'s own 404 page', async ({ page }) => {
  const res = await page.goto('/claims/no-such-claim-000000/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'changes page' })).toBeVisible();
});

test('claims.json and the datasets follow their contract, with absolute URLs', async ({ request }) => {
  for (const c of claims) {
    expect(c.url).toBe(`${SITE}/claims/${c.id}/`);
    expect(c.embed).toBe(`${SITE}/embed/claims/${c.id}/`);
    expect(['reported', 'disputed', 'denied']).toContain(c.status);
    for (const e of c.evidence) expect(['agree', 'disagree', 'discuss']).toContain(e.stance);
  }
  const story = (await (await request.get('/stories/facebook-banks/claims.json')).json()).claims as ClaimJson[];
  expect(story.map((c) => c.id).sort()).toEqual(claims.filter((c) => c.story === 'facebook-banks').map((c) => c.id).sort());
  const csv = await (await request.get('/stories/facebook-banks/claims.csv')).text();
  expect(csv.split('\r\n')[0]).toMatch(/^id,story,story_title,text,status,/);
});
