/**
 * Checks a ClaimReview JSON-LD block against Google's fact-check documentation
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required: claimReviewed, reviewRating (with alternateName), url (on the page's own host);
 * recommended: author (name, url), datePublished, itemReviewed as a Claim with author, datePublished,
 * appearance and firstAppearance; reviewRating's ratingValue, bestRating, worstRating and name.
 * A recommended property may be missing only where the site has no data for it, which the caller says.
 */

type Json = Record<string, unknown>;

const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const isAbsolute = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^/]+/.test(v);

/** What the site knows about the claim, so a missing recommended property can be told from a forgotten one. */
export interface KnownFacts {
  /** The claim page's own URL as published. */
  pageUrl: string;
  /** The site has published the claim (its corrections log has a date). */
  published: boolean;
  /** The earliest source stating the claim has a date. */
  firstDated: boolean;
  /** The earliest source stating the claim names its outlet or author. */
  firstAuthored: boolean;
  /** Some source states the claim. */
  appears: boolean;
}

function party(v: unknown, where: string, problems: string[]) {
  const p = v as Json | undefined;
  if (!p || !['Organization', 'Person'].includes(p['@type'] as string)) problems.push(`${where} must be an Organization or Person`);
  else if (!isText(p.name)) problems.push(`${where}.name is missing`);
  else if (p.url !== undefined && !isAbsolute(p.url)) problems.push(`${where}.url must be an absolute URL`);
}

function work(v: unknown, where: string, problems: string[]) {
  const w = v as Json | undefined;
  if (!w || w['@type'] !== 'CreativeWork') problems.push(`${where} must be a CreativeWork`);
  else {
    if (!isAbsolute(w.url)) problems.push(`${where}.url must be an absolute URL`);
    if (w.datePublished !== undefined && !isDate(w.datePublished)) problems.push(`${where}.datePublished must be YYYY-MM-DD`);
  }
}

/** Problems with one block; an empty list means it passes. */
export function claimReviewProblems(block: Json, known: KnownFacts): string[] {
  const problems: string[] = [];
  if (block['@context'] !== 'https://schema.org') problems.push('@context must be https://schema.org');
  if (block['@type'] !== 'ClaimReview') problems.push('@type must be ClaimReview');
  // Required.
  if (!isText(block.claimReviewed)) problems.push('claimReviewed is required');
  if (block.url !== known.pageUrl) problems.push(`url must be the page's own URL (${known.pageUrl}), got ${String(block.url)}`);
  if (!isAbsolute(block.url)) problems.push('url must be absolute');
  if (typeof block['@id'] !== 'string' || !block['@id'].startsWith(known.pageUrl)) problems.push('@id must be a stable id under the page URL');
  const r = block.reviewRating as Json | undefined;
  if (!r || r['@type'] !== 'Rating') problems.push('reviewRating must be a Rating');
  else {
    if (!isText(r.alternateName)) problems.push('reviewRating.alternateName is required');
    if (!isText(r.name)) problems.push('reviewRating.name is recommended');
    const [v, best, worst] = [r.ratingValue, r.bestRating, r.worstRating].map(Number);
    if (![v, best, worst].every(Number.isFinite)) problems.push('reviewRating needs numeric ratingValue, bestRating and worstRating');
    else {
      if (!(best > worst)) problems.push('bestRating must be greater than worstRating');
      if (worst < 1) problems.push('worstRating must be 1 or more');
      if (v < worst || v > best) problems.push('ratingValue must lie between worstRating and bestRating');
      // The site's own rule: software readings never reach the ends, which read as true or false.
      if (v === best || v === worst) problems.push('ratingValue must not claim the scale\'s ends (true / false)');
    }
  }
  // Recommended.
  party(block.author, 'author', problems);
  if (known.published ? !isDate(block.datePublished) : block.datePublished !== undefined) problems.push('datePublished must be the YYYY-MM-DD the site published the review');
  if (block.dateModified !== undefined && !isDate(block.dateModified)) problems.push('dateModified must be YYYY-MM-DD');
  const item = block.itemReviewed as Json | undefined;
  if (!item || item['@type'] !== 'Claim') problems.push('itemReviewed must be a Claim');
  else {
    if (known.firstAuthored) party(item.author, 'itemReviewed.author', problems);
    else if (item.author !== undefined) party(item.author, 'itemReviewed.author', problems);
    if (known.firstDated ? !isDate(item.datePublished) : item.datePublished !== undefined) problems.push('itemReviewed.datePublished must be the first appearance\'s date, when known');
    if (known.appears) {
      work(item.firstAppearance, 'itemReviewed.firstAppearance', problems);
      if (!Array.isArray(item.appearance) || item.appearance.length === 0) problems.push('itemReviewed.appearance must list where the claim appears');
      else item.appearance.forEach((a, i) => work(a, `itemReviewed.appearance[${i}]`, problems));
    }
  }
  return problems;
}
