/**
 * axe-core on every built page of the seed site and of the hostile site, in the light scheme, and on one page
 * of each type in the dark scheme: 0 violations (all of axe's rules, best practices included).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_DIST, HOSTILE_SITE, SITE, SITE_DIST } from '../../playwright.config.ts';
import { listFiles, servedPath } from '../lib/link-check.ts';

const pagesOf = (dist: string) => listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map((f) => `/${servedPath(f)}`);
/** One page of each kind: the first path under each top-level folder, and the root pages. */
const onePerKind = (paths: string[]) => [...new Map(paths.map((p) => [p.split('/').slice(0, 3).join('/').replace(/\/[^/]+$/, '') || p, p])).values()];

const REFRESH = /<meta http-equiv="refresh"[^>]*>/;

async function violations(page: Page, url: string) {
  // An old claim id's page sends the browser on at once; axe reads it as a browser that does not follow
  // refreshes shows it (the page with its link), so the refresh is taken out of what is served.
  const html = await (await page.request.get(url)).text();
  if (REFRESH.test(html)) await page.route(url, (route) => route.fulfill({ body: html.replace(REFRESH, ''), contentType: 'text/html; charset=utf-8' }));
  await page.goto(url);
  await page.unroute(url);
  // The search page builds its interface with script; wait for it so axe sees what a reader sees.
  if (url.endsWith('/search/')) await page.locator('.pagefind-ui__search-input').waitFor();
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.map((v) => `${url} ${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

for (const [name, site, dist] of [['seed', SITE, SITE_DIST], ['hostile', HOSTILE_SITE, HOSTILE_DIST]] as const) {
  test(`axe finds nothing on any page of the ${name} site`, async ({ page }) => {
    test.setTimeout(300_000);
    const paths = pagesOf(dist);
    expect(paths.length).toBeGreaterThan(name === 'seed' ? 90 : 8);
    const found: string[] = [];
    for (const p of paths) found.push(...(await violations(page, site + p)));
    console.log(`axe, ${name} site, light: ${paths.length} pages, ${found.length} violations`);
    expect(found).toEqual([]);
  });

  test(`axe finds nothing on the ${name} site in the dark colour scheme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const paths = onePerKind(pagesOf(dist));
    const found: string[] = [];
    for (const p of paths) found.push(...(await violations(page, site + p)));
    console.log(`axe, ${name} site, dark: ${paths.length} pages, ${found.length} violations`);
    expect(found).toEqual([]);
    await context.close();
  });
}
