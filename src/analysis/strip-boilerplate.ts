import { AUTHOR_BLURB, BYLINE, DATELINE, FURNITURE, LINK_WORDS, RELATED_BLOCK, RELATED_LINK } from './lexicon/boilerplate.ts';
import { normalizeText } from './hash.ts';
import type { ParsedSeed } from './types.ts';

/** What was removed from a seed and why, for the editor's benefit. */
export interface Stripped {
  text: string;
  why: 'repeated headline' | 'byline' | 'dateline' | 'author blurb' | 'related links' | 'page furniture' | 'duplicate paragraph';
}

const ENDS_LIKE_PROSE = /[.!?…"”'’)]$/;

/** A paragraph of article prose: longer than a headline, ending as a sentence does. */
function isProse(p: string): boolean {
  return ENDS_LIKE_PROSE.test(p) && p.split(/\s+/).length > 20;
}

function isHeadlineLike(p: string): boolean {
  return !ENDS_LIKE_PROSE.test(p) && p.split(/\s+/).length <= 20;
}

function dropBlurbSentences(p: string): { kept: string; removed: string[] } {
  const parts = p.split(/(?<=[.!?])\s+(?=["“A-Z])/);
  const removed: string[] = [];
  const kept = parts.filter((s, i) => {
    const edge = i === 0 || i === parts.length - 1;
    const blurb = edge && AUTHOR_BLURB.some((re) => re.test(s));
    if (blurb) removed.push(s);
    return !blurb;
  });
  return { kept: kept.join(' '), removed };
}

/**
 * Keeps only the article: drops repeated headlines and leading sub-headlines, bylines, datelines, author
 * blurbs, page furniture, duplicate paragraphs, a labelled link to another story ("MORE: ..."), and a
 * "Related news" / "TOP News" block with everything after it.
 */
export function stripBoilerplate(seed: ParsedSeed): { paragraphs: string[]; removed: Stripped[] } {
  const removed: Stripped[] = [];
  const seen = new Set<string>([normalizeText(seed.title)]);
  const paragraphs: string[] = [];
  let leading = true;
  for (let i = 0; i < seed.paragraphs.length; i++) {
    const p = seed.paragraphs[i];
    const norm = normalizeText(p);
    if (RELATED_BLOCK.test(p)) {
      // The block is its heading and the link titles under it; article prose after it (a block of links set
      // inside the article) is kept.
      let j = i + 1;
      while (j < seed.paragraphs.length && !isProse(seed.paragraphs[j])) j++;
      removed.push(...seed.paragraphs.slice(i, j).map((text) => ({ text, why: 'related links' as const })));
      i = j - 1;
      continue;
    }
    let why: Stripped['why'] | null = null;
    if (seen.has(norm)) why = normalizeText(seed.title) === norm ? 'repeated headline' : 'duplicate paragraph';
    else if (BYLINE.test(p) && p.split(/\s+/).length <= 16) why = 'byline';
    else if (DATELINE.test(p)) why = 'dateline';
    else if (FURNITURE.test(p)) why = 'page furniture';
    // A link's title is a headline: no full stop at its end (prose after "More:" has one).
    else if (RELATED_LINK.test(p) && !/\.["”’']?$/.test(p) && p.split(/\s+/).length <= LINK_WORDS) why = 'related links';
    else if (leading && isHeadlineLike(p)) why = 'repeated headline';
    if (why) {
      removed.push({ text: p, why });
      continue;
    }
    seen.add(norm);
    const { kept, removed: blurbs } = dropBlurbSentences(p);
    removed.push(...blurbs.map((text) => ({ text, why: 'author blurb' as const })));
    if (kept.trim()) {
      paragraphs.push(kept.trim());
      leading = false;
    }
  }
  return { paragraphs, removed };
}
