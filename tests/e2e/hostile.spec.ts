import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HOSTILE_SITE } from '../../playwright.config.ts';

test.use({ baseURL: HOSTILE_SITE });

test('markup in seeds is shown as text and never runs, on every page', async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const claims: { url: string; embed: string; evidence: { href: string }[] }[] = (await (await request.get('/claims.json')).json()).claims;
  expect(claims.length).toBeGreaterThan(0);
  const pages = new Set(['/', '/stories/hostile-markup/', '/changes/', ...claims.flatMap((c) => [c.url, c.embed, ...c.evidence.map((e) => e.href.split('#')[0])])]);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await expect(page.locator('[onerror], [onclick], img, b, em, div[onclick]')).toHaveCount(0);
    // Only the project's own scripts: JSON-LD, the copy button and the card's height message, never one from a seed.
    await expect(page.locator('script[src]')).toHaveCount(0);
    for (const s of await page.locator('script').all()) {
      const type = await s.getAttribute('type');
      const text = (await s.textContent()) ?? '';
      expect(type === 'application/ld+json' || /navigator\.clipboard|factcheck-card-height/.test(text)).toBe(true);
      // Seed text may sit inside JSON-LD as data, but can never close the element or open another.
      expect(text).not.toMatch(/<\/?script|<!--/i);
      if (type !== 'application/ld+json') expect(text).not.toContain('alert(');
    }
  }
  expect(dialogs).toEqual([]);
});

test('a seed\'s tags appear literally in the archived text', async ({ page, request }) => {
  const claims: { evidence: { href: string; sentence: string }[] }[] = (await (await request.get('/claims.json')).json()).claims;
  const e = claims.flatMap((c) => c.evidence).find((x) => x.sentence.includes('<'))!;
  expect(e).toBeDefined();
  await page.goto(e.href);
  await expect(page.locator(`[id="${e.href.split('#')[1]}"]`)).toContainText(e.sentence.slice(0, 60));
  await expect(page.locator('main').getByText('<script>alert("headline")</script>', { exact: false }).filter({ visible: true }).first()).toBeVisible();
});

test('the original article link is the seed\'s http(s) URL, escaped, and opens safely', async ({ page, request }) => {
  const sources = new Set(((await (await request.get('/claims.json')).json()).claims as { evidence: { href: string }[] }[]).flatMap((c) => c.evidence.map((e) => e.href.split('#')[0])));
  let found = false;
  for (const path of sources) {
    await page.goto(path);
    const link = page.getByRole('link', { name: 'Original article' });
    if ((await link.count()) === 0) continue;
    found = true;
    await expect(link).toHaveAttribute('href', 'https://ledger.example.com/acme?x="><script>alert(3)</script>');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  expect(found).toBe(true);
});

test('seed markup stays text in the feed, the datasets and the share image', async ({ request }) => {
  const feed = await (await request.get('/changes.xml')).text();
  expect(XMLValidator.validate(feed)).toBe(true);
  expect(feed).not.toMatch(/<script|<img|<b>/i);
  const titles = [new XMLParser().parse(feed).rss.channel.item].flat().map((i: { title: string }) => i.title).join('\n');
  expect(titles).toContain('Acme Steel');
  const claims: { url: string; key: boolean; story: string }[] = (await (await request.get('/claims.json')).json()).claims;
  const c = claims.find((x) => x.key);
  const png = await request.get(c ? `${c.url}share.png` : `/stories/${claims[0].story}/share.png`);
  expect(png.ok()).toBe(true);
  expect(png.headers()['content-type']).toBe('image/png');
});
