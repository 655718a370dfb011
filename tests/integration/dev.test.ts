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
  // The server's own lines, without its request log.
  const printed = log.split('\n').filter((l) => !/\[\d{3}\] \//.test(l)).slice(-60).join('\n');
  throw new Error(`timed out waiting for ${what} (last error: ${lastError})\n${printed}`);
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

  it('answers a claim card\'s oEmbed request (a build writes these files itself; the preview serves them)', async () => {
    const { claims } = (await (await fetch(`${base}/claims.json`)).json()) as { claims: { id: string; text: string }[] };
    const res = await fetch(`${base}/embed/claims/${claims[0].id}/oembed.json`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json\+oembed/);
    expect(await res.json()).toMatchObject({ version: '1.0', type: 'rich', title: claims[0].text });
  }, 60_000);

  it('follows an edit to that seed', async () => {
    writeFileSync(file(), 'Ferry service resumes\n\nThe island ferry service resumed on Monday after a four-week strike by crew members.\n');
    await waitFor(async () => (await claimTexts()).some((t) => /four-week strike/.test(t)), 'the edited seed');
    expect((await claimTexts()).some((t) => /three-week strike/.test(t))).toBe(false);
  }, 60_000);

  it('keeps the last of several quick saves, however the reloads overlap', async () => {
    for (const [n, pause] of [['two', 40], ['three', 0], ['five', 60]] as const) {
      writeFileSync(file(), `Ferry service resumes\n\nThe island ferry service resumed on Monday after a ${n}-week strike by crew members.\n`);
      if (pause) await new Promise((r) => setTimeout(r, pause));
    }
    await waitFor(async () => (await claimTexts()).some((t) => /five-week strike/.test(t)), 'the last save');
    // Settled: no reload that began before the last save brings an older version back.
    await new Promise((r) => setTimeout(r, 3000));
    const texts = await claimTexts();
    expect(texts.some((t) => /five-week strike/.test(t))).toBe(true);
    expect(texts.some((t) => /(two|three|four)-week strike/.test(t))).toBe(false);
  }, 60_000);

  it('follows an edit to sources.yaml', async () => {
    const labels = async () => (await (await fetch(`${base}/claims.json`)).json()).claims.map((c: { firstSource: string }) => c.firstSource);
    expect(await labels()).not.toContain('The Island Courier');
    writeFileSync(join(seeds, 'harbor-contract', 'sources.yaml'), '02-courier.txt:\n  outlet: The Island Courier\n');
    await waitFor(async () => (await labels()).includes('The Island Courier'), 'the outlet from sources.yaml');
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
