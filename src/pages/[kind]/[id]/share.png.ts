import type { GetStaticPaths } from 'astro';
import { siteRecords } from '../../../site/records.ts';
import type { ClaimEntry, StoryEntry } from '../../../loaders/entries.ts';
import { pageKey } from '../../../loaders/page-keys.ts';
import { claimCard, storyCard } from '../../../site/share-cards.ts';
import { prepareShareImages, sharePng } from '../../../site/share-image.ts';

/**
 * Share images (og:image): /claims/<id>/share.png for each key claim, /stories/<id>/share.png for each story.
 * Minor claims share their story's image (urls.ts, shareImagePath): drawing costs tens of milliseconds an image,
 * and an archive of a thousand stories has tens of thousands of minor claims.
 *
 * One route for both, its first segment a parameter, so that Astro renders these paths after every page (a
 * route whose first segment is a parameter comes after the static ones): the cards start drawing on one core
 * here, while the pages render on the other, and are read back from the cache when Astro comes to them. (Not a
 * rest parameter: a route that matches every address has its paths asked for on every request in `astro dev`,
 * before the page that shows a bad seed's problem.)
 */
export const getStaticPaths = (async () => {
  const claims = siteRecords('claims').filter((c) => c.key);
  const stories = siteRecords('stories');
  if (import.meta.env.PROD) prepareShareImages([...claims.map(claimCard), ...stories.map(storyCard)]);
  return [
    ...claims.map((claim) => ({ params: { kind: 'claims', id: claim.id }, props: { claim }, cacheKey: pageKey({ claim }) })),
    ...stories.map((story) => ({ params: { kind: 'stories', id: story.id }, props: { story }, cacheKey: pageKey({ story }) })),
  ];
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { claim: ClaimEntry } | { story: StoryEntry } }) {
  const png = await sharePng('claim' in props ? claimCard(props.claim) : storyCard(props.story));
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
