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

  it('reads a common word that opens a sentence as the story writes it elsewhere, not as a name', () => {
    // wink-nlp tags "Shares" at the start of a sentence as a proper noun whose lemma is "shares".
    const terms = e.terms.claim[e.find('dropped 4%').index];
    expect(terms).toContain('share');
    expect(terms).not.toContain('shares');
    expect(e.terms.names.has('shares')).toBe(false);
  });

  it.each([
    ['a word the story also capitalises inside a sentence (a name)', 'Woods said the course was hard.', 'woods'],
    ['the first word of a run of names', 'Banks Group said profits rose.', 'banks'],
  ])('keeps %s as it is', (_label, sentence, term) => {
    const s = early([
      article('a.txt', 'Golf and money', sentence, 'They walked in the woods while the banks lent more.', 'The next day Tiger Woods won the open.'),
    ]);
    expect(s.terms.claim[s.find(sentence).index]).toContain(term);
  });

  it('reads other texts (a posed claim) as the story reads its own', () => {
    expect(e.terms.normalize(annotate('The Daily Ledger says Acme Steel cut jobs.').terms)).not.toContain('ledger');
  });
});
