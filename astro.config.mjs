// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { factCheckFinish, factCheckIntegration, inSitemap } from './src/integration.ts';
import { ConfigError, siteConfig } from './src/site/config.ts';

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
  // CACHE_DIR keeps a build's caches apart (the benchmark's cold builds; two checkouts' builds): Astro's
  // content store and page cache here, the analyses in CACHE_DIR/factcheck-analysis (analysis-cache.ts).
  ...(process.env.CACHE_DIR ? { cacheDir: `${process.env.CACHE_DIR.replace(/\/$/, '')}/astro` } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
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
