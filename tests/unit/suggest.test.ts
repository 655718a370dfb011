/**
 * What an editor reads when a note names a story folder or claim id that does not exist: the fix, with the
 * names closest to what they typed rather than every story of a large site.
 */
import { describe, expect, it } from 'vitest';
import { claimNoteProblems, posedClaims } from '../../src/loaders/editorial.ts';
import { closestNames, didYouMean } from '../../src/loaders/suggest.ts';
import type { SeedProblem } from '../../src/analysis/index.ts';

const STORIES = Array.from({ length: 200 }, (_, i) => `story-${String(i).padStart(4, '0')}`).concat(['harbor-contract', 'facebook-banks', 'managua-crater']);

describe('closestNames', () => {
  it.each([
    ['a British spelling', 'harbour-contract', ['harbor-contract']],
    ['a letter dropped', 'facebok-banks', ['facebook-banks']],
    ['case', 'Managua-Crater', ['managua-crater']],
    ['part of the name', 'managua', ['managua-crater']],
    ['closest first, at most three', 'story-0012', ['story-0012', 'story-0002', 'story-0010']],
    ['nothing close', 'ferry-fares', []],
    ['nothing known', 'harbor', []],
  ])('%s: %s', (_, typed, expected) => {
    expect(closestNames(typed, typed === 'harbor' ? [] : STORIES)).toEqual(expected);
  });

  it('words the offer as a question, or says nothing', () => {
    expect(didYouMean('harbour-contract', STORIES)).toBe(' Did you mean `harbor-contract`?');
    expect(didYouMean('story-00x3', ['story-0013', 'story-0003'])).toBe(' Did you mean `story-0003` or `story-0013`?');
    expect(didYouMean('ferry-fares', STORIES)).toBe('');
  });
});

const note = (file: string, data: { story?: string; claim?: string }) => ({ file, data, html: '', text: '' });

describe('a note naming a story the seeds lack', () => {
  it('lists every story of a small site', () => {
    const problems: SeedProblem[] = [];
    posedClaims(new Map([['x', note('content/claims/x.md', { story: 'harbour-contract', claim: 'The harbor closed.' })]]), new Set(['harbor-contract', 'managua-crater']), problems);
    expect(problems.map((p) => p.message)).toEqual(['poses a claim for story "harbour-contract", which has no folder in the seeds. Set `story` to one of: harbor-contract, managua-crater.']);
  });

  it('offers the closest folders of a large one instead of listing 203', () => {
    const problems: SeedProblem[] = [];
    posedClaims(new Map([['x', note('content/claims/x.md', { story: 'harbour-contract', claim: 'The harbor closed.' })]]), new Set(STORIES), problems);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('content/claims/x.md');
    expect(problems[0].message).toBe('poses a claim for story "harbour-contract", which has no folder in the seeds. Set `story` to the name of a folder in the seeds (there are 203). Did you mean `harbor-contract`?');
    expect(problems[0].message).not.toMatch(/story-0000/);
  });
});

describe('a note for a claim id that does not exist', () => {
  it('names the closest ids when one is a likely typo', () => {
    const ids = new Set(['facebook-asked-banks-for-customer-data', 'citigroup-acknowledged-holding-talks-facebook-bu-symhrg']);
    const [typo, unrelated] = claimNoteProblems(new Map([
      ['facebook-asked-banks-for-customer-date', note('content/claims/facebook-asked-banks-for-customer-date.md', {})],
      ['ferry-fares-doubled', note('content/claims/ferry-fares-doubled.md', {})],
    ]), ids);
    expect(typo.message).toMatch(/does not exist\. Rename it to an existing claim id \(see \/claims\.json\), or delete it\. Did you mean `facebook-asked-banks-for-customer-data`\?$/);
    expect(unrelated.message).toMatch(/or delete it\.$/);
  });
});
