import { describe, expect, it } from 'vitest';
import { analyzeStory, checkSeeds, toReport } from '../../src/analysis/index.ts';
import { models, seed } from './helpers.ts';

const files = [
  seed('a.txt', 'Acme closes plant\n\nAcme Steel will close its Ohio plant in March, the company announced on Monday.\n\nThe plant employs 400 people.'),
  seed('b.txt', 'Plant to shut\n\nAcme Steel will close its Ohio plant in March, according to union leaders.\n\nWorkers were told on Monday.'),
  seed('c.txt', 'Acme denies closure\n\n"We will not close the Ohio plant; the reports are false," Acme Steel spokeswoman Jane Ruiz said.\n\nThe company said production would continue.'),
];
const { seeds } = checkSeeds('acme', files);
const run = (posed: { id: string; text: string }[], lock = {}) => analyzeStory('acme', seeds, { models: models(), posed, lock });

describe('posed claims', () => {
  it.each([
    ['a claim a party calls false is denied, with its words as evidence', 'Acme Steel is closing its Ohio plant.', 'denied', /Acme Steel/],
    ['a claim no source speaks to is unaddressed, with no evidence', 'Acme Steel paid a $2 million fine for pollution in Texas.', 'unaddressed', /No source/],
  ])('%s', (_label, text, status, reason) => {
    const c = run([{ id: 'posed-one', text }]).story.claims.find((x) => x.id === 'posed-one')!;
    expect(c).toMatchObject({ posed: true, key: true, status });
    expect(c.reason).toMatch(reason);
    if (status === 'unaddressed') expect(c.evidence).toEqual([]);
    else expect(c.evidence.some((e) => e.stance === 'disagree' && /false/.test(e.sentence))).toBe(true);
  });

  it('a posed claim that reports the denial itself is not denied by it: the party\'s words agree with it', () => {
    const c = run([{ id: 'posed-denial', text: 'Acme Steel denies it will close its Ohio plant.' }]).story.claims.find((x) => x.id === 'posed-denial')!;
    expect(c.status).not.toBe('denied');
    expect(c.evidence.filter((e) => e.stance === 'disagree' && /false/.test(e.sentence))).toEqual([]);
  });

  it('keeps the editors\' id and wording, and takes in the discovered claim that restates it', () => {
    const before = run([]);
    const discovered = before.story.claims.find((c) => /will close its Ohio plant/.test(c.text))!;
    const after = run([{ id: 'acme-closing-ohio', text: 'Acme Steel will close its Ohio plant in March.' }], before.lock);
    const posed = after.story.claims.find((c) => c.id === 'acme-closing-ohio')!;
    expect(posed.text).toBe('Acme Steel will close its Ohio plant in March.');
    expect(new Set(posed.evidence.filter((e) => e.stance !== 'disagree').map((e) => e.source)).size).toBe(2);
    expect(after.story.claims.some((c) => c.id === discovered.id)).toBe(false);
    expect(after.story.redirects[discovered.id]).toBe('acme-closing-ohio');
  });

  it('is marked posed in the analysis JSON, and only posed claims are', () => {
    const report = toReport([run([{ id: 'p', text: 'Acme Steel will close its Ohio plant in March.' }]).story]);
    const claims = report.stories[0].claims;
    expect(claims.filter((c) => c.posed === true).map((c) => c.id)).toEqual(['p']);
    expect(claims.filter((c) => 'posed' in c && c.id !== 'p')).toEqual([]);
  });
});
