/**
 * The oEmbed answer (https://oembed.com/, type "rich") for a claim card, at /embed/claims/<id>/oembed.json; the
 * claim page links it for discovery. An old id answers with the claim it moved to, as its card shows it.
 * In `astro dev` a route serves it (src/pages/embed/claims/[id]/oembed.json.ts); a build writes the files itself
 * (src/loaders/oembed-files.ts), since one Astro page per claim for ~600 bytes of JSON cost about a quarter of rendering.
 */
import type { ClaimEntry } from '../loaders/entries.ts';
import { siteConfig } from './config.ts';
import { CARD_MAX_WIDTH, cardHeight, cardMeta, cardText, embedCode } from './embed.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from './share-size.ts';
import { absoluteUrl, claimShareImage } from './urls.ts';

/** The answer's path under the site's root, for the card at /embed/claims/<id>/. */
export const oembedPath = (id: string): string => `/embed/claims/${id}/oembed.json`;

/** The answer's bytes (as text) for the card of `claim`. */
export function oembedAnswer(claim: ClaimEntry): string {
  const cfg = siteConfig();
  const height = cardHeight(cardText(claim, cardMeta(claim), cfg.name));
  const body = {
    version: '1.0', type: 'rich', title: claim.text,
    provider_name: cfg.publisher.name, provider_url: cfg.publisher.url ?? absoluteUrl('/'),
    html: embedCode({ src: absoluteUrl(`/embed/claims/${claim.id}/`), script: absoluteUrl('/embed.js'), title: `${cfg.name}: ${claim.text}`, height }),
    width: CARD_MAX_WIDTH, height,
    thumbnail_url: absoluteUrl(claimShareImage(claim)), thumbnail_width: SHARE_WIDTH, thumbnail_height: SHARE_HEIGHT,
  };
  return JSON.stringify(body, null, 1);
}

/** The content type the answer is served with (what the dev route sends; a static host goes by `.json`). */
export const OEMBED_TYPE = 'application/json+oembed; charset=utf-8';
