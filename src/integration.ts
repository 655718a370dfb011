/**
 * The build's own steps around Astro:
 * - before anything is written, check the configuration, every seed and every editorial note; on a problem,
 *   print one message listing every bad file and stop with exit code 1 (no stack trace, no half-built site);
 * - say when the site has no public address (no feed, no sitemap, relative share links);
 * - after the pages are written, write the cards' oEmbed answers (oembed-files.ts) and index the pages for search
 *   with Pagefind (a static index, no server);
 * - in `astro dev`, show the seeds' problem in the browser instead of the last good pages (dev-middleware.ts),
 *   and reload open pages when a problem appears or is fixed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SeedError } from './analysis/index.ts';
import { releaseAnalyses } from './loaders/analysis-cache.ts';
import { publicCopies, recordOutput, removeStale, skipPageCopies, takeKeptOutput, type KeptOutput } from './loaders/kept-output.ts';
import { setAsidePreviousOutput } from './loaders/previous-output.ts';
import { tightenHeapFor } from './loaders/heap.ts';
import { indexForSearch } from './loaders/search-index.ts';
import { writeOembedFiles } from './loaders/oembed-files.ts';
import { isSearchFolder, searchShards } from './site/search-shards.ts';
import { onDevProblem } from './loaders/dev-problems.ts';
import { buildSiteData, prepareSiteData, type Reporter } from './loaders/site-data.ts';
import { siteInputs } from './loaders/paths.ts';
import { ConfigError, siteConfig } from './site/config.ts';

function stop(logger: { error: (m: string) => void }, message: string): never {
  logger.error(message);
  process.stderr.write(`\nerror: ${message}\n`);
  process.exit(1);
}

/** Claim ids that no claim holds now (moved or retired): their pages exist for old links, not for search engines. */
const oldClaimIds = new Set<string>();

/** Whether a page URL belongs in the sitemap: not a card, the 404 page, or the page of an old claim id. */
export function inSitemap(url: string): boolean {
  if (/\/embed\/|\/404\/?$/.test(url)) return false;
  const id = /\/claims\/([^/]+)\/?$/.exec(url)?.[1];
  return id === undefined || !oldClaimIds.has(decodeURIComponent(id));
}

/** What the build's two integrations share: the folders, and what became of the previous output. */
const build = {
  cacheDir: '',
  outDir: '',
  /** The project's public/ folder, which Astro copies into the output as it is. */
  publicDir: '',
  /** When this build started writing: files older than this that it did not keep are stale. */
  started: 0,
  /** The previous output is kept in place (kept-output.ts), so Astro leaves unchanged pages where they are. */
  kept: null as KeptOutput | null,
  /** The digests of the files this build wrote itself (oembed-files.ts), for the next build. */
  written: {} as Record<string, string>,
  /** What this build's search index was made from. */
  searchHash: null as string | null,
  /** Parts of the search index (by the number of stories). */
  searchShards: 1,
  /** Else it was moved aside and is being deleted in the background (previous-output.ts). */
  clearing: null as Promise<void> | null,
  /** The last build:done hook ran. */
  finished: false,
};

/**
 * Node exits with code 0 when the work left is waiting on a promise nothing will settle, which would leave a
 * half-written output folder that looks like a success: a build that never reached its last hook fails.
 */
function failUnfinishedExit(): void {
  process.on('exit', (code) => {
    if (code !== 0 || build.finished) return;
    process.stderr.write('\nerror: the build stopped before it finished (Astro had nothing left to wait for); the output folder is incomplete. Build again.\n');
    process.exitCode = 1;
  });
}

export function factCheckIntegration(): AstroIntegration {
  return {
    name: 'factcheck',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, addMiddleware, updateConfig }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./loaders/dev-middleware.ts', import.meta.url), order: 'pre' });
        if (command !== 'build') return;
        failUnfinishedExit();
        build.cacheDir = fileURLToPath(config.cacheDir);
        build.outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        build.publicDir = fileURLToPath(config.publicDir);
        try {
          const cfg = siteConfig();
          if (!cfg.url) logger.warn('No public address (SITE_URL or url in site.config.yaml): building a preview with relative links, without the feed and the sitemap. Set SITE_URL before publishing.');
          // The one analysis of this build: every story checked (nothing is written if one is bad), analysed
          // unless a cache has it, its lock and corrections log written; the content loaders take the result.
          const report: Reporter = {
            info: (m) => logger.info(m),
            warn: (m) => logger.warn(m),
            progress: { tty: Boolean(process.stdout.isTTY) && !process.env.CI, write: (t) => process.stdout.write(t) },
          };
          const data = await buildSiteData(siteInputs({ writeLocks: true, writeHistory: true }), report);
          build.searchShards = searchShards(data.stories.length);
          if (tightenHeapFor(data.stories.length)) logger.info(`${data.stories.length} stories: the heap is kept tight while pages render (src/loaders/heap.ts)`);
          // The entries are all the loaders need: the analyses (the larger part) can go now.
          releaseAnalyses();
          prepareSiteData(data);
          await skipPageCopies();
          build.kept = takeKeptOutput(build.cacheDir, build.outDir);
          if (build.kept) updateConfig({ vite: { build: { emptyOutDir: false } } });
          else build.clearing = setAsidePreviousOutput(build.outDir);
          build.started = Date.now();
          oldClaimIds.clear();
          for (const story of data.stories) for (const { id } of [...story.moved, ...story.retired]) oldClaimIds.add(id);
        } catch (e) {
          if (e instanceof SeedError || e instanceof ConfigError) stop(logger, e.message);
          throw e;
        }
      },
      // The loaders have the site now (the pages read it from them, src/site/records.ts): the analyses and the
      // guard's handle on the site can go.
      'astro:build:start': () => {
        prepareSiteData(null);
        releaseAnalyses();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        // Written while the search index is made (its pages are the HTML ones, not these).
        const t = performance.now();
        const oembed = writeOembedFiles(build.outDir, build.kept?.written ?? null);
        build.written = oembed.digests;
        const answers = Object.keys(oembed.digests);
        const oembedLogged = oembed.done.then((n) => logger.info(`oEmbed answers: ${answers.length}, ${n} written in ${Math.round(performance.now() - t)} ms`));
        if (build.kept) {
          const keep = new Set([
            ...[...assets.values()].flat().map((u) => fileURLToPath(u)),
            ...answers.map((rel) => join(build.outDir, rel)),
            ...publicCopies(build.publicDir, build.outDir),
          ]);
          const removed = removeStale(build.outDir, build.kept.files, keep, build.started, isSearchFolder);
          build.kept.files = [];
          if (removed) logger.info(`removed ${removed} files of pages that are gone`);
        }
        const t0 = performance.now();
        const searchLogged = indexForSearch(fileURLToPath(dir), siteConfig().language, build.cacheDir, build.searchShards, build.kept?.searchHash ?? null).then(({ pages, shards, indexed, hash }) => {
          build.searchHash = hash;
          const what = shards === 1 ? (indexed ? 'indexed' : 'unchanged, index reused') : `in ${shards} parts, ${indexed} indexed, ${shards - indexed} reused`;
          logger.info(`search index: ${pages} pages ${what} in ${Math.round(performance.now() - t0)} ms`);
        });
        await Promise.all([searchLogged, oembedLogged]);
      },
      'astro:server:setup': ({ server }) => {
        const stop = onDevProblem(() => server.ws.send({ type: 'full-reload', path: '*' }));
        server.httpServer?.on('close', stop);
      },
    },
  };
}

/**
 * Goes last in the integrations (after the sitemap, which writes at build:done too): records the finished
 * output folder so the next build may keep it, and waits for the previous output's deletion.
 */
export function factCheckFinish(): AstroIntegration {
  return {
    name: 'factcheck-finish',
    hooks: {
      'astro:build:done': async () => {
        await build.clearing;
        recordOutput(build.cacheDir, build.outDir, build.searchHash, build.written);
        build.finished = true;
      },
    },
  };
}
