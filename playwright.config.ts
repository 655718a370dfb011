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
      // The seed stories' site, built by `npm run build` before the e2e tests run (see npm test).
      command: 'npm run -s preview -- --port 4321 --host localhost --ignore-lock',
      url: `${SITE}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A site built from hostile seeds (markup, <script>, javascript: links) that must show as text.
      command: 'npm run -s build:hostile && OUT_DIR=dist-hostile npm run -s preview -- --port 4322 --host localhost --ignore-lock',
      url: `${HOSTILE_SITE}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
