/**
 * Build guard: before `astro build` writes anything, check every seed and editorial note. On a problem, print
 * one message listing every bad file and stop with exit code 1: no stack trace, no half-built site.
 * In `astro dev`, show the seeds' problem in the browser instead of the last good pages (dev-middleware.ts),
 * and reload open pages when a problem appears or is fixed.
 */
import type { AstroIntegration } from 'astro';
import { SeedError } from './analysis/index.ts';
import { shortHash } from './analysis/hash.ts';
import { onDevProblem } from './loaders/dev-problems.ts';
import { buildSiteData } from './loaders/site-data.ts';
import { siteInputs } from './loaders/paths.ts';

export function factCheckIntegration(): AstroIntegration {
  return {
    name: 'factcheck-guard',
    hooks: {
      'astro:config:setup': ({ command, logger, addMiddleware }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./loaders/dev-middleware.ts', import.meta.url), order: 'pre' });
        if (command !== 'build') return;
        try {
          buildSiteData(siteInputs({ writeLocks: false }), (x) => shortHash(typeof x === 'string' ? x : JSON.stringify(x), 11), { info: () => {}, warn: (m) => logger.warn(m) });
        } catch (e) {
          if (!(e instanceof SeedError)) throw e;
          logger.error(e.message);
          process.stderr.write(`\nerror: ${e.message}\n`);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server }) => {
        const stop = onDevProblem(() => server.ws.send({ type: 'full-reload', path: '*' }));
        server.httpServer?.on('close', stop);
      },
    },
  };
}
