import { describe, expect, it } from 'vitest';
import { classifyStancePair, decodeModel, encodeModel, loadStanceModel, stanceProbabilities, trainStanceModel, type StanceExample } from '../../src/analysis/stance-model/index.ts';
import { sentenceExamples, sentenceWindow } from '../../src/analysis/stance-model/sentence-labels.ts';
import { models } from './helpers.ts';

const { article, sentence, embeddings } = models();

describe('the committed article-level stance model', () => {
  const claim = 'Acme Steel will close its Ohio plant';
  it.each([
    ['a body that states the claim', 'Acme Steel will close its Ohio plant in March, the company announced on Monday. The Ohio plant employs 400 people, and Acme Steel said all of them would be offered jobs elsewhere. The closure of the plant follows a year of losses.', ['agree', 'discuss']],
    ['a body that denies the claim', 'Acme Steel denied reports that it will close its Ohio plant. "These reports are false and baseless. The Ohio plant is not closing," an Acme Steel spokesman said. The company called the rumour of a plant closure a hoax.', ['disagree']],
    ['a body about something else', 'The city zoo welcomed twin panda cubs on Tuesday. Keepers said the cubs were healthy and would be on view to visitors in the spring after a quarantine period.', ['unrelated']],
  ])('reads %s sensibly', (_label, body, allowed) => {
    expect(allowed).toContain(classifyStancePair(article, claim, body));
  });

  it('gives probabilities that sum to one', () => {
    const p = stanceProbabilities(article, claim, 'Acme Steel will close its Ohio plant.');
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });
});

describe('the committed sentence-level stance model', () => {
  const claim = 'The mayor resigned over the audit';
  it('reads a sentence about something else as unrelated', () => {
    expect(classifyStancePair(sentence, claim, 'The city zoo welcomed twin panda cubs on Tuesday.')).toBe('unrelated');
  });

  it('finds a denying sentence likelier to disagree than one that states the claim', () => {
    const p = (text: string) => stanceProbabilities(sentence, claim, text)[1];
    expect(p('The mayor denied that he resigned, calling the reports false and baseless.')).toBeGreaterThan(p('The mayor resigned on Friday over the audit, the city said.') + 0.1);
  });
});

describe('sentence labels derived from article labels', () => {
  const body = 'Reports said the mayor resigned over the audit. The mayor denied he resigned over the audit, calling it false. The weather was fine.';
  it.each([
    ['a disagreeing body lends its label to the sentence that restates and opposes the claim', 'disagree', 'The mayor denied he resigned'],
    ['an agreeing body lends its label to the sentence that restates the claim', 'agree', 'Reports said the mayor resigned'],
  ] as const)('%s', (_label, stance, expected) => {
    const examples = sentenceExamples([{ claim: 'Mayor resigned over audit', body, stance }]);
    expect(examples.find((e) => e.stance === stance)?.text).toContain(expected);
    expect(examples.some((e) => e.stance === 'unrelated' && e.text.includes('weather'))).toBe(true);
  });

  it('reads a sentence with the one before and after it', () => {
    expect(sentenceWindow(['a.', 'b.', 'c.', 'd.'], 1)).toBe('a. b. c.');
    expect(sentenceWindow(['a.', 'b.'], 0)).toBe('a. b.');
  });
});

describe('training', () => {
  const examples: StanceExample[] = [
    { claim: 'Mayor resigns over audit', text: 'The mayor resigned on Friday after an audit found missing funds.', stance: 'agree' },
    { claim: 'Mayor resigns over audit', text: 'The mayor denied reports that he resigned. The claim is false, he said.', stance: 'disagree' },
    { claim: 'Mayor resigns over audit', text: 'Reports claim the mayor may resign; the audit is reportedly ongoing.', stance: 'discuss' },
    { claim: 'Mayor resigns over audit', text: 'A new bakery opened downtown selling bread and cakes.', stance: 'unrelated' },
  ];
  const texts = examples.flatMap((e) => [e.claim, e.text]);
  const settings = { idfWords: 50, hidden: 8, epochs: 5, batch: 2, learningRate: 0.01, dropout: 0.2, l2: 1e-6, seed: 7, classWeights: [1, 1, 1, 1], ensemble: 2 };
  const bytes = (seed: number) => encodeModel(trainStanceModel('article', examples, texts, embeddings, { ...settings, seed }));

  it('is deterministic: the same data and settings give the same weights, byte for byte', () => {
    expect(Buffer.from(bytes(7)).equals(Buffer.from(bytes(7)))).toBe(true);
  });

  it('a different seed gives different weights (the seed is really used)', () => {
    expect(Buffer.from(bytes(7)).equals(Buffer.from(bytes(8)))).toBe(false);
  });

  it('round-trips through the weights file format', () => {
    const m = trainStanceModel('article', examples, texts, embeddings, settings);
    const back = loadStanceModel(decodeModel(encodeModel(m)), embeddings);
    for (const e of examples) expect(classifyStancePair(back, e.claim, e.text)).toBe(classifyStancePair(m, e.claim, e.text));
  });

  it('rejects bytes that are not a model with a clear error', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/Not a stance model file/);
  });

  it('refuses a model trained with other word vectors', () => {
    const stored = decodeModel(encodeModel(trainStanceModel('article', examples, texts, embeddings, settings)));
    expect(() => loadStanceModel({ ...stored, embeddings: 'other-vectors@1' }, embeddings)).toThrow(/trained with word vectors other-vectors@1/);
  });
});
