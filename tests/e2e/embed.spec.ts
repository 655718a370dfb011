import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { SITE } from '../../playwright.config.ts';

let host: Server;
let hostOrigin = '';
let claims: { id: string; text: string; url: string; embed: string }[] = [];
/** Each claim's copy-paste code, exactly as its page shows it. */
const codes = new Map<string, string>();

test.beforeAll(async ({ request }) => {
  claims = (await (await request.get('/claims.json')).json()).claims;
  for (const c of claims) codes.set(c.id, parse(await (await request.get(c.url)).text()).querySelector('#embed-code')!.textContent);
  // A newsroom's page on another origin (127.0.0.1 vs localhost) that pastes the codes into a column `w` px wide;
  // script=0 pastes only the iframes, as a site that strips scripts would.
  host = createServer((req, res) => {
    const q = new URL(req.url!, 'http://x').searchParams;
    const only = q.get('id');
    const pasted = [...codes].filter(([id]) => !only || id === only).map(([, code]) => (q.get('script') === '0' ? code.replace(/<script[^>]*><\/script>/, '') : code));
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><html><body style="margin:0"><div style="width:${q.get('w')}px">${pasted.map((p) => `<div class="slot">${p}</div>`).join('')}</div></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

/** For every pasted card: the frame's height, the card's full height, and whether the link to the evidence shows. */
async function measure(page: Page) {
  const out: { id: string; frame: number; card: number; linkBottom: number; overflowX: boolean }[] = [];
  for (const iframe of await page.locator('iframe').all()) {
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForLoadState('load');
    await expect(frame.locator('h1')).toBeVisible();
    const inner = await frame.evaluate(() => ({
      card: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
      linkBottom: Math.ceil(document.querySelector('.meta a')!.getBoundingClientRect().bottom),
      overflowX: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      id: location.pathname.split('/').at(-2)!,
    }));
    out.push({ ...inner, frame: (await iframe.boundingBox())!.height });
  }
  return out;
}

for (const width of [320, 375, 600]) {
  test(`without the script, the pasted code shows the whole card at ${width}px on another origin`, async ({ page }) => {
    await page.setViewportSize({ width: width + 20, height: 900 });
    await page.goto(`${hostOrigin}/?w=${width}&script=0`);
    const cards = await measure(page);
    expect(cards).toHaveLength(claims.length);
    for (const c of cards) {
      expect(c.card, `${c.id}: card ${c.card}px in a ${c.frame}px frame`).toBeLessThanOrEqual(c.frame);
      expect(c.linkBottom, c.id).toBeLessThanOrEqual(c.frame);
      expect(c.overflowX, c.id).toBe(false);
    }
  });

  test(`with the script, each frame takes its card's exact height at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width: width + 20, height: 900 });
    await page.goto(`${hostOrigin}/?w=${width}`);
    for (const c of await measure(page)) {
      await expect.poll(async () => (await page.locator(`iframe[src$="/embed/claims/${c.id}/"]`).boundingBox())!.height, { message: c.id }).toBe(c.card);
    }
  });
}

test('the sizing script ignores messages from anyone but the card\'s site', async ({ page }) => {
  const c = claims[0];
  await page.goto(`${hostOrigin}/?w=375&id=${c.id}`);
  const frame = page.locator('iframe');
  await expect.poll(async () => (await frame.boundingBox())!.height).toBeLessThan(1000);
  const before = (await frame.boundingBox())!.height;
  await page.evaluate(() => window.postMessage({ type: 'factcheck-card-height', height: 3000 }, '*'));
  await page.waitForTimeout(200);
  expect((await frame.boundingBox())!.height).toBe(before);
});

test('the card loads nothing but itself: no request to any other origin, no external script or stylesheet', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(claims[0].embed);
  await expect(page.locator('h1')).toHaveText(claims[0].text);
  expect(requests).toEqual([claims[0].embed]);
  await expect(page.locator('script[src]')).toHaveCount(0);
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Read the evidence' })).toHaveAttribute('href', `/claims/${claims[0].id}/`);
});

test('the oEmbed answer gives the same code as the claim page', async ({ request }) => {
  for (const c of claims.slice(0, 5)) {
    const o = await (await request.get(`${SITE}/embed/claims/${c.id}/oembed.json`)).json();
    expect(o.html).toBe(codes.get(c.id));
    expect(o.height).toBe(Number(/height:(\d+)px/.exec(o.html)![1]));
  }
});
