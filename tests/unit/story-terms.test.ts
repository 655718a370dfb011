/** Stage 4: the terms sentences are compared on. */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { article, early } from './stage-helpers.ts';

describe('storyTerms', () => {
  const e = early([
    article('a.txt', 'Acme cuts jobs', 'Acme Steel will cut 400 jobs, the Daily Ledger reported on Monday.', 'Acme shares fell 4 per cent.'),
    article('b.txt', 'Jobs go', 'According to the Daily Ledger, Acme Steel is cutting 400 jobs.', 'Shares of Acme dropped 4%.'),
  ]);
  it.each([
    ['an outlet cited as reporting is attribution, not content', 'will cut 400 jobs', ['ledger', 'daily'], false],
    ['the parties and figures of the claim are content', 'will cut 400 jobs', ['acme', 'steel', '400', 'job'], true],
    ['"4 per cent" and "4%" give the same terms', 'fell 4 per cent', ['4', 'percent'], true],
    ['... in either spelling', 'dropped 4%', ['4', 'percent'], true],
  ])('%s', (_label, sentence, words, present) => {
    const terms = e.terms.claim[e.find(sentence).index];
    for (const w of words) expect(terms.includes(w), `${w} in ${terms.join(' ')}`).toBe(present);
  });

  it('reads other texts (a posed claim) as the story reads its own', () => {
    expect(e.terms.normalize(annotate('The Daily Ledger says Acme Steel cut jobs.').terms)).not.toContain('ledger');
  });
});
