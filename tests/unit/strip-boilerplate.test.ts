import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/analysis/strip-boilerplate.ts';
import type { ParsedSeed } from '../../src/analysis/types.ts';

const base: ParsedSeed = { file: 'a.txt', title: 'Mayor resigns after audit', outlet: null, url: null, published: null, author: null, paragraphs: [] };
const strip = (paragraphs: string[]) => stripBoilerplate({ ...base, paragraphs });

describe('stripBoilerplate', () => {
  it.each([
    ['a repeated headline', ['Mayor resigns after audit', 'The mayor resigned on Friday.'], ['The mayor resigned on Friday.'], 'repeated headline'],
    ['a leading sub-headline', ['Audit found missing funds: report', 'The mayor resigned on Friday.'], ['The mayor resigned on Friday.'], 'repeated headline'],
    ['a byline with date', ['by Jo Bloggs March 3, 2024, 1:08', 'The mayor resigned on Friday.'], ['The mayor resigned on Friday.'], 'byline'],
    ['a dateline', ['Published: March 3, 2024', 'The mayor resigned on Friday.'], ['The mayor resigned on Friday.'], 'dateline'],
    ['an "About" blurb', ['The mayor resigned on Friday.', 'About Jo Bloggs'], ['The mayor resigned on Friday.'], 'author blurb'],
    ['a reporter blurb opening a paragraph', ['The mayor resigned.', 'Jo Bloggs is a reporter for The Ledger. The audit began in May.'], ['The mayor resigned.', 'The audit began in May.'], 'author blurb'],
    ['a related-news block and its headlines', ['The mayor resigned on Friday.', 'TOP News', 'Storm hits coast', 'Team wins cup'], ['The mayor resigned on Friday.'], 'related links'],
    ['a "Related news:" marker', ['The mayor resigned on Friday.', 'Related news:'], ['The mayor resigned on Friday.'], 'related links'],
    ['page furniture', ['Advertisement', 'The mayor resigned on Friday.'], ['The mayor resigned on Friday.'], 'page furniture'],
    ['a labelled link to another story', ['The mayor resigned on Friday.', 'MORE: Man survives fall down 4,000ft cliff', 'The audit began in May.'], ['The mayor resigned on Friday.', 'The audit began in May.'], 'related links'],
    ['a "SEE ALSO" link', ['The mayor resigned on Friday.', "SEE ALSO:  Apple's iOS 8 Is Brimming With Bugs"], ['The mayor resigned on Friday.'], 'related links'],
    ['a poll widget', ['The mayor resigned on Friday.', 'Poll loading …'], ['The mayor resigned on Friday.'], 'page furniture'],
  ])('removes %s', (_label, input, kept, why) => {
    const r = strip(input);
    expect(r.paragraphs).toEqual(kept);
    expect(r.removed.map((x) => x.why)).toContain(why);
  });

  it('keeps article paragraphs that merely mention reporters or related topics', () => {
    const keep = ['The related audit found that the reporter for the council, Sam Hill, was paid twice.', 'Top officials declined to comment.', 'More: the council also found that two payments were never approved, and that the auditor had warned the mayor about them in writing twice before the vote in May.'];
    expect(strip(['The mayor resigned.', ...keep]).paragraphs).toEqual(['The mayor resigned.', ...keep]);
  });
});
