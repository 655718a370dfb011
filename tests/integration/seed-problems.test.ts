/**
 * Nothing in the seeds goes wrong silently (issue 6, cases 2, 5 and 6): every file-system problem, bad lock
 * and bad note is named in one message with what to do, never a stack trace and never an empty site.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimKey } from '../../src/analysis/assign-ids.ts';

const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
const node = 'node_modules/.bin/node';
let dir = '';

/** `npm run analyze` on a seeds folder, as the editor runs it; `asUser` drops root so permissions bite. */
function analyze(seeds: string, opts: { content?: string; asUser?: boolean } = {}) {
  const env = { ...cleanEnv, CONTENT_DIR: opts.content ?? join(dir, 'no-content') };
  const args = ['scripts/analyze.ts', seeds];
  const asNobody = opts.asUser && process.getuid?.() === 0;
  const r = asNobody
    ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', node, ...args], { encoding: 'utf8', env, timeout: 120_000 })
    : spawnSync(node, args, { encoding: 'utf8', env, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A seeds folder holding the harbor-contract fixture story as `story`. */
function seedsWith(story = 'harbor'): string {
  dir = mkdtempSync(join(tmpdir(), 'fc-problems-'));
  chmodSync(dir, 0o755);
  const seeds = join(dir, 'seeds');
  cpSync('tests/fixtures/stories/harbor-contract', join(seeds, story), { recursive: true });
  return seeds;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+|TypeError|RangeError|EACCES:/);

afterEach(() => {
  if (!dir) return;
  spawnSync('chmod', ['-R', 'u+rwx', dir]);
  rmSync(dir, { recursive: true, force: true });
});

describe('file-system problems in the seeds', () => {
  it('lists a linked seed, a linked story folder, a named pipe and a folder named like a seed, all in one message', () => {
    const seeds = seedsWith();
    symlinkSync('/etc/passwd', join(seeds, 'harbor', 'passwd.txt'));
    symlinkSync(join(seeds, 'harbor'), join(seeds, 'harbor-copy'));
    const fifo = spawnSync('mkfifo', [join(seeds, 'harbor', 'pipe.md')]);
    mkdirSync(join(seeds, 'harbor', 'x.txt'));
    const r = analyze(seeds);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('harbor/passwd.txt is a symbolic link. Seeds are never read through links');
    expect(r.stderr).toContain('harbor-copy/ is a symbolic link.');
    if (fifo.status === 0) expect(r.stderr).toContain('harbor/pipe.md is a named pipe, not a file.');
    expect(r.stderr).toContain('harbor/x.txt is a folder, not a file.');
    expect(r.stderr).not.toContain('root:');
    noStackTrace(r.stderr);
  });

  it('names an unreadable seed and an unreadable story folder, both, with what to do', () => {
    const seeds = seedsWith();
    cpSync('tests/fixtures/stories/harbor-contract', join(seeds, 'locked'), { recursive: true });
    chmodSync(join(seeds, 'harbor', '01-herald.md'), 0o000);
    chmodSync(join(seeds, 'locked'), 0o000);
    const r = analyze(seeds, { asUser: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('harbor/01-herald.md cannot be read: permission denied. Make it readable (chmod a+r)');
    expect(r.stderr).toContain('locked/ cannot be read: permission denied. Make it readable (chmod a+rx)');
    noStackTrace(r.stderr);
  });

  it('refuses a SEEDS_DIR that is a story folder, rather than building an empty site', () => {
    const seeds = seedsWith();
    const r = analyze(join(seeds, 'harbor'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/holds seed files directly \(01-herald\.md, 02-courier\.txt, 03-gazette\.md\): it looks like one story's folder.*Point SEEDS_DIR at its parent folder/);
  });

  it('refuses a SEEDS_DIR with no stories', () => {
    dir = mkdtempSync(join(tmpdir(), 'fc-problems-'));
    const r = analyze(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/has no story folders, so the site would be empty/);
  });
});

describe('claim-id locks that cannot be read', () => {
  it.each([
    ['an id whose value is not a list', '{"a-claim-abc123": "k1"}\n', /"a-claim-abc123" is not a list of sentence keys\. Restore it from version control/],
    ['not JSON', 'claims: all of them\n', /is not valid JSON .*Restore it from version control/],
    ['merge-conflict markers', '{\n<<<<<<< HEAD\n "a-abc123": ["k1"]\n=======\n "b-def456": ["k2"]\n>>>>>>> theirs\n}\n', /has merge-conflict markers .*Keep the ids of both sides/],
  ])('stop with a message naming the lock: %s', (_label, text, message) => {
    const seeds = seedsWith();
    writeFileSync(join(seeds, 'harbor', 'claim-ids.lock.json'), text);
    const r = analyze(seeds);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('harbor/claim-ids.lock.json ');
    expect(r.stderr).toMatch(message);
    noStackTrace(r.stderr);
  });

  it('stops when two stories\' locks give out the same id, as a copied story folder does', () => {
    const seeds = seedsWith();
    // The lock a build would write: each id with the keys of the sentences that state its claim.
    const claims = JSON.parse(analyze(seeds).stdout).stories[0].claims as { id: string; evidence: { sentence: string; stance: string }[] }[];
    const lock = Object.fromEntries(claims.map((c) => [c.id, c.evidence.filter((e) => e.stance !== 'disagree').map((e) => claimKey(e.sentence)).sort()]));
    writeFileSync(join(seeds, 'harbor', 'claim-ids.lock.json'), JSON.stringify(lock));
    cpSync(join(seeds, 'harbor'), join(seeds, 'harbor-copy'), { recursive: true });
    const r = analyze(seeds);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/harbor-copy\/claim-ids\.lock\.json gives .* to claims of story harbor-copy, but harbor\/claim-ids\.lock\.json gives/);
  });
});

describe('source files whose names fold to one page', () => {
  it('get a page each, and the editor is told which file went where', () => {
    const seeds = seedsWith();
    const story = join(seeds, 'harbor');
    cpSync(join(story, '02-courier.txt'), join(story, '02-Courier.txt'));
    writeFileSync(join(story, '02-courier.md'), '# Harbor dredging contract questioned\n\nThe Port Authority awarded the dredging contract to Bayline Marine, the city council said on Monday.\n');
    const r = analyze(seeds);
    expect(r.status).toBe(0);
    const sources = JSON.parse(r.stdout).stories[0].sources as { id: string; file: string }[];
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(r.stderr).toMatch(/warning: harbor\/: 02-courier\.md and 02-courier\.txt and 02-Courier\.txt would share the source page \/sources\/harbor--02-courier\/; 02-courier\.md keeps it, 02-courier\.txt is at \/sources\/harbor--02-courier-[a-z0-9]{6}\//);
  });
});

describe('editorial notes', () => {
  it('lists every bad note at once: bad front matter and a note for a claim that does not exist', () => {
    const seeds = seedsWith();
    const content = join(dir, 'content');
    mkdirSync(join(content, 'claims'), { recursive: true });
    writeFileSync(join(content, 'claims', 'some-claim-abc123.md'), '---\nstatus: wrong\n---\n\nNote.\n');
    writeFileSync(join(content, 'claims', 'no-such-claim-000000.md'), '---\nstatus: denied\n---\n\nNote.\n');
    const r = analyze(seeds, { content });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2 problems/);
    expect(r.stderr).toContain('content/claims/some-claim-abc123.md has invalid front matter: status');
    expect(r.stderr).toContain('content/claims/no-such-claim-000000.md is a note for a claim id that does not exist');
  });
});
