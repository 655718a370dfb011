import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

let host: Server;
let hostOrigin = '';
let claim: { id: string; text: string; embed: string };

test.beforeAll(async ({ request }) => {
  claim = (await (await request.get('/claims.json')).json()).claims[0];
  // A page on another origin (127.0.0.1 vs localhost) that embeds the card, as a newsroom's site would.
  host = createServer((req, res) => {
    const width = new URL(req.url!, 'http://x').searchParams.get('w') ?? '600';
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><html><body style="margin:0"><iframe id="card" src="http://localhost:4321${claim.embed}" title="claim" style="width:${width}px;height:420px;border:0"></iframe></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

for (const width of [320, 600]) {
  test(`the claim card renders and fits in a ${width}px iframe on another origin`, async ({ page }) => {
    await page.setViewportSize({ width: width + 40, height: 800 });
    await page.goto(`${hostOrigin}/?w=${width}`);
    const frame = page.frameLocator('#card');
    await expect(frame.locator('.claim')).toHaveText(claim.text);
    await expect(frame.locator('.badge')).toContainText(/Reported|Disputed|Denied/);
    await expect(frame.getByRole('link', { name: 'Read the evidence' })).toHaveAttribute('href', `/claims/${claim.id}/`);
    const f = page.frame({ url: /\/embed\/claims\// })!;
    const { scrollWidth, clientWidth } = await f.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}

test('the claim card loads nothing but itself: no request to any other origin, no script', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(claim.embed);
  await expect(page.locator('.claim')).toBeVisible();
  expect(requests).toEqual([`http://localhost:4321${claim.embed}`]);
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
});
