import { expect, test, type Page } from '@playwright/test';

interface ClaimJson {
  id: string; story: string; text: string; status: string; reason: string; url: string; embed: string;
  evidence: { source: string; sentence: string; stance: string; speaker: string; href: string }[];
}
let claims: ClaimJson[] = [];

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
  const story = page.getByRole('link', { name: /Facebook/ }).first();
  await expect(story).toBeVisible();
  for (const s of ['denied', 'disputed', 'reported']) {
    const n = claims.filter((c) => c.story === 'facebook-banks' && c.status === s).length;
    await expect(page.locator(`[data-count="${s}"]`).first()).toHaveText(String(n));
  }
});

test('the story page groups claims by status, with counts that match', async ({ page }) => {
  await page.goto('/stories/facebook-banks/');
  await expectLandmarks(page);
  for (const s of ['denied', 'disputed', 'reported']) {
    const n = claims.filter((c) => c.story === 'facebook-banks' && c.status === s).length;
    await expect(page.locator(`section#${s} h2`)).toContainText(`(${n})`);
    await expect(page.locator(`section#${s} li`)).toHaveCount(n);
  }
});

test('every status badge carries its word, not colour alone', async ({ page }) => {
  await page.goto('/stories/facebook-banks/');
  const badges = page.locator('.badge');
  const count = await badges.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const status = await badges.nth(i).getAttribute('data-status');
    await expect(badges.nth(i)).toContainText(new RegExp(status!, 'i'));
  }
});

test('the main claim page shows Denied, Facebook\'s denial as contradicting evidence, and ClaimReview JSON-LD', async ({ page }) => {
  const main = claims.find((c) => /Facebook (?:has )?ask(?:ed|s) .*banks to share/.test(c.text))!;
  await page.goto(main.url);
  await expectLandmarks(page);
  await expect(page.locator('h1')).toHaveText(main.text);
  await expect(page.locator('.verdict .badge').first()).toContainText('Denied');
  const denial = page.locator('ol.evidence > li', { hasText: 'this is not true' });
  await expect(denial).toHaveAttribute('data-stance', 'disagree');
  await expect(denial.locator('.speaker')).toHaveText('Facebook');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ '@type': 'ClaimReview', claimReviewed: main.text, reviewRating: { alternateName: 'Denied' } });
  await expect(page.locator('#embed-code')).toHaveValue(new RegExp(`<iframe src="[^"]*/embed/claims/${main.id}/"`));
});

test('every evidence link lands on an existing sentence anchor', async ({ page }) => {
  const bySource = new Map<string, Set<string>>();
  for (const c of claims) {
    for (const e of c.evidence) {
      expect(e.href).toMatch(/^\/sources\/[^/]+\/#s-[a-z0-9-]+$/);
      const [path, id] = e.href.split('#');
      bySource.set(path, (bySource.get(path) ?? new Set()).add(id));
    }
  }
  for (const [path, ids] of bySource) {
    await page.goto(path);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  // And clicking one really scrolls to the quoted sentence.
  const e = claims[0].evidence[0];
  await page.goto(claims[0].url);
  await page.locator(`a[href="${e.href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${e.href.replace(/[/.]/g, '\\$&')}$`));
  await expect(page.locator(':target')).toContainText(e.sentence.slice(0, 40));
});

test('a source page gives every sentence an id and links claim sentences back to their claims', async ({ page }) => {
  const e = claims[0].evidence[0];
  await page.goto(e.href.split('#')[0]);
  await expectLandmarks(page);
  const spans = page.locator('article span[id^="s-"]');
  expect(await spans.count()).toBeGreaterThan(5);
  const claimed = page.locator(`[id="${e.href.split('#')[1]}"]`);
  await expect(claimed.locator('mark')).toBeVisible();
  await expect(claimed.locator(`a[href="${claims[0].url}"]`)).toHaveCount(1);
});

test('claims.json follows its contract', async () => {
  for (const c of claims) {
    expect(c.url).toBe(`/claims/${c.id}/`);
    expect(c.embed).toBe(`/embed/claims/${c.id}/`);
    expect(['reported', 'disputed', 'denied']).toContain(c.status);
    for (const e of c.evidence) expect(['agree', 'disagree', 'discuss']).toContain(e.stance);
  }
});
