/**
 * The build's own steps around Astro:
 * - before anything is written, check the configuration, every seed and every editorial note; on a problem,
 *   print one message listing every bad file and stop with exit code 1 (no stack trace, no half-built site);
 * - say when the site has no public address (no feed, no sitemap, relative share links);
 * - after the pages are written, index them for search with Pagefind (a static index, no server);
 * - in `astro dev`, show the seeds' problem in the browser instead of the last good pages (dev-middleware.ts),
 *   and reload open pages when a problem appears or is fixed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SeedError } from './analysis/index.ts';
import { shortHash } from './analysis/hash.ts';
import { onDevProblem } from './loaders/dev-problems.ts';
import { buildSiteData } from './loaders/site-data.ts';
import { siteInputs } from './loaders/paths.ts';
import { ConfigError, siteConfig } from './site/config.ts';

function stop(logger: { error: (m: string) => void }, message: string): never {
  logger.error(message);
  process.stderr.write(`\nerror: ${message}\n`);
  process.exit(1);
}

/** Indexes the built pages (only the parts marked data-pagefind-body) into <outDir>/pagefind/. */
async function indexForSearch(outDir: string, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split('-')[0] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Claim ids that no claim holds now (moved or retired): their pages exist for old links, not for search engines. */
const oldClaimIds = new Set<string>();

/** Whether a page URL belongs in the sitemap: not a card, the 404 page, or the page of an old claim id. */
export function inSitemap(url: string): boolean {
  if (/\/embed\/|\/404\/?$/.test(url)) return false;
  const id = /\/claims\/([^/]+)\/?$/.exec(url)?.[1];
  return id === undefined || !oldClaimIds.has(decodeURIComponent(id));
}

export function factCheckIntegration(): AstroIntegration {
  return {
    name: 'factcheck',
    hooks: {
      'astro:config:setup': ({ command, logger, addMiddleware }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./loaders/dev-middleware.ts', import.meta.url), order: 'pre' });
        if (command !== 'build') return;
        try {
          const cfg = siteConfig();
          if (!cfg.url) logger.warn('No public address (SITE_URL or url in site.config.yaml): building a preview with relative links, without the feed and the sitemap. Set SITE_URL before publishing.');
          const data = buildSiteData(siteInputs({ writeLocks: false }), (x) => shortHash(typeof x === 'string' ? x : JSON.stringify(x), 11), { info: () => {}, warn: (m) => logger.warn(m) });
          oldClaimIds.clear();
          for (const story of data.stories) for (const { id } of [...story.moved, ...story.retired]) oldClaimIds.add(id);
        } catch (e) {
          if (e instanceof SeedError || e instanceof ConfigError) stop(logger, e.message);
          throw e;
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const pages = await indexForSearch(fileURLToPath(dir), siteConfig().language);
        logger.info(`search index: ${pages} pages in ${Math.round(performance.now() - t0)} ms`);
      },
      'astro:server:setup': ({ server }) => {
        const stop = onDevProblem(() => server.ws.send({ type: 'full-reload', path: '*' }));
        server.httpServer?.on('close', stop);
      },
    },
  };
}
