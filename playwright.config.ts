import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * Playwright's own Chromium when it is installed; otherwise Debian's (/usr/bin/chromium), since this
 * project's machines cannot download browsers. Root needs --no-sandbox; the closed network wants the
 * background-networking switches off.
 */
function browserPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no bundled browser registered
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const SITE = 'http://localhost:4321';
export const HOSTILE_SITE = 'http://localhost:4322';
/** The sites under test are built as published, with their public address, into their own folders. */
export const SITE_DIST = 'dist-e2e';
export const HOSTILE_DIST = 'dist-hostile';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: SITE,
    launchOptions: {
      executablePath: browserPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The seed stories' site, built as it would be published at this address (feed, sitemap, absolute URLs).
      command: `SITE_URL=${SITE}/ OUT_DIR=${SITE_DIST} npm run -s build && SITE_URL=${SITE}/ OUT_DIR=${SITE_DIST} npm run -s preview -- --port 4321 --host localhost --ignore-lock`,
      url: `${SITE}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // A site built from hostile seeds (markup, <script>, javascript: links) that must show as text.
      command: `SITE_URL=${HOSTILE_SITE}/ npm run -s build:hostile && SITE_URL=${HOSTILE_SITE}/ OUT_DIR=${HOSTILE_DIST} npm run -s preview -- --port 4322 --host localhost --ignore-lock`,
      url: `${HOSTILE_SITE}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
