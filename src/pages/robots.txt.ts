import { siteConfig } from '../site/config.ts';
import { absoluteUrlOrNull } from '../site/urls.ts';

/**
 * robots.txt: everything may be crawled (cards carry noindex themselves); the sitemap's address when the site's
 * public address is known. Crawlers read robots.txt only at a host's root, so with a base path the host's own
 * robots.txt should point here (README, "Configuration").
 */
export function GET() {
  const sitemap = siteConfig().url ? absoluteUrlOrNull('/sitemap-index.xml') : null;
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
