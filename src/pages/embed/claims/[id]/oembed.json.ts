import type { GetStaticPaths } from 'astro';
import { siteRecords } from '../../../../site/records.ts';
import type { ClaimEntry } from '../../../../loaders/entries.ts';
import { claimPaths } from '../../../../site/claim-paths.ts';
import { OEMBED_TYPE, oembedAnswer } from '../../../../site/oembed.ts';

/**
 * The oEmbed answer of a claim card in `astro dev`. A build writes these files itself after the pages
 * (src/loaders/oembed-files.ts, the same bytes from src/site/oembed.ts), so here it lists none.
 * Live claims and moved ids (answered with the claim they moved to, as their card is).
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return claimPaths(siteRecords('claims'), siteRecords('stories')).flatMap((p) => (p.kind === 'retired' ? [] : [{ params: { id: p.id }, props: { claim: p.claim } }]));
}) satisfies GetStaticPaths;

export function GET({ props: { claim } }: { props: { claim: ClaimEntry } }) {
  return new Response(oembedAnswer(claim), { headers: { 'content-type': OEMBED_TYPE } });
}
