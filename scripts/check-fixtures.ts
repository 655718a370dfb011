/** npm run check:fixtures: how the engine does on the golden fixture stories, expectation by expectation. */
import { readModels } from '../src/loaders/models.ts';
import { analyzeFixture, fixtureStories, scoreFixture } from './fixture-score.ts';
import { MODELS_DIR } from './paths.ts';

const models = readModels(MODELS_DIR);
let ok = 0, all = 0;
for (const { dir, expected } of fixtureStories()) {
  const checks = scoreFixture(analyzeFixture(dir, expected, models), expected);
  ok += checks.filter((c) => c.ok).length;
  all += checks.length;
  console.log(`\n${expected.story}: ${checks.filter((c) => c.ok).length}/${checks.length}`);
  for (const c of checks) console.log(`  ${c.ok ? 'ok  ' : 'MISS'} ${c.id.replace(`${expected.story} / `, '').slice(0, 110)}${c.ok ? '' : `\n         expected ${c.expected}; got ${c.actual.slice(0, 140)}`}`);
}
console.log(`\n${ok}/${all} expectations met`);
