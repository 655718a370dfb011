// @ts-check
import { defineConfig } from 'astro/config';
import { factCheckIntegration } from './src/integration.ts';

export default defineConfig({
  // Absolute URLs (embed code, JSON-LD) use SITE_URL when the site's public address is known.
  site: process.env.SITE_URL || undefined,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [factCheckIntegration()],
  devToolbar: { enabled: false },
});
