/**
 * Checks the golden fixture stories themselves (tests/fixtures/stories/<name>/expected.json and
 * facebook-banks-expected.json for seeds/facebook-banks), not the engine: a fixture whose sentence no longer
 * occurs in its article, names a missing file, or contradicts the status definitions fails here, so the
 * story tests never compare the engine against a broken answer key.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isSeedFile } from '../../src/analysis/index.ts';
import { parseSeed } from '../../src/analysis/parse-seed.ts';

const STORIES = 'tests/fixtures/stories';

const cited = z.object({ file: z.string().min(1), sentence: z.string().min(1) }).strict();
const expectedSchema = z.object({
  story: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  notes: z.string().min(1),
  claims: z.array(z.object({
    text: z.string().min(1),
    status: z.enum(['reported', 'disputed', 'denied']),
    statedIn: z.array(cited).min(1),
    contestedBy: z.array(cited.extend({ speaker: z.string().min(1), kind: z.enum(['denial', 'dispute', 'figures']) }).strict()),
    minSources: z.number().int().min(1),
    posed: z.boolean(),
  }).strict()).min(2).max(20),
  posed: z.array(z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    claim: z.string().min(1),
    status: z.enum(['reported', 'disputed', 'denied', 'unaddressed']),
    evidence: z.record(z.string(), z.enum(['agree', 'disagree', 'discuss', 'unrelated'])),
  }).strict()).min(1).max(3),
  distractors: z.array(z.string()),
}).strict();
type Expected = z.infer<typeof expectedSchema>;

/** Every fixture: where its expected.json is and which folder holds its articles. */
const fixtures: { name: string; expectedPath: string; seedsDir: string }[] = [
  ...readdirSync(STORIES)
    .filter((d) => statSync(join(STORIES, d)).isDirectory() && existsSync(join(STORIES, d, 'expected.json')))
    .sort()
    .map((d) => ({ name: d, expectedPath: join(STORIES, d, 'expected.json'), seedsDir: join(STORIES, d) })),
  { name: 'facebook-banks', expectedPath: join(STORIES, 'facebook-banks-expected.json'), seedsDir: 'seeds/facebook-banks' },
];

/** The article text as the engine reads it: headline and paragraphs after the seed parser. */
function parsedBlocks(dir: string, file: string): string[] {
  const r = parseSeed({ name: file, bytes: new Uint8Array(readFileSync(join(dir, file))) });
  if (!r.ok) throw new Error(`${dir}/${file}: ${r.problems.join('; ')}`);
  return [r.seed.title, ...r.seed.paragraphs];
}

describe.each(fixtures)('fixture story $name', ({ name, expectedPath, seedsDir }) => {
  let parsed: Expected | undefined;
  const load = (): Expected => (parsed ??= expectedSchema.parse(JSON.parse(readFileSync(expectedPath, 'utf8'))));
  it('parses and has the agreed shape', () => {
    expect(load().story).toBe(name);
  });

  const seedFiles = () => readdirSync(seedsDir).filter(isSeedFile).sort();
  const citations = () => load().claims.flatMap((c) => [...c.statedIn, ...c.contestedBy]);

  it('has a README saying where its articles come from', () => {
    if (name !== 'facebook-banks') expect(existsSync(join(seedsDir, 'README'))).toBe(true);
  });

  it('cites only seed files that exist, and each sentence verbatim, inside one paragraph as the parser reads it', () => {
    const files = seedFiles();
    for (const c of citations()) {
      expect(files, `${name}: ${c.file} is not a seed file of ${seedsDir}`).toContain(c.file);
      const text = readFileSync(join(seedsDir, c.file), 'utf8');
      expect(text.includes(c.sentence), `${name}/${c.file} does not contain: ${c.sentence}`).toBe(true);
      const inOneBlock = parsedBlocks(seedsDir, c.file).some((b) => b.includes(c.sentence));
      expect(inOneBlock, `${name}/${c.file}: the parsed article does not contain: ${c.sentence}`).toBe(true);
    }
  });

  it('gives every claim a status its evidence supports', () => {
    const data = load();
    for (const c of data.claims) {
      const where = `${name}: "${c.text}"`;
      expect(c.minSources, `${where}: minSources is the number of articles that state it`).toBe(new Set(c.statedIn.map((s) => s.file)).size);
      const kinds = c.contestedBy.map((x) => x.kind);
      if (c.status === 'reported') expect(c.contestedBy, `${where}: a reported claim is contested by nobody`).toEqual([]);
      if (c.status === 'disputed') {
        expect(kinds.length, `${where}: a disputed claim names what contests it`).toBeGreaterThan(0);
        expect(kinds, `${where}: a denial by the party makes it denied, not disputed`).not.toContain('denial');
      }
      if (c.status === 'denied') expect(kinds, `${where}: a denied claim cites the party's denial`).toContain('denial');
      const stated = new Set(c.statedIn.map((s) => `${s.file}\n${s.sentence}`));
      expect(stated.size, `${where}: a sentence is listed twice`).toBe(c.statedIn.length);
    }
    const all = data.claims.flatMap((c) => c.statedIn.map((s) => `${s.file}\n${s.sentence}`));
    expect(new Set(all).size, `${name}: one sentence is listed as stating two claims`).toBe(all.length);
  });

  it('reads every article for every posed claim, with a stance that fits the status', () => {
    const data = load();
    const files = seedFiles();
    const ids = data.posed.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of data.posed) {
      const where = `${name}: posed "${p.id}"`;
      expect(Object.keys(p.evidence).sort(), `${where}: evidence names every article, and only those`).toEqual(files);
      const stances = Object.values(p.evidence);
      if (p.status === 'unaddressed') expect(stances.every((s) => s === 'unrelated'), `${where}: no article addresses it`).toBe(true);
      if (p.status === 'reported') {
        expect(stances, `${where}: a reported claim is stated somewhere`).toContain('agree');
        expect(stances, `${where}: nobody contradicts a reported claim`).not.toContain('disagree');
      }
      // A denial can sit in an article that reports both sides (discuss), so a contested claim needs an
      // article that disagrees or discusses it, not one that disagrees.
      if (p.status === 'disputed' || p.status === 'denied') {
        expect(stances.some((x) => x === 'disagree' || x === 'discuss'), `${where}: some article contests or weighs it`).toBe(true);
      }
    }
  });

  it('keeps distractors out of every claim and unrelated to every posed claim', () => {
    const data = load();
    const files = seedFiles();
    for (const d of data.distractors) {
      expect(files).toContain(d);
      expect(citations().map((c) => c.file)).not.toContain(d);
      for (const p of data.posed) expect(p.evidence[d], `${name}: ${d} for posed "${p.id}"`).toBe('unrelated');
    }
  });
});

describe('the fixture stories together', () => {
  const loadAll = () => fixtures.map((f) => expectedSchema.parse(JSON.parse(readFileSync(f.expectedPath, 'utf8'))));

  it('cover a party\'s denial, a third party\'s dispute, differing figures, plain reporting and a distractor', () => {
    const all = loadAll();
    const claims = all.flatMap((d) => d.claims);
    expect(claims.some((c) => c.status === 'denied' && c.contestedBy.some((x) => x.kind === 'denial'))).toBe(true);
    expect(claims.some((c) => c.status === 'disputed' && c.contestedBy.some((x) => x.kind === 'dispute'))).toBe(true);
    expect(claims.some((c) => c.contestedBy.some((x) => x.kind === 'figures'))).toBe(true);
    expect(claims.some((c) => c.status === 'reported' && c.minSources >= 2)).toBe(true);
    expect(all.some((d) => d.distractors.length > 0)).toBe(true);
  });

  it('pose claims of every status, one of them addressed by no article', () => {
    const all = loadAll();
    const statuses = new Set(all.flatMap((d) => d.posed.map((p) => p.status)));
    expect([...statuses].sort()).toEqual(['denied', 'disputed', 'reported', 'unaddressed']);
  });
});
