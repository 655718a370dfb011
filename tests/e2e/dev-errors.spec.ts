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
  dev = spawn('npm', ['run', '-s', 'dev', '--', '--port', String(PORT), '--host', '127.0.0.1'], {
    env: { ...env, SEEDS_DIR: join(dir, 'seeds'), CONTENT_DIR: join(dir, 'content') },
    detached: true,
  });
  dev.stdout?.on('data', (d) => (log += d));
  dev.stderr?.on('data', (d) => (log += d));
  await expect.poll(async () => (await fetch(`${base}/`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
}

function stopDev(): void {
  try {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  } catch {
    // already gone
  }
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

  test.afterEach(() => {
    stopDev();
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the error overlay on a bad save, then the site again on the next good save', async ({ page }) => {
    await startDev();
    await page.goto(`${base}/stories/harbor-contract/`);
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
