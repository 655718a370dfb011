/**
 * The dev preview never hides a broken seed (issue 6, case 8): a bad save shows Astro's error overlay naming
 * the file and the fix, in place of the last good page; the next good save brings the site back by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const PORT = 4345;
const base = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess | undefined;
let dir = '';
let log = '';

async function startDev(): Promise<void> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
  // --ignore-lock: Astro 7 refuses to start while its lock file names a live dev server, and the previous
  // test's server may still be shutting down (listener closed, process alive): the new one would exit.
  dev = spawn('npm', ['run', '-s', 'dev', '--', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    env: { ...env, SEEDS_DIR: join(dir, 'seeds'), CONTENT_DIR: join(dir, 'content') },
    detached: true,
  });
  dev.stdout?.on('data', (d) => (log += d));
  dev.stderr?.on('data', (d) => (log += d));
  const status = async () => (await fetch(`${base}/`, { signal: AbortSignal.timeout(5_000) }).catch(() => null))?.status ?? 0;
  try {
    await expect.poll(status, { timeout: 90_000 }).toBeGreaterThan(0);
  } catch (e) {
    throw new Error(`the dev server did not answer in 90 s; it printed:\n${log.slice(-3000)}`, { cause: e });
  }
}

/** Stops the dev server's whole process group and waits until it has exited (SIGKILL after 10 s). */
async function stopDev(): Promise<void> {
  const child = dev;
  dev = undefined;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Opens a page and waits until Vite's client on it is connected, and stays so for a second with no reload: a save
 * made before that can be missed (on a fresh clone the first start re-optimises dependencies and reloads the page,
 * and a full-reload sent while the new page is still connecting reaches no one; CI failed so once).
 */
async function openLive(page: Page, url: string): Promise<void> {
  let loads = 0, connectedAfter = -1;
  page.on('load', () => loads++);
  page.on('console', (m) => {
    if (m.text().includes('[vite] connected')) connectedAfter = loads;
  });
  await page.goto(url);
  await expect.poll(async () => {
    if (connectedAfter !== loads) return false;
    const seen = loads;
    await page.waitForTimeout(1_000);
    return loads === seen && connectedAfter === loads;
  }, { timeout: 30_000 }).toBe(true);
}

const seedPath = () => join(dir, 'seeds', 'harbor-contract', '04-draft.txt');
const overlay = (page: Page) => page.locator('vite-error-overlay');

test.describe('npm run dev with a broken seed', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fc-dev-e2e-'));
    cpSync('tests/fixtures/stories/harbor-contract', join(dir, 'seeds', 'harbor-contract'), { recursive: true });
    log = '';
  });

  test.afterEach(async ({}, testInfo) => {
    // What the dev server printed explains a failure better than the browser's view of it.
    if (testInfo.status !== testInfo.expectedStatus) console.log(`the dev server printed:\n${log.slice(-6000)}`);
    await stopDev();
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the error overlay on a bad save, then the site again on the next good save', async ({ page }) => {
    await startDev();
    await openLive(page, `${base}/stories/harbor-contract/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    writeFileSync(seedPath(), '');
    await expect(overlay(page)).toContainText('harbor-contract/04-draft.txt is empty', { timeout: 30_000 });
    await expect(overlay(page)).toContainText('Fix the files listed');

    writeFileSync(seedPath(), 'Ferry service resumes\n\nThe island ferry service resumed on Sunday after a three-week strike by crew members.\n');
    await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(async () => (await (await fetch(`${base}/claims.json`)).text()).includes('three-week strike'), { timeout: 30_000 }).toBe(true);
  });

  test('starts with a bad seed: prints the error once, and the browser shows it instead of an empty site', async ({ page }) => {
    writeFileSync(seedPath(), '');
    await startDev();
    await page.goto(`${base}/`);
    await expect(overlay(page)).toContainText('harbor-contract/04-draft.txt is empty', { timeout: 30_000 });
    await expect(page.getByText('No stories yet')).toHaveCount(0);
    const startup = log.slice(0, log.indexOf('watching for file changes'));
    expect(startup.split('04-draft.txt is empty').length - 1).toBe(1);
  });
});
