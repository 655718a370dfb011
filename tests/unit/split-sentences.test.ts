import { describe, expect, it } from 'vitest';
import { joinParagraphs, splitSentences } from '../../src/analysis/split-sentences.ts';

describe('splitSentences', () => {
  const paragraphs = ['Mayor resigns', 'The mayor resigned on Friday. The U.S. Attorney opened a case on Aug. 8, 2018.', '"We did nothing wrong. Nothing," the mayor said. Officials agreed.'];
  const sentences = splitSentences(paragraphs);
  const text = joinParagraphs(paragraphs);

  it('gives offsets that point at each sentence exactly', () => {
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split on abbreviations', () => {
    expect(sentences.map((s) => s.text)).toContain('The U.S. Attorney opened a case on Aug. 8, 2018.');
  });

  it.each([
    ['a time written with a full stop', '10.00am: Heavily armed teams arrive at the building. Police followed.', ['10.00am: Heavily armed teams arrive at the building.', 'Police followed.']],
    ['a web address', 'Visit el19digital.com today for more. It is free.', ['Visit el19digital.com today for more.', 'It is free.']],
    ['a missing space before a capital (still two sentences)', 'It ended.The next day he went home.', ['It ended.', 'The next day he went home.']],
  ])('does not split inside a word: %s', (_, paragraph, expected) => {
    const got = splitSentences([paragraph]);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a quote and its attribution together even when the quote has two sentences', () => {
    expect(sentences.map((s) => s.text)).toContain('"We did nothing wrong. Nothing," the mayor said.');
  });

  it('gives unique anchor ids that survive edits elsewhere in the article', () => {
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    const edited = splitSentences(['Mayor quits', 'A new first sentence. ' + paragraphs[1], paragraphs[2]]);
    const before = new Map(sentences.map((s) => [s.text, s.id]));
    for (const s of edited) if (before.has(s.text)) expect(s.id).toBe(before.get(s.text));
  });

  it('makes duplicate sentences in one article distinct', () => {
    const dup = splitSentences(['T', 'It rained. It rained.']);
    expect(dup[1].id).not.toBe(dup[2].id);
  });
});
