// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { factCheckIntegration, inSitemap } from './src/integration.ts';
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
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The sitemap needs the public address; cards, the 404 page and old claim ids are not for search engines.
  integrations: [
    factCheckIntegration(),
    ...(cfg.url ? [sitemap({ filter: inSitemap })] : []),
  ],
  devToolbar: { enabled: false },
});
