/**
 * The feed of changes (RSS 2.0, @astrojs/rss): new claims, status changes and retired claims, newest first.
 * Feeds need absolute links, so it is built only when the site's public address is configured (SITE_URL).
 */
import rss from '@astrojs/rss';
import type { GetStaticPaths } from 'astro';
import { siteRecords } from '../site/records.ts';
import { changeGroups, changeLink, changeTitle } from '../site/changes.ts';
import { siteConfig } from '../site/config.ts';
import { absoluteUrl } from '../site/urls.ts';

/** Readers poll the feed; the whole log is on /changes/. */
export const FEED_ITEMS = 100;

export const getStaticPaths = (() => (siteConfig().url ? [{ params: { feed: 'changes' } }] : [])) satisfies GetStaticPaths;

export async function GET() {
  const cfg = siteConfig();
  const claims = new Map(siteRecords('claims').map((c) => [c.id, c]));
  const items = changeGroups(siteRecords('stories'))
    .flatMap((g) => g.changes.map((c) => ({
      title: changeTitle(c),
      link: absoluteUrl(changeLink(c, g)),
      pubDate: new Date(`${g.date}T00:00:00Z`),
      description: claims.get(c.claim)?.reason ?? `This claim no longer appears in the coverage of ${g.story.title}.`,
      categories: [g.story.title],
    })))
    .slice(0, FEED_ITEMS);
  return rss({
    title: `${cfg.name}: changes to claims`,
    description: `New claims, status changes and retired claims on ${cfg.name}: the site's corrections log.`,
    site: cfg.url!.href,
    items,
    customData: `<language>${cfg.language}</language>`,
    trailingSlash: true,
  });
}
