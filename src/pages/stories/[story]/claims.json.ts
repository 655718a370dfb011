import type { GetStaticPaths } from 'astro';
import { siteRecords } from '../../../site/records.ts';
import type { ClaimEntry } from '../../../loaders/entries.ts';
import { pageKey } from '../../../loaders/page-keys.ts';
import { claimRecord, jsonResponse } from '../../../site/datasets.ts';
import { absoluteUrl } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const claims = siteRecords('claims');
  return siteRecords('stories').map((s) => {
    const props = { claims: claims.filter((c) => c.story === s.id) };
    return { params: { story: s.id }, props, cacheKey: pageKey(props) };
  });
}) satisfies GetStaticPaths;

/** One story's claims, as /claims.json gives them. */
export function GET({ props }: { props: { claims: ClaimEntry[] } }) {
  return jsonResponse({ claims: props.claims.map((c) => claimRecord(c, absoluteUrl)) });
}
