/** Where the site's inputs are: SEEDS_DIR and CONTENT_DIR override the defaults (seeds/ and content/). */
import { resolve } from 'node:path';
import type { SiteInputs } from './site-data.ts';

/** Inputs resolved against the working directory (the project root for every npm script). */
export function siteInputs(opts: { writeLocks: boolean; writeHistory?: boolean }): SiteInputs {
  return {
    seedsDir: resolve(process.env.SEEDS_DIR || 'seeds'),
    contentDir: resolve(process.env.CONTENT_DIR || 'content'),
    modelsDir: resolve('models'),
    writeLocks: opts.writeLocks,
    writeHistory: opts.writeHistory ?? false,
  };
}
