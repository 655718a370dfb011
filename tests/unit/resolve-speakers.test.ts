/** Stage 3 (resolve-speakers): who says each sentence, with names unified story-wide. */
import { describe, expect, it } from 'vitest';
import { attributeSentence } from '../../src/analysis/attribute-speakers.ts';
import { resetNlp } from '../../src/analysis/nlp.ts';
import { readSources, sourceLabel } from '../../src/analysis/read-sources.ts';
import { resolveSpeakers, type SpeakerInput } from '../../src/analysis/resolve-speakers.ts';
import { article } from './stage-helpers.ts';

/** The speaker shown for each body sentence of the story (headlines left out), as "speaker | sentence". */
function speakers(...seeds: ReturnType<typeof article>[]): string[] {
  resetNlp();
  const inputs: SpeakerInput[] = readSources('s', seeds).sources.flatMap((r, source) =>
    r.source.sentences.map((sentence, k) => ({
      source, paragraph: sentence.paragraph, text: sentence.text, nlp: r.annotations[k], attribution: attributeSentence(sentence.text), sourceLabel: sourceLabel(r.source),
    })),
  );
  const { speakers: out } = resolveSpeakers(inputs);
  return inputs.flatMap((x, i) => (x.paragraph === 0 ? [] : [`${out[i].kind === 'named' ? out[i].name : `(source) ${out[i].name}`} | ${x.text}`]));
}

describe('resolveSpeakers', () => {
  it.each([
    [
      'short forms and acronyms of a name the story writes in full are that name, in every source',
      [
        article('a.txt', 'Plant', 'The Wall Street Journal reported that Acme Steel will close its Ohio plant.', 'Acme Steel will close the plant in March, the Journal said.'),
        article('b.txt', 'Plant', 'Acme Steel will cut 400 jobs in Ohio, WSJ said.'),
      ],
      [
        'Wall Street Journal | The Wall Street Journal reported that Acme Steel will close its Ohio plant.',
        'Wall Street Journal | Acme Steel will close the plant in March, the Journal said.',
        'Wall Street Journal | Acme Steel will cut 400 jobs in Ohio, WSJ said.',
      ],
    ],
    [
      '... but a short form stays as written when the story never gives the full name',
      [article('a.txt', 'Plant', 'Acme Steel will close the plant in March, the Journal said.')],
      ['Journal | Acme Steel will close the plant in March, the Journal said.'],
    ],
    [
      'a surname is the person the story names in full',
      [article('a.txt', 'Plant', 'Dana Ripley, a spokeswoman, said Acme Steel would close the Ohio plant in March.', 'The plant employs 400 workers, Ripley said.')],
      ['Dana Ripley | Dana Ripley, a spokeswoman, said Acme Steel would close the Ohio plant in March.', 'Dana Ripley | The plant employs 400 workers, Ripley said.'],
    ],
    [
      'a one-letter misspelling is the spelling the story uses more often',
      [article('a.txt', 'Plant', 'Acme Steel will close the plant in March, Acme Steel said.', 'Acme Steel will cut 400 jobs, Acme Steel said.', 'Acme Steal will keep its Texas plant, Acme Steal said.')],
      [
        'Acme Steel | Acme Steel will close the plant in March, Acme Steel said.',
        'Acme Steel | Acme Steel will cut 400 jobs, Acme Steel said.',
        'Acme Steel | Acme Steal will keep its Texas plant, Acme Steal said.',
      ],
    ],
    [
      '"the company said" is whoever another outlet credits with the same quote',
      [
        article('a.txt', 'Plant', '"We will not close the Ohio plant this year," Dana Ripley of Acme Steel said.'),
        article('b.txt', 'Plant', 'Acme Steel is under pressure in Ohio.', '"We will not close the Ohio plant this year," the company said.'),
      ],
      [
        'Dana Ripley of Acme Steel | "We will not close the Ohio plant this year," Dana Ripley of Acme Steel said.',
        '(source) “Plant” | Acme Steel is under pressure in Ohio.',
        'Dana Ripley of Acme Steel | "We will not close the Ohio plant this year," the company said.',
      ],
    ],
    [
      '... else the last name before it in the article (not a month)',
      [article('a.txt', 'Plant', 'Acme Steel has run the plant since 1990.', 'The plant will stay open until March, the company said.')],
      ['(source) “Plant” | Acme Steel has run the plant since 1990.', 'Acme Steel | The plant will stay open until March, the company said.'],
    ],
    [
      '"she said" is the last person named before it, not the company named after her',
      [article('a.txt', 'Plant', 'Dana Ripley joined Acme in 2010.', 'She said the plant would close in March.')],
      ['(source) “Plant” | Dana Ripley joined Acme in 2010.', 'Dana Ripley | She said the plant would close in March.'],
    ],
    [
      'an anonymous source stays anonymous',
      [article('a.txt', 'Plant', 'Acme Steel has run the plant since 1990.', 'The plant will close in March, a source said.')],
      ['(source) “Plant” | Acme Steel has run the plant since 1990.', 'A source | The plant will close in March, a source said.'],
    ],
    [
      'an unattributed quote right after a named speaker\'s quote in the same paragraph is that speaker\'s',
      [article('a.txt', 'Plant', '"We never signed the deal," Dana Ripley said. "This report is simply not true."')],
      ['Dana Ripley | "We never signed the deal," Dana Ripley said.', 'Dana Ripley | "This report is simply not true."'],
    ],
    [
      '... but not in the next paragraph',
      [article('a.txt', 'Plant', '"We never signed the deal," Dana Ripley said.', '"This report is simply not true."')],
      ['Dana Ripley | "We never signed the deal," Dana Ripley said.', '(source) “Plant” | "This report is simply not true."'],
    ],
  ])('%s', (_label, seeds, expected) => {
    expect(speakers(...seeds)).toEqual(expected);
  });

  it('gives the canonical spelling of every name it unified', () => {
    resetNlp();
    const seeds = [article('a.txt', 'Plant', 'The Wall Street Journal reported the plan.', 'Acme will cut jobs, WSJ said.')];
    const inputs = readSources('s', seeds).sources.flatMap((r, source) => r.source.sentences.map((sentence, k) => ({
      source, paragraph: sentence.paragraph, text: sentence.text, nlp: r.annotations[k], attribution: attributeSentence(sentence.text), sourceLabel: sourceLabel(r.source),
    })));
    expect(resolveSpeakers(inputs).canonical.get('WSJ')).toBe('Wall Street Journal');
  });
});
