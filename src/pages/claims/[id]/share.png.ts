import type { GetStaticPaths } from 'astro';
import { siteRecords } from '../../../site/records.ts';
import type { ClaimEntry } from '../../../loaders/entries.ts';
import { pageKey } from '../../../loaders/page-keys.ts';
import { siteConfig } from '../../../site/config.ts';
import { sharePng } from '../../../site/share-image.ts';
import { count } from '../../../site/words.ts';

// Key claims only: drawing costs tens of milliseconds an image, and an archive of a thousand stories has tens
// of thousands of minor claims; those share their story's image (see shareImagePath).
export const getStaticPaths = (async () => siteRecords('claims').filter((c) => c.key).map((c) => ({ params: { id: c.id }, props: { claim: c }, cacheKey: pageKey({ claim: c }) }))) satisfies GetStaticPaths;

/** A key claim's share image (og:image): status, claim and story. */
export async function GET({ props: { claim } }: { props: { claim: ClaimEntry } }) {
  const png = await sharePng({
    kicker: `${siteConfig().name} · ${claim.storyTitle}`, title: claim.text, status: claim.status,
    footer: `${count(claim.evidence.length, 'piece', 'pieces')} of evidence from ${count(claim.sourceCount, 'source', 'sources')}`,
  });
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
