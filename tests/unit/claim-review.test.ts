import { describe, expect, it } from 'vitest';
import type { ClaimEntry } from '../../src/loaders/entries.ts';
import { claimReview } from '../../src/site/claim-review.ts';
import type { SiteConfig } from '../../src/site/config.ts';
import { RATING_BEST } from '../../src/site/rating.ts';
import { claimReviewProblems } from '../lib/claim-review-spec.ts';

const cfg: SiteConfig = {
  name: 'Desk', description: 'd', language: 'en', url: new URL('https://x.org/fc/'), base: '/fc/',
  publisher: { name: 'The Daily', url: 'https://daily.example.com/', logo: '/logo.svg' }, methodology: 'm',
};
const abs = (p: string) => new URL(p.slice(1), cfg.url!).href;
const appearance = (source: string, over: Partial<ClaimEntry['appearances'][number]> = {}) => ({
  source, label: 'The Ledger', title: 'Acme to close plant', url: 'https://ledger.example.com/acme', archive: `/sources/${source}/`,
  published: '2025-03-02', outlet: 'The Ledger', author: null, ...over,
});
const claim = (over: Partial<ClaimEntry> = {}): ClaimEntry => ({
  id: 'acme-abc', story: 's', storyTitle: 'S', text: 'Acme will close its plant.', status: 'reported', machineStatus: 'reported', editorStatus: null,
  noteHtml: null, reason: 'Reported by The Ledger; no source contradicts it.', sourceCount: 2, posed: false, key: true, noteText: null, machineReason: 'Reported by The Ledger; no source contradicts it.', evidence: [],
  appearances: [appearance('s--a'), appearance('s--b', { url: null, published: null, outlet: null, author: 'Jo Park' })],
  published: '2025-03-04', updated: '2025-03-10', checked: '2025-03-10', history: [], ...over,
});
const known = { pageUrl: 'https://x.org/fc/claims/acme-abc/', published: true, firstDated: true, firstAuthored: true, appears: true };

describe('ClaimReview', () => {
  it('passes the property test: id, dates, the claim\'s author and appearances, the publisher', () => {
    const block = claimReview(claim(), cfg, abs, 'https://x.org/fc/logo.svg');
    expect(claimReviewProblems(block, known)).toEqual([]);
    expect(block).toMatchObject({
      '@id': 'https://x.org/fc/claims/acme-abc/#claimreview', datePublished: '2025-03-04', dateModified: '2025-03-10',
      author: { '@type': 'Organization', name: 'The Daily', url: 'https://daily.example.com/' },
      itemReviewed: {
        author: { '@type': 'Organization', name: 'The Ledger', url: 'https://ledger.example.com' }, datePublished: '2025-03-02',
        firstAppearance: { url: 'https://ledger.example.com/acme' },
        // Without the original article's address, the archived copy stands in.
        appearance: [{ url: 'https://ledger.example.com/acme' }, { url: 'https://x.org/fc/sources/s--b/' }],
      },
    });
  });

  it.each(['reported', 'disputed', 'denied'] as const)('never rates %s as true (or false)', (status) => {
    const r = claimReview(claim({ status }), cfg, abs, 'l').reviewRating as { ratingValue: number; alternateName: string };
    expect(r.ratingValue).toBeLessThan(RATING_BEST);
    expect(r.ratingValue).toBeGreaterThan(1);
    expect(r.alternateName).not.toMatch(/true/i);
  });

  it('catches the shape it replaced: no @id, no dates, the best rating for "reported", a fixed author', () => {
    const old = {
      '@context': 'https://schema.org', '@type': 'ClaimReview', url: known.pageUrl, claimReviewed: 'x', reviewBody: 'y',
      reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'Reported' },
      itemReviewed: { '@type': 'Claim', appearance: [{ '@type': 'CreativeWork', url: '/sources/a/' }] },
      author: { '@type': 'Organization', name: 'Fact check' },
    };
    expect(claimReviewProblems(old, known)).toEqual(expect.arrayContaining([
      '@id must be a stable id under the page URL', 'reviewRating.name is recommended', 'ratingValue must not claim the scale\'s ends (true / false)',
      'datePublished must be the YYYY-MM-DD the site published the review', 'itemReviewed.author must be an Organization or Person',
      'itemReviewed.firstAppearance must be a CreativeWork', 'itemReviewed.appearance[0].url must be an absolute URL',
    ]));
  });
});
