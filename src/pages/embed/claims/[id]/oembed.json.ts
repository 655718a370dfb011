import type { GetStaticPaths } from 'astro';
import { siteRecords } from '../../../../site/records.ts';
import type { ClaimEntry } from '../../../../loaders/entries.ts';
import { claimPaths } from '../../../../site/claim-paths.ts';
import { pageKey } from '../../../../loaders/page-keys.ts';
import { siteConfig } from '../../../../site/config.ts';
import { CARD_MAX_WIDTH, cardHeight, cardMeta, cardText, embedCode } from '../../../../site/embed.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../../../../site/share-image.ts';
import { absoluteUrl, claimShareImage } from '../../../../site/urls.ts';

/** Live claims, and moved ids (answered with the claim they moved to, as their card is). */
export const getStaticPaths = (async () => {
  return claimPaths(siteRecords('claims'), siteRecords('stories')).flatMap((p) => (p.kind === 'retired' ? [] : [{ params: { id: p.id }, props: { claim: p.claim }, cacheKey: pageKey({ claim: p.claim }) }]));
}) satisfies GetStaticPaths;

/** oEmbed (https://oembed.com/, type "rich") for the claim card; the claim page links it for discovery. */
export function GET({ props: { claim } }: { props: { claim: ClaimEntry } }) {
  const cfg = siteConfig();
  const height = cardHeight(cardText(claim, cardMeta(claim), cfg.name));
  const body = {
    version: '1.0', type: 'rich', title: claim.text,
    provider_name: cfg.publisher.name, provider_url: cfg.publisher.url ?? absoluteUrl('/'),
    html: embedCode({ src: absoluteUrl(`/embed/claims/${claim.id}/`), script: absoluteUrl('/embed.js'), title: `${cfg.name}: ${claim.text}`, height }),
    width: CARD_MAX_WIDTH, height,
    thumbnail_url: absoluteUrl(claimShareImage(claim)), thumbnail_width: SHARE_WIDTH, thumbnail_height: SHARE_HEIGHT,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
}
