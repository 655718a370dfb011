/**
 * npm run -s analyze -- [seeds dir]: prints the analysis JSON on stdout; builds nothing, writes nothing in the
 * project but the analysis cache (the claim-id locks are read as committed; a build then finds the analyses).
 * Warnings go to stderr; bad seeds stop it with one message and exit 1.
 */
import { resolve } from 'node:path';
import { SeedError, toReport } from '../src/analysis/index.ts';
import { siteInputs } from '../src/loaders/paths.ts';
import { analyzeSeeds } from '../src/loaders/site-data.ts';

const inputs = siteInputs({ writeLocks: false });
if (process.argv[2]) inputs.seedsDir = resolve(process.argv[2]);
try {
  const { stories } = await analyzeSeeds(inputs, {
    info: () => {},
    warn: (m) => console.error(`warning: ${m}`),
  });
  process.stdout.write(JSON.stringify(toReport(stories), null, 2) + '\n');
} catch (e) {
  if (!(e instanceof SeedError)) throw e;
  console.error(`error: ${e.message}`);
  process.exit(1);
}
