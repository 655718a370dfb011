import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)));
const npm = (args: string[], extra: Record<string, string>) => spawnSync('npm', ['run', '-s', ...args], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 180_000 });

describe('editorial content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-ed-'));
  const seeds = join(dir, 'seeds'), content = join(dir, 'content'), out = join(dir, 'dist');
  let claim: { id: string; status: string; text: string; reason: string };

  beforeAll(() => {
    cpSync('tests/fixtures/stories', seeds, { recursive: true });
    const report = JSON.parse(npm(['analyze', '--', seeds], { CONTENT_DIR: content }).stdout);
    claim = report.stories[0].claims.find((c: { status: string }) => c.status === 'reported');
    mkdirSync(join(content, 'stories'), { recursive: true });
    mkdirSync(join(content, 'claims'), { recursive: true });
    writeFileSync(join(content, 'stories', 'harbor-contract.md'), '---\ntitle: The harbor dredging contract\nsummary: Who got the contract, and for how much.\n---\n\nChecked by the *desk*. <script>alert(1)</script>\n');
    writeFileSync(join(content, 'claims', `${claim.id}.md`), '---\nstatus: disputed\n---\n\nThe port authority\'s records say otherwise.\n');
    const r = npm(['build'], { SEEDS_DIR: seeds, CONTENT_DIR: content, OUT_DIR: out });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the editors\' status on the claim page, marked, with the machine\'s beside it', () => {
    const html = readFileSync(join(out, 'claims', claim.id, 'index.html'), 'utf8');
    expect(html).toMatch(/data-status="disputed"[^>]*>.*?Disputed.*?editors' verdict/s);
    expect(html).toMatch(/Machine reading:.*?data-status="reported"/s);
    expect(html).toContain('The port authority’s records say otherwise.'.replace('’', "'"));
  });

  it('uses the editors\' status in claims.json and on the card', () => {
    const json = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8'));
    expect(json.claims.find((c: { id: string }) => c.id === claim.id)).toMatchObject({ status: 'disputed', machineStatus: 'reported', editorial: true });
    const card = readFileSync(join(out, 'embed', 'claims', claim.id, 'index.html'), 'utf8');
    expect(card).toMatch(/class="badge disputed"/);
    expect(card).toContain("editors' verdict");
  });

  describe('the editors\' verdict is the same everywhere it appears (issue 6, case 7)', () => {
    const verdict = 'The editors rate this claim disputed: “The port authority\'s records say otherwise.”';
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ');

    it('in the reason on the claim page, with the machine\'s reading beside it', () => {
      const html = text(readFileSync(join(out, 'claims', claim.id, 'index.html'), 'utf8'));
      expect(html).toContain(verdict);
      expect(html).not.toMatch(/Disputed.{0,300}no source contradicts it.{0,300}Machine reading/);
      expect(html).toMatch(new RegExp(`Machine reading: ● Reported ${claim.reason.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });

    it('on the card, with the machine\'s reading', () => {
      const html = text(readFileSync(join(out, 'embed', 'claims', claim.id, 'index.html'), 'utf8'));
      expect(html).toContain(verdict);
      expect(html).toContain(`Machine reading: Reported. ${claim.reason}`);
    });

    it('in the ClaimReview JSON-LD', () => {
      const html = readFileSync(join(out, 'claims', claim.id, 'index.html'), 'utf8');
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
      expect(ld.reviewBody).toBe(verdict);
      expect(ld.reviewRating.alternateName).toBe('Disputed');
    });

    it('in claims.json, with the editors\' status, the machine\'s and the note', () => {
      const json = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8'));
      expect(json.claims.find((c: { id: string }) => c.id === claim.id)).toMatchObject({
        status: 'disputed', editorsStatus: 'disputed', machineStatus: 'reported', editorial: true,
        reason: verdict, machineReason: claim.reason, note: "The port authority's records say otherwise.",
      });
    });
  });

  it('uses the story note\'s title, summary and sanitised body', () => {
    const html = readFileSync(join(out, 'stories', 'harbor-contract', 'index.html'), 'utf8');
    expect(html).toContain('<h1>The harbor dredging contract</h1>');
    expect(html).toContain('Who got the contract, and for how much.');
    expect(html).toContain('<em>desk</em>');
    expect(html).not.toMatch(/<script[^>]*>[^<]*alert/);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('stops the build when a claim note names a claim that does not exist, naming the file', () => {
    writeFileSync(join(content, 'claims', 'no-such-claim-000000.md'), '---\nstatus: denied\n---\n\nNote.\n');
    const r = npm(['build'], { SEEDS_DIR: seeds, CONTENT_DIR: content, OUT_DIR: join(dir, 'dist2') });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('content/claims/no-such-claim-000000.md');
    expect(r.stdout + r.stderr).toMatch(/claim id that does not exist/);
  }, 120_000);
});
