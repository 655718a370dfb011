/**
 * npm run -s analyze -- [seeds dir] [--explain]: prints the analysis JSON on stdout; builds nothing, writes
 * nothing in the project but the analysis cache (the claim-id locks are read as committed; a build then finds
 * the analyses). With --explain each story also lists `messages`: what each stage dropped (boilerplate, not
 * check-worthy) or merged, and why; every story is then analysed again, since the cache keeps no messages.
 * Warnings go to stderr; bad seeds stop it with one message and exit 1.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SeedError, toReport } from '../src/analysis/index.ts';
import { siteInputs } from '../src/loaders/paths.ts';
import { analyzeSeeds } from '../src/loaders/site-data.ts';

const USAGE = 'usage: npm run -s analyze -- [seeds dir] [--explain]';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { explain: { type: 'boolean', default: false } } });
} catch (e) {
  console.error(`error: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length > 1) {
  console.error(`error: one seeds folder at most (given: ${positionals.join(', ')})\n${USAGE}`);
  process.exit(2);
}
const inputs = siteInputs({ writeLocks: false });
if (positionals[0]) inputs.seedsDir = resolve(positionals[0]);
try {
  const { stories, messages } = await analyzeSeeds(inputs, {
    info: () => {},
    warn: (m) => console.error(`warning: ${m}`),
  }, { explain: values.explain });
  const report = toReport(stories);
  const out = values.explain ? { stories: report.stories.map((s, i) => ({ ...s, messages: messages[i] })) } : report;
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} catch (e) {
  if (!(e instanceof SeedError)) throw e;
  console.error(`error: ${e.message}`);
  process.exit(1);
}
