import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ClaimEntry } from '../../../loaders/entries.ts';
import { siteConfig } from '../../../site/config.ts';
import { sharePng } from '../../../site/share-image.ts';
import { count } from '../../../site/words.ts';

export const getStaticPaths = (async () => (await getCollection('claims')).map((c) => ({ params: { id: c.id }, props: { claim: c.data } }))) satisfies GetStaticPaths;

/** The claim's share image (og:image): status, claim and story. */
export async function GET({ props: { claim } }: { props: { claim: ClaimEntry } }) {
  const png = await sharePng({
    kicker: `${siteConfig().name} · ${claim.storyTitle}`, title: claim.text, status: claim.status,
    footer: `${count(claim.evidence.length, 'piece', 'pieces')} of evidence from ${count(claim.sourceCount, 'source', 'sources')}`,
  });
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
