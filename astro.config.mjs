// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { factCheckFinish, factCheckIntegration, inSitemap } from './src/integration.ts';
import { ConfigError, siteConfig } from './src/site/config.ts';
import { astroCacheDir } from './src/loaders/cache-dirs.ts';

/** site.config.yaml (or SITE_CONFIG), with SITE_URL overriding its url: the public address and base path. */
function readConfig() {
  try {
    return siteConfig();
  } catch (e) {
    // A setting an editor can fix: say which and stop, without a stack trace.
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(1);
  }
}
const cfg = readConfig();

export default defineConfig({
  site: cfg.url?.href,
  base: cfg.base,
  outDir: process.env.OUT_DIR || './dist',
  // Astro's content store and page cache: one folder per output folder, so builds into different folders at
  // once (the end-to-end sites, tests) never share a page cache; CACHE_DIR names it (cache-dirs.ts).
  cacheDir: astroCacheDir(),
  trailingSlash: 'ignore',
  // Four pages in flight: rendering overlaps the writes of the page before (200 stories: generation 46 -> 37-46 s
  // in pairs of runs, ~15-20%); the same bytes as one at a time, and the incremental cache still applies.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // The sitemap needs the public address; cards, the 404 page and old claim ids are not for search engines.
  integrations: [
    factCheckIntegration(),
    ...(cfg.url ? [sitemap({ filter: inSitemap })] : []),
    factCheckFinish(),
  ],
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() key (src/loaders/page-keys.ts) and code are unchanged are copied from the
  // last build instead of rendered (README, "Performance").
  experimental: { incrementalBuild: true },
});
