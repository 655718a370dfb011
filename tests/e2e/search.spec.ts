import { expect, test } from '@playwright/test';
import { SITE } from '../../playwright.config.ts';

interface ClaimJson { id: string; storyTitle: string; text: string; status: string; url: string; evidence: { sentence: string }[] }

test('search finds a claim by a word only its evidence has, with no request to another origin, and filters by status', async ({ page, request }) => {
  const claims: ClaimJson[] = (await (await request.get('/claims.json')).json()).claims;
  const words = (s: string) => s.toLowerCase().match(/[a-z]{6,}/g) ?? [];
  // A word from a claim's evidence that is not in the claim's own text, and that no other claim's text has.
  const allText = claims.map((c) => c.text.toLowerCase()).join(' ');
  let pick: { claim: ClaimJson; word: string } | undefined;
  for (const c of claims) {
    const w = c.evidence.flatMap((e) => words(e.sentence)).find((x) => !allText.includes(x));
    if (w) { pick = { claim: c, word: w }; break; }
  }
  expect(pick, 'some evidence word that no claim text has').toBeDefined();

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/search/');
  await page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input')).first().fill(pick!.word);
  const result = page.locator('.pagefind-ui__result').filter({ has: page.locator(`a[href="/claims/${pick!.claim.id}/"]`) });
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(pick!.word, { ignoreCase: true });
  expect(requests.filter((u) => !u.startsWith(`${SITE}/`))).toEqual([]);
  // What the result's excerpt is drawn from starts with the page's visible text (the story's name above the
  // claim), not with the hidden values it is filtered by (status, story, part, kind).
  const content = await page.evaluate(async (word) => {
    const api = '/pagefind/pagefind.js';
    const pagefind = await import(api);
    const found = await pagefind.search(word);
    return Promise.all((found.results as { data: () => Promise<{ url: string; content: string }> }[]).map((r) => r.data()));
  }, pick!.word);
  const own = content.find((d) => d.url === `/claims/${pick!.claim.id}/`);
  expect(own?.content.startsWith(pick!.claim.storyTitle)).toBe(true);

  // Filters: the claim's own status keeps it; another status hides it.
  const other = ['Denied', 'Disputed', 'Reported'].find((s) => s.toLowerCase() !== pick!.claim.status)!;
  await page.locator('.pagefind-ui__filter-name', { hasText: 'Status' }).click();
  const option = page.getByRole('checkbox', { name: new RegExp(`^${other}`) });
  if (await option.count()) {
    await option.check();
    await expect(result).toHaveCount(0);
  }
});

test('a ?q= address starts a search', async ({ page }) => {
  await page.goto('/search/?q=Wells%20Fargo');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
});

test('a word no page has finds nothing, not the pages that share its first letter', async ({ page }) => {
  // Pagefind alone falls back to the longest prefix it knows ("acme" -> "a") and lists ~20 unrelated claims.
  await page.goto('/search/?q=Acme');
  await expect(page.locator('.pagefind-ui__message')).toHaveText(/No results for Acme/);
  await expect(page.locator('.pagefind-ui__result')).toHaveCount(0);
});
