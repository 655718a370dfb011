/** npm run -s analyze -- [seeds dir]: prints the analysis JSON on stdout; builds nothing, writes nothing. */
import { toReport, SeedError } from '../src/analysis/index.ts';
import { analyzeAll, readStories } from '../src/loaders/read-seeds.ts';
import { readStoryTitles } from '../src/loaders/editorial.ts';
import { seedsDir, STANCE_MODEL_PATH, CONTENT_DIR } from './paths.ts';

const dir = process.argv[2] ?? seedsDir();
try {
  const results = analyzeAll(readStories(dir), { modelPath: STANCE_MODEL_PATH, titles: readStoryTitles(CONTENT_DIR) });
  process.stdout.write(JSON.stringify(toReport(results.map((r) => r.story)), null, 2) + '\n');
} catch (e) {
  if (e instanceof SeedError) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
