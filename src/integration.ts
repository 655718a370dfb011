/**
 * Build guard: before `astro build` writes anything, check every seed and editorial note. On a problem, print
 * one message listing every bad file and stop with exit code 1: no stack trace, no half-built site.
 */
import type { AstroIntegration } from 'astro';
import { SeedError } from './analysis/index.ts';
import { shortHash } from './analysis/hash.ts';
import { buildSiteData } from './loaders/site-data.ts';
import { siteInputs } from './loaders/paths.ts';

export function factCheckIntegration(): AstroIntegration {
  return {
    name: 'factcheck-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        try {
          buildSiteData(siteInputs({ writeLocks: false }), (x) => shortHash(typeof x === 'string' ? x : JSON.stringify(x), 11));
        } catch (e) {
          if (!(e instanceof SeedError)) throw e;
          logger.error(e.message);
          process.stderr.write(`\nerror: ${e.message}\n`);
          process.exit(1);
        }
      },
    },
  };
}
