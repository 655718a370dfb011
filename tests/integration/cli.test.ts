import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
const run = (args: string[], env: Record<string, string> = {}, input?: string) =>
  spawnSync('npm', ['run', '-s', ...args], { encoding: 'utf8', env: { ...cleanEnv, ...env }, input, timeout: 120_000 });

/** The fixture story folders, in the order analyze lists stories (by folder name). */
const fixtureStories = readdirSync('tests/fixtures/stories').filter((d) => statSync(join('tests/fixtures/stories', d)).isDirectory()).sort();

const report = z.object({
  stories: z.array(z.object({
    id: z.string(), title: z.string(),
    sources: z.array(z.object({ id: z.string(), file: z.string(), title: z.string(), outlet: z.string().nullable(), url: z.string().nullable() }).strict()),
    claims: z.array(z.object({
      id: z.string(), text: z.string(), status: z.enum(['reported', 'disputed', 'denied']), reason: z.string(),
      // "basis": "article" only on a contradiction the stance model reads from the whole article.
      evidence: z.array(z.object({ source: z.string(), sentence: z.string(), stance: z.enum(['agree', 'disagree', 'discuss']), speaker: z.string(), basis: z.literal('article').optional() }).strict()
        .refine((e) => e.basis === undefined || e.stance === 'disagree', 'basis on evidence that does not disagree')),
    }).strict()),
  }).strict()),
}).strict();

describe('npm run analyze', () => {
  it('prints the analysis JSON contract for a seeds folder, and nothing else on stdout', () => {
    const r = run(['analyze', '--', 'tests/fixtures/stories'], { CONTENT_DIR: 'tests/fixtures/no-content' });
    expect(r.status).toBe(0);
    const data = report.parse(JSON.parse(r.stdout));
    expect(data.stories.map((s) => s.id)).toEqual(fixtureStories);
    expect(fixtureStories).toContain('harbor-contract');
    // Each fixture's README and expected.json sit beside its articles and must not be read as articles.
    for (const story of data.stories) expect(story.sources.map((x) => x.file).filter((f) => !/^\d+[-_][\w-]+\.(md|txt)$/.test(f))).toEqual([]);
  });

  it('with --explain, adds to each story what each stage dropped or merged and why, and nothing else', () => {
    const env = { CONTENT_DIR: 'tests/fixtures/no-content' };
    const plain = report.parse(JSON.parse(run(['analyze', '--', 'tests/fixtures/stories'], env).stdout));
    const r = run(['analyze', '--', 'tests/fixtures/stories', '--explain'], env);
    expect(r.status).toBe(0);
    const message = z.object({ stage: z.string(), source: z.string().optional(), text: z.string().min(1), why: z.string().min(1) }).strict();
    const explained = z.object({ stories: z.array(z.object({ messages: z.array(message) }).passthrough()) }).parse(JSON.parse(r.stdout));
    // The contract is the same with and without it: only `messages` is added.
    expect(explained.stories.map(({ messages: _, ...rest }) => rest)).toEqual(plain.stories);
    const harbor = explained.stories[fixtureStories.indexOf('harbor-contract')].messages;
    // Its boilerplate paragraphs are dropped by the reading stage, which names the source; restatements merged.
    expect(harbor.filter((m) => m.stage === 'read-sources').every((m) => m.source && m.why.startsWith('dropped'))).toBe(true);
    expect(harbor.some((m) => m.stage === 'read-sources')).toBe(true);
    expect(harbor.some((m) => m.stage === 'group-claims' && /^merged: restates "/.test(m.why))).toBe(true);
  });

  it('refuses an unknown option with its usage', () => {
    const r = run(['analyze', '--', 'tests/fixtures/stories', '--explian']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--explian[\s\S]*usage: npm run -s analyze -- \[seeds dir\] \[--explain\]/);
  });

  it('honours SEEDS_DIR', () => {
    const r = run(['analyze'], { SEEDS_DIR: 'tests/fixtures/stories', CONTENT_DIR: 'tests/fixtures/no-content' });
    expect(JSON.parse(r.stdout).stories.map((s: { id: string }) => s.id)).toEqual(fixtureStories);
  });

  it('stops on bad seeds with one message listing every bad file and what to do, without a stack trace', () => {
    const r = run(['analyze', '--', 'tests/fixtures/bad-seeds'], { CONTENT_DIR: 'tests/fixtures/no-content' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    for (const f of ['broken/empty.txt', 'broken/bad-yaml.md', 'broken/js-url.md', 'broken/latin1.txt']) expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(/4 problems in the seeds/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.stderr).not.toContain('fine/a.txt');
  });
});

describe('npm run stance', () => {
  it('answers one JSON line per input line, in order', () => {
    const lines = [
      { claim: 'Acme Steel will close its Ohio plant', body: 'The city zoo welcomed twin panda cubs on Tuesday, keepers said.' },
      { claim: 'Acme Steel will close its Ohio plant', body: 'Acme Steel denied reports that it will close its Ohio plant, calling them false and a hoax.' },
    ];
    const r = run(['stance'], {}, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    for (const o of out) expect(['agree', 'disagree', 'discuss', 'unrelated']).toContain(o.stance);
    expect(out[0].stance).toBe('unrelated');
  });

  it('names the line that is not JSON', () => {
    const r = run(['stance'], {}, '{"claim": "a", "body": "b"}\nnot json\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
  });
});

describe('npm run build with bad seeds', () => {
  it('stops before writing anything, listing every bad file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fc-')), 'dist');
    try {
      const r = run(['build'], { SEEDS_DIR: 'tests/fixtures/bad-seeds', OUT_DIR: out });
      expect(r.status).not.toBe(0);
      const all = r.stdout + r.stderr;
      for (const f of ['broken/empty.txt', 'broken/bad-yaml.md', 'broken/js-url.md', 'broken/latin1.txt']) expect(all).toContain(f);
      expect(all).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });
});
