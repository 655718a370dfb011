/**
 * Scores the engine against the golden fixture stories (tests/fixtures/stories/<name>/expected.json and
 * tests/fixtures/stories/facebook-banks-expected.json for the seed story): one check per expectation, each
 * with what was expected and what the engine did. Shared by the vitest suite and `npm run check:fixtures`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStory, checkSeeds, type Claim, type EngineModels, type Story } from '../src/analysis/index.ts';

interface Expected {
  story: string;
  claims: { text: string; status: string; statedIn: { file: string; sentence: string }[]; contestedBy: { file: string; sentence: string; kind: string }[]; minSources: number }[];
  posed: { id: string; claim: string; status: string; evidence: Record<string, string> }[];
  distractors?: string[];
}

/** One expectation and whether the engine met it. */
export interface Check {
  /** Stable name: `<story> / <kind> / <claim text>`. */
  id: string;
  ok: boolean;
  expected: string;
  actual: string;
}

/** Fixture stories: folder and answer key. */
export function fixtureStories(root = 'tests/fixtures/stories'): { dir: string; expected: Expected }[] {
  const out = readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'expected.json')))
    .sort()
    .map((d) => ({ dir: join(root, d), expected: JSON.parse(readFileSync(join(root, d, 'expected.json'), 'utf8')) as Expected }));
  const seed = join(root, 'facebook-banks-expected.json');
  if (existsSync(seed)) out.push({ dir: 'seeds/facebook-banks', expected: JSON.parse(readFileSync(seed, 'utf8')) });
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Analyses one fixture story with its posed claims. */
export function analyzeFixture(dir: string, expected: Expected, models: EngineModels): Story {
  const files = readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const { seeds, problems } = checkSeeds(expected.story, files);
  if (problems.length) throw new Error(`fixture ${dir}: ${problems.map((p) => p.message).join('; ')}`);
  return analyzeStory(expected.story, seeds, { models, posed: expected.posed.map((p) => ({ id: p.id, text: p.claim })) }).story;
}

/** Every check of one fixture story. */
export function scoreFixture(story: Story, expected: Expected): Check[] {
  const fileOf = new Map(story.sources.map((s) => [s.id, s.file]));
  const holds = (c: Claim, file: string, sentence: string, stances: string[]) =>
    c.evidence.some((e) => fileOf.get(e.source) === file && stances.includes(e.stance) && (norm(e.sentence).includes(norm(sentence)) || norm(sentence).includes(norm(e.sentence))));
  const checks: Check[] = [];
  const name = (kind: string, text: string) => `${expected.story} / ${kind} / ${text}`;
  for (const x of expected.claims) {
    const first = x.statedIn[0];
    const claim = story.claims.find((c) => holds(c, first.file, first.sentence, ['agree', 'discuss']));
    const statedFiles = claim ? new Set(x.statedIn.filter((s) => holds(claim, s.file, s.sentence, ['agree', 'discuss'])).map((s) => s.file)) : new Set();
    checks.push({ id: name('status', x.text), ok: claim?.status === x.status, expected: x.status, actual: claim ? `${claim.status} (${claim.text})` : 'no claim holds its first sentence' });
    checks.push({ id: name('merged', x.text), ok: statedFiles.size >= x.minSources, expected: `stated by ${x.minSources} sources in one claim`, actual: `${statedFiles.size}` });
    for (const against of x.contestedBy.filter((c) => c.kind !== 'figures')) {
      checks.push({
        id: name(`contested by ${against.file} (${against.sentence.slice(0, 40)})`, x.text), ok: Boolean(claim && holds(claim, against.file, against.sentence, ['disagree'])),
        expected: `disagree: ${against.sentence.slice(0, 80)}`, actual: claim ? claim.evidence.filter((e) => e.stance === 'disagree').map((e) => e.sentence.slice(0, 60)).join(' | ') || 'no disagreeing evidence' : 'no claim',
      });
    }
  }
  for (const p of expected.posed) {
    const claim = story.claims.find((c) => c.id === p.id);
    checks.push({ id: name('posed status', p.claim), ok: claim?.status === p.status, expected: p.status, actual: claim ? `${claim.status}: ${claim.reason}` : 'missing' });
    for (const [file, stance] of Object.entries(p.evidence)) {
      const source = story.sources.find((s) => s.file === file);
      const got = new Set(claim?.evidence.filter((e) => e.source === source?.id).map((e) => e.stance));
      const actual = got.has('disagree') ? 'disagree' : got.has('agree') ? 'agree' : got.has('discuss') ? 'discuss' : 'unrelated';
      // "discuss" and "agree" are both "the article reports it"; the site tells them apart, the check does not.
      const same = actual === stance || (actual !== 'unrelated' && actual !== 'disagree' && (stance === 'agree' || stance === 'discuss'));
      checks.push({ id: name(`posed evidence ${file}`, p.claim), ok: same, expected: stance, actual });
    }
  }
  for (const file of expected.distractors ?? []) {
    const source = story.sources.find((s) => s.file === file);
    const shared = story.claims.filter((c) => c.evidence.some((e) => e.source === source?.id) && c.evidence.some((e) => e.source !== source?.id));
    checks.push({ id: name('distractor', file), ok: shared.length === 0, expected: 'no claim shared with other sources', actual: shared.map((c) => c.text.slice(0, 60)).join(' | ') || 'none' });
  }
  return checks;
}
