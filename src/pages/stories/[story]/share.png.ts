import type { GetStaticPaths } from 'astro';
import { siteRecords } from '../../../site/records.ts';
import type { StoryEntry } from '../../../loaders/entries.ts';
import { pageKey } from '../../../loaders/page-keys.ts';
import { siteConfig } from '../../../site/config.ts';
import { sharePng } from '../../../site/share-image.ts';
import { STATUSES, STATUS_WORD } from '../../../site/words.ts';

export const getStaticPaths = (async () => siteRecords('stories').map((s) => ({ params: { story: s.id }, props: { story: s }, cacheKey: pageKey({ story: s }) }))) satisfies GetStaticPaths;

/** The story's share image: its title and claim counts by status. */
export async function GET({ props: { story } }: { props: { story: StoryEntry } }) {
  const png = await sharePng({
    kicker: siteConfig().name, title: story.title, status: null,
    footer: STATUSES.map((s) => `${STATUS_WORD[s]} ${story.counts[s]}`).join(' · '),
  });
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
