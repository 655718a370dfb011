import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = 4340;
const base = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess;
let seeds = '';
let log = '';
let lastError = '';

async function claimTexts(): Promise<string[]> {
  const res = await fetch(`${base}/claims.json`);
  return (await res.json()).claims.map((c: { text: string }) => c.text);
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 45_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch((e) => ((lastError = String(e?.cause ?? e)), false))) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what} (last error: ${lastError})\n${log.slice(-2000)}`);
}

describe('npm run dev', () => {
  beforeAll(async () => {
    seeds = mkdtempSync(join(tmpdir(), 'fc-dev-'));
    cpSync('tests/fixtures/stories/harbor-contract', join(seeds, 'harbor-contract'), { recursive: true });
    cpSync('seeds/facebook-banks', join(seeds, 'facebook-banks'), { recursive: true });
    // The dev server must not inherit vitest's own environment (VITEST, NODE_ENV=test), which changes Vite.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
    dev = spawn('npm', ['run', '-s', 'dev', '--', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], { env: { ...env, SEEDS_DIR: seeds, CONTENT_DIR: join(seeds, 'no-content') }, detached: true });
    dev.stdout?.on('data', (d) => (log += d));
    dev.stderr?.on('data', (d) => (log += d));
    await waitFor(async () => (await fetch(`${base}/claims.json`)).ok, 'the dev server');
  }, 90_000);

  afterAll(() => {
    try {
      if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(seeds, { recursive: true, force: true });
  });

  const file = () => join(seeds, 'harbor-contract', '04-new.txt');

  it('shows a claim from a seed added while it runs', async () => {
    writeFileSync(file(), 'Ferry service resumes\n\nThe island ferry service resumed on Sunday after a three-week strike by crew members.\n');
    await waitFor(async () => (await claimTexts()).some((t) => /ferry service resumed/.test(t)), 'the added seed');
  }, 60_000);

  it('follows an edit to that seed', async () => {
    writeFileSync(file(), 'Ferry service resumes\n\nThe island ferry service resumed on Monday after a four-week strike by crew members.\n');
    await waitFor(async () => (await claimTexts()).some((t) => /four-week strike/.test(t)), 'the edited seed');
    expect((await claimTexts()).some((t) => /three-week strike/.test(t))).toBe(false);
  }, 60_000);

  it('drops the claim when the seed is removed', async () => {
    unlinkSync(file());
    await waitFor(async () => !(await claimTexts()).some((t) => /ferry service/.test(t)), 'the removed seed');
  }, 60_000);

  it('never rewrites a committed claim-id lock while seeds are edited (issue 6, case 3)', async () => {
    const lock = join(seeds, 'facebook-banks', 'claim-ids.lock.json');
    const before = readFileSync(lock, 'utf8');
    const extra = join(seeds, 'facebook-banks', '005-draft.txt');
    writeFileSync(extra, 'Banks weigh Facebook request\n\nJPMorgan Chase said on Tuesday it had received a request from Facebook for customer data.\n');
    await waitFor(async () => (await claimTexts()).some((t) => /received a request from Facebook/.test(t)), 'the draft seed');
    unlinkSync(extra);
    await waitFor(async () => !(await claimTexts()).some((t) => /received a request from Facebook/.test(t)), 'the removed draft');
    expect(readFileSync(lock, 'utf8')).toBe(before);
  }, 90_000);
});
