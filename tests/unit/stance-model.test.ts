import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyStancePair, decodeModel, encodeModel, trainStanceModel, type StancePair } from '../../src/analysis/stance-model/index.ts';

const model = decodeModel(new Uint8Array(readFileSync('models/stance.bin')));

describe('the committed stance model', () => {
  const claim = 'Acme Steel will close its Ohio plant';
  it.each([
    ['a body that states the claim', 'Acme Steel will close its Ohio plant in March, the company announced on Monday. The Ohio plant employs 400 people, and Acme Steel said all of them would be offered jobs elsewhere. The closure of the plant follows a year of losses.', ['agree', 'discuss']],
    ['a body that denies the claim', 'Acme Steel denied reports that it will close its Ohio plant. "These reports are false and baseless. The Ohio plant is not closing," an Acme Steel spokesman said. The company called the rumour of a plant closure a hoax.', ['disagree']],
    ['a body about something else', 'The city zoo welcomed twin panda cubs on Tuesday. Keepers said the cubs were healthy and would be on view to visitors in the spring after a quarantine period.', ['unrelated']],
  ])('reads %s sensibly', (_label, body, allowed) => {
    expect(allowed).toContain(classifyStancePair(model, claim, body));
  });
});

describe('training', () => {
  const pairs: StancePair[] = [
    { claim: 'Mayor resigns over audit', body: 'The mayor resigned on Friday after an audit found missing funds.', stance: 'agree' },
    { claim: 'Mayor resigns over audit', body: 'The mayor denied reports that he resigned. The claim is false, he said.', stance: 'disagree' },
    { claim: 'Mayor resigns over audit', body: 'Reports claim the mayor may resign; the audit is reportedly ongoing.', stance: 'discuss' },
    { claim: 'Mayor resigns over audit', body: 'A new bakery opened downtown selling bread and cakes.', stance: 'unrelated' },
  ];
  const settings = { vocabulary: 50, hidden: 8, epochs: 5, batch: 2, learningRate: 0.01, dropout: 0.2, l2: 1e-6, seed: 7, classWeights: [1, 1, 1, 1] };

  it('is deterministic: the same data and settings give the same weights, byte for byte', () => {
    const a = encodeModel(trainStanceModel(pairs, settings));
    const b = encodeModel(trainStanceModel(pairs, settings));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('a different seed gives different weights (the seed is really used)', () => {
    const a = encodeModel(trainStanceModel(pairs, settings));
    const b = encodeModel(trainStanceModel(pairs, { ...settings, seed: 8 }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('round-trips through the weights file format', () => {
    const m = trainStanceModel(pairs, settings);
    const back = decodeModel(encodeModel(m));
    for (const p of pairs) expect(classifyStancePair(back, p.claim, p.body)).toBe(classifyStancePair(m, p.claim, p.body));
  });

  it('rejects bytes that are not a model with a clear error', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/Not a stance model file/);
  });
});
