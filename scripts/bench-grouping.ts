/**
 * npm run bench:grouping [-- --verbose]: how well the engine groups restatements, on the golden fixture
 * stories (tests/fixtures/stories). Each story is analysed without posed claims, so every claim is a group of
 * the sentences that state it; each annotated sentence (`statedIn`) is found in the claim that holds it.
 *
 * - pairs: every two annotated sentences of different articles. Positive when the answer key lists both under
 *   one claim; negative when under two claims. Precision, recall and F1 of "the engine put them in one claim".
 * - merged: the answer key's "stated by N sources in one claim" expectations met.
 *
 * Figures are printed for the FNC-1 training stories (what thresholds may be calibrated on) apart from the
 * synthetic story and the seed story (checked, never calibrated on).
 */
import { readModels } from '../src/loaders/models.ts';
import type { Story } from '../src/analysis/index.ts';
import { analyzeFixture, fixtureStories } from './fixture-score.ts';
import { MODELS_DIR } from './paths.ts';

const models = readModels(MODELS_DIR);
const verbose = process.argv.includes('--verbose');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

type Tally = { tp: number; fp: number; fn: number; merged: number; mergedAll: number };
const tallies = new Map<string, Tally>();
const tally = (k: string) => tallies.get(k) ?? tallies.set(k, { tp: 0, fp: 0, fn: 0, merged: 0, mergedAll: 0 }).get(k)!;

/** Which claim holds a sentence as a statement (agree or discuss evidence), by claim index; -1 when none. */
function holder(story: Story, file: string, sentence: string): number {
  const source = story.sources.find((s) => s.file === file);
  return story.claims.findIndex((c) => c.evidence.some((e) => e.source === source?.id && e.stance !== 'disagree' && (norm(e.sentence).includes(norm(sentence)) || norm(sentence).includes(norm(e.sentence)))));
}

for (const { dir, expected } of fixtureStories()) {
  const group = dir.startsWith('seeds/') ? 'seed story' : expected.story === 'harbor-contract' ? 'synthetic' : 'FNC-1 training stories';
  const story = analyzeFixture(dir, { ...expected, posed: [] }, models);
  const t = tally(group);
  const annotated = expected.claims.flatMap((c, k) => c.statedIn.map((s) => ({ ...s, claim: k, holder: holder(story, s.file, s.sentence) })));
  for (let i = 0; i < annotated.length; i++) {
    for (let j = i + 1; j < annotated.length; j++) {
      const [a, b] = [annotated[i], annotated[j]];
      if (a.file === b.file) continue;
      const together = a.holder >= 0 && a.holder === b.holder;
      if (a.claim === b.claim && together) t.tp++;
      else if (a.claim === b.claim) {
        t.fn++;
        if (verbose) console.log(`${expected.story} MISSED\n  ${a.sentence.slice(0, 120)}\n  ${b.sentence.slice(0, 120)}`);
      } else if (together) {
        t.fp++;
        if (verbose) console.log(`${expected.story} WRONGLY MERGED\n  ${a.sentence.slice(0, 120)}\n  ${b.sentence.slice(0, 120)}`);
      }
    }
  }
  expected.claims.forEach((c, k) => {
    const first = annotated.find((a) => a.claim === k)!;
    const files = new Set(annotated.filter((a) => a.claim === k && a.holder >= 0 && a.holder === first.holder).map((a) => a.file));
    t.mergedAll++;
    if (verbose && !(first.holder >= 0 && files.size >= c.minSources)) console.log(`${expected.story} MERGED ${files.size}/${c.minSources}: ${c.text}`);
    if (first.holder >= 0 && files.size >= c.minSources) t.merged++;
  });
}
for (const [group, t] of tallies) {
  const p = t.tp / Math.max(1, t.tp + t.fp), r = t.tp / Math.max(1, t.tp + t.fn);
  console.log(`${group.padEnd(24)} pairs: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (${t.tp} together, ${t.fn} apart, ${t.fp} wrongly together); merged ${t.merged}/${t.mergedAll}`);
}
