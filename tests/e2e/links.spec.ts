/** The link checker (tests/lib/link-check.ts) over every built site the tests have: 0 broken links. */
import { expect, test } from '@playwright/test';
import { HOSTILE_DIST, HOSTILE_SITE, SITE, SITE_DIST } from '../../playwright.config.ts';
import { checkLinks, isBuilt } from '../lib/link-check.ts';

const sites: [string, string, string | null][] = [
  ['seed site, published at its address', SITE_DIST, `${SITE}/`],
  ['hostile site', HOSTILE_DIST, `${HOSTILE_SITE}/`],
  // `npm run build` without SITE_URL, as `npm test` runs it before these tests: a preview with relative links.
  ['seed site, preview build (dist/)', 'dist', null],
];

for (const [name, dist, site] of sites) {
  test(`no broken link in the ${name}`, () => {
    test.skip(!isBuilt(dist), `${dist} is not built`);
    const r = checkLinks(dist, site);
    console.log(`links, ${name}: ${r.checked} on the site checked, ${r.external} to other hosts, ${r.broken.length} broken`);
    expect(r.broken).toEqual([]);
    expect(r.checked).toBeGreaterThan(20);
    if (site) expect(r.published.filter((u) => !u.startsWith(site))).toEqual([]);
  });
}
