/**
 * Claims the editors pose (content/claims/<id>.md with `story` and `claim`), end to end: the site shows them
 * with their evidence and status, `analyze` reports them (honouring CONTENT_DIR), a discovered claim that
 * restates one is merged into it and its old URL sends readers on, a claim no source addresses is
 * "unaddressed" with a build warning naming the note, and bad notes stop the build naming every file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|SITE_URL$|BUILD_DATE$)/.test(k)));
const npm = (args: string[], extra: Record<string, string>) => spawnSync('npm', ['run', '-s', ...args], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 240_000 });

interface Claim { id: string; text: string; status: string; posed?: true; evidence: { source: string; stance: string }[] }
const dir = mkdtempSync(join(tmpdir(), 'fc-posed-'));
const seeds = join(dir, 'seeds'), content = join(dir, 'content'), notes = join(content, 'claims');
const out = (n: number) => join(dir, `dist${n}`);
const read = (n: number, path: string) => readFileSync(join(out(n), path), 'utf8');
const POSED = 'bayline-contract-without-tender';
const UNADDRESSED = 'ferry-fares-doubled';
const build = (n: number, date: string) => npm(['build'], { SEEDS_DIR: seeds, CONTENT_DIR: content, OUT_DIR: out(n), BUILD_DATE: date });

let before: Claim[], after: Claim[], log = '';

beforeAll(() => {
  cpSync('tests/fixtures/stories/harbor-contract', join(seeds, 'harbor-contract'), { recursive: true });
  mkdirSync(notes, { recursive: true });
  const first = build(1, '2025-03-01');
  expect(first.status, first.stdout + first.stderr).toBe(0);
  before = JSON.parse(read(1, 'claims.json')).claims;
  writeFileSync(join(notes, `${POSED}.md`), '---\nstory: harbor-contract\nclaim: "Bayline Marine got the city dredging contract without a public tender."\n---\n\nWe pose the claim the coverage turns on.\n');
  writeFileSync(join(notes, `${UNADDRESSED}.md`), '---\nstory: harbor-contract\nclaim: "Ferry fares to the island doubled in January."\n---\n');
  const second = build(2, '2025-03-02');
  log = second.stdout + second.stderr;
  expect(second.status, log).toBe(0);
  after = JSON.parse(read(2, 'claims.json')).claims;
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a claim the editors pose', () => {
  it('is in claims.json with "posed": true, evidence from the story\'s sources and a status', () => {
    const c = after.find((x) => x.id === POSED)!;
    expect(c).toMatchObject({ posed: true, text: 'Bayline Marine got the city dredging contract without a public tender.' });
    expect(['reported', 'disputed', 'denied']).toContain(c.status);
    expect(new Set(c.evidence.map((e) => e.source)).size).toBeGreaterThanOrEqual(2);
  });

  it('has its page, its card and its oEmbed answer', () => {
    expect(read(2, `claims/${POSED}/index.html`)).toMatch(/<h1[^>]*>Bayline Marine got the city dredging contract without a public tender\.<\/h1>/);
    expect(read(2, `embed/claims/${POSED}/index.html`)).toContain('Bayline Marine got the city dredging contract without a public tender.');
    expect(JSON.parse(read(2, `embed/claims/${POSED}/oembed.json`))).toMatchObject({ type: 'rich', title: 'Bayline Marine got the city dredging contract without a public tender.' });
  });

  it('is listed on its story page as posed by the editors', () => {
    expect(read(2, 'stories/harbor-contract/index.html')).toMatch(/Bayline Marine got the city dredging contract without a public tender\.<\/a>\s*<span[^>]*>· posed by the editors/);
  });

  it('is in the analysis JSON when analyze reads CONTENT_DIR', () => {
    const r = npm(['analyze', '--', seeds], { CONTENT_DIR: content });
    expect(r.status, r.stderr).toBe(0);
    const claims: Claim[] = JSON.parse(r.stdout).stories[0].claims;
    expect(claims.find((c) => c.id === POSED)).toMatchObject({ posed: true });
    expect(claims.filter((c) => c.posed).map((c) => c.id).sort()).toEqual([POSED, UNADDRESSED].sort());
  });

  it('absorbs the discovered claim that restates it; the old URL sends readers on, its card shows the posed claim', () => {
    const merged = before.filter((c) => !after.some((a) => a.id === c.id));
    expect(merged.length).toBeGreaterThan(0);
    const old = merged.find((c) => /Bayline/.test(c.text) && /contract/.test(c.text))!;
    expect(old).toBeDefined();
    const page = read(2, `claims/${old.id}/index.html`);
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/claims/${POSED}/">`);
    expect(page).toMatch(new RegExp(`<a href="/claims/${POSED}/">Bayline Marine got the city dredging contract`));
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(read(2, `embed/claims/${old.id}/index.html`)).toContain('<h1>Bayline Marine got the city dredging contract without a public tender.</h1>');
    // The corrections log says where it went.
    expect(read(2, 'changes/index.html').replace(/<[^>]+>/g, '')).toMatch(/Merged into another claim \(was \w+\):[^]*?Now part of: Bayline Marine got the city dredging contract/);
  });

  it('that no source addresses is "unaddressed", without evidence, with a warning naming the note and a page that says so', () => {
    expect(after.find((c) => c.id === UNADDRESSED)).toMatchObject({ status: 'unaddressed', evidence: [] });
    expect(log).toContain(`content/claims/${UNADDRESSED}.md poses a claim no source of harbor-contract addresses`);
    expect(read(2, `claims/${UNADDRESSED}/index.html`)).toContain('No source in this story speaks to it.');
  });
});

describe('an id retired for good', () => {
  it('keeps a page and a card that say when and why it went', () => {
    const gazette = after.filter((c) => !c.posed && c.evidence.length > 0 && c.evidence.every((e) => e.source === 'harbor-contract--03-gazette'));
    expect(gazette.length).toBeGreaterThan(0);
    rmSync(join(seeds, 'harbor-contract', '03-gazette.md'));
    const r = build(4, '2025-03-05');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const gone = gazette.filter((c) => !JSON.parse(read(4, 'claims.json')).claims.some((x: Claim) => x.id === c.id));
    expect(gone.length).toBeGreaterThan(0);
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/&#39;/g, "'");
    for (const c of gone) {
      const page = read(4, `claims/${c.id}/index.html`);
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(text(page)).toContain('This fact check was retired');
      expect(text(page)).toContain('On March 5, 2025 the coverage of');
      expect(text(read(4, `embed/claims/${c.id}/index.html`))).toContain('This fact check was retired on March 5, 2025');
    }
  }, 240_000);
});

describe('a bad note posing a claim', () => {
  it('stops the build naming every bad file: no story, an unknown story, an empty claim', () => {
    writeFileSync(join(notes, 'no-story.md'), '---\nclaim: "The harbor closed."\n---\n');
    writeFileSync(join(notes, 'unknown-story.md'), '---\nstory: harbour-contract\nclaim: "The harbor closed."\n---\n');
    writeFileSync(join(notes, 'empty-claim.md'), '---\nstory: harbor-contract\nclaim: "  "\n---\n');
    const r = build(3, '2025-03-03');
    const text = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(text).toMatch(/content\/claims\/no-story\.md[^\n]*names no story/);
    expect(text).toMatch(/content\/claims\/unknown-story\.md[^\n]*"harbour-contract", which has no folder in the seeds\. Set `story` to one of: harbor-contract/);
    expect(text).toMatch(/content\/claims\/empty-claim\.md[^\n]*poses an empty claim/);
    expect(text).not.toMatch(/\n\s+at .*\.ts:\d+/);
  }, 240_000);
});
