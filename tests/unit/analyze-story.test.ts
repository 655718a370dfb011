import { describe, expect, it } from 'vitest';
import { analyzeStory, checkSeeds, type Claim, type Story } from '../../src/analysis/index.ts';
import { models, readStoryDir, seed } from './helpers.ts';

function analyze(id: string, files: ReturnType<typeof readStoryDir>, lock = {}) {
  const { seeds, problems } = checkSeeds(id, files);
  expect(problems).toEqual([]);
  return analyzeStory(id, seeds, { lock, models: models() });
}
const find = (story: Story, re: RegExp): Claim => {
  const c = story.claims.find((x) => re.test(x.text));
  expect(c, `a claim matching ${re}`).toBeDefined();
  return c!;
};
const outlets = (c: Claim) => new Set(c.evidence.filter((e) => e.stance !== 'disagree').map((e) => e.source)).size;

describe('analyzeStory on the seed story (facebook-banks)', () => {
  const { story } = analyze('facebook-banks', readStoryDir('seeds/facebook-banks'));

  it('merges the outlets\' reports that Facebook asked banks for data into one denied claim', () => {
    const c = find(story, /Facebook (?:has )?ask(?:ed|s) .*banks to share/);
    expect(c.status).toBe('denied');
    expect(outlets(c)).toBeGreaterThanOrEqual(3);
    const denial = c.evidence.find((e) => /this is not true/.test(e.sentence));
    expect(denial).toMatchObject({ stance: 'disagree', speaker: { name: 'Facebook' } });
    expect(c.reason).toMatch(/^Facebook denies it in .*this is not true/);
    expect(story.claims.filter((x) => /Facebook (?:has )?ask(?:ed|s) .*banks to share/.test(x.text))).toHaveLength(1);
  });

  it('reports that one large US bank ended talks over privacy concerns, from two outlets', () => {
    const c = find(story, /one (?:large|major) (?:USA|U\.S\.|US) bank/);
    expect(c.status).toBe('reported');
    expect(outlets(c)).toBe(2);
  });

  it('attributes the US Bancorp and Wells Fargo statements to those banks', () => {
    const quote = (re: RegExp) => story.claims.flatMap((c) => c.evidence).filter((e) => re.test(e.sentence));
    const bancorp = quote(/We haven't shared any customer information/);
    const wells = quote(/We are not actively engaged in data-sharing conversations/);
    expect(bancorp.length).toBeGreaterThanOrEqual(2);
    expect(wells.length).toBeGreaterThanOrEqual(2);
    bancorp.forEach((e) => expect(e.speaker.name).toMatch(/US Bancorp/));
    wells.forEach((e) => expect(e.speaker.name).toMatch(/^Wells Fargo/));
  });

  it('makes no claim of a TOP News headline, a byline or an author blurb', () => {
    const texts = story.claims.map((c) => c.text).join('\n');
    for (const junk of [/Mendocino/, /Luka Modric/, /helicopter crash/, /Frankie Norman/, /Charlie Nash/, /About Michael Kan/, /Related news/i]) expect(texts).not.toMatch(junk);
    const archived = story.sources.map((s) => s.text).join('\n');
    expect(archived).not.toMatch(/TOP News|Luka Modric|Charlie Nash is a reporter|About Michael Kan/);
  });

  it('quotes every piece of evidence exactly as it stands in its source, at its anchor', () => {
    for (const c of story.claims) {
      for (const e of c.evidence) {
        const src = story.sources.find((s) => s.id === e.source)!;
        const s = src.sentences.find((x) => x.id === e.sentenceId)!;
        expect(s.text).toBe(e.sentence);
        expect(src.text.slice(s.start, s.end)).toBe(e.sentence);
      }
    }
  });
});

describe('analyzeStory on a story nobody tuned for (harbor-contract fixture)', () => {
  const { story } = analyze('harbor-contract', readStoryDir('tests/fixtures/stories/harbor-contract'));

  it('denies the contract claim because the company it is about calls it untrue', () => {
    const c = find(story, /awarded a \$4 million dredging contract/);
    expect(c.status).toBe('denied');
    expect(c.reason).toMatch(/^Bayline Marine \(Tom Reyes\) denies it/);
  });

  it('drops the question, the reporter blurb, the byline and the related links', () => {
    const texts = story.claims.map((c) => c.text).join('\n');
    expect(texts).not.toMatch(/Should the city|is a reporter for|By Ana Ruiz|Local team wins/);
  });

  it('attributes a role speaker with a name', () => {
    const e = story.claims.flatMap((c) => c.evidence).find((x) => /Ruth Chan/.test(x.sentence));
    expect(e?.speaker.name).toMatch(/city auditor \(Ruth Chan\)/i);
  });
});

describe('analyzeStory statuses from minimal stories', () => {
  const story = (files: [string, string][]) => analyze('t', files.map(([n, t]) => seed(n, t))).story;

  it('disputes a claim whose figures differ between sources', () => {
    const s = story([
      ['a.txt', 'Plant closure\n\nAcme Steel will cut 400 jobs at its Ohio plant, the company announced on Monday.'],
      ['b.txt', 'Acme cuts\n\nAcme Steel will cut 900 jobs at its Ohio plant, union leaders said.'],
    ]);
    const c = find(s, /cut \d+ jobs/);
    expect(c.status).toBe('disputed');
    expect(c.reason).toMatch(/different figures/);
  });

  it('disputes a claim whose sources count the same thing differently in sentences with several figures', () => {
    const s = story([
      ['a.txt', 'Prisoner swap\n\nMs Rana was one of 150 women released from a Norland jail in March in a swap that freed 13 nuns, officials said.'],
      ['b.txt', 'Freed in March\n\nMs Rana was one of 138 women released from a Norland jail in March in a swap that freed 13 nuns, according to the ministry.'],
    ]);
    const c = find(s, /one of 1[35][08] women/);
    expect(c.status).toBe('disputed');
    expect(c.reason).toMatch(/different figures: 1[35][08] women in .*, 1[35][08] women in /);
  });

  it('reports a claim whose sources give the same counts in sentences with several figures', () => {
    const s = story([
      ['a.txt', 'Prisoner swap\n\nMs Rana was one of 150 women released from a Norland jail in March in a swap that freed 13 nuns, officials said.'],
      ['b.txt', 'Freed in March\n\nMs Rana was one of 150 women released from a Norland jail in March in a swap that freed 13 nuns, according to the ministry.'],
    ]);
    expect(find(s, /one of 150 women/).status).toBe('reported');
  });

  it('disputes a claim a third party contradicts', () => {
    const s = story([
      ['a.txt', 'Bridge safe\n\nThe Northgate bridge passed its safety inspection in May, the transport ministry said.'],
      ['b.txt', 'Engineers object\n\nIndependent engineers disputed that the Northgate bridge passed its safety inspection in May.'],
    ]);
    expect(find(s, /Northgate bridge passed its safety inspection/).status).toBe('disputed');
  });

  it('reports a claim two sources state and nobody contradicts', () => {
    const s = story([
      ['a.txt', 'Museum reopens\n\nThe Riverside Museum reopened on Saturday after a two-year renovation.'],
      ['b.txt', 'Doors open again\n\nThe Riverside Museum reopened on Saturday following a two-year renovation.'],
    ]);
    const c = find(s, /Riverside Museum reopened/);
    expect(c.status).toBe('reported');
    expect(outlets(c)).toBe(2);
  });
});

describe('claim ids are stable across rebuilds', () => {
  const files = readStoryDir('seeds/facebook-banks');
  const first = analyze('facebook-banks', files);
  const ids = (s: Story) => new Set(s.claims.map((c) => c.id));
  const unrelated = seed('900_unrelated.txt', 'Storm closes schools\n\nA winter storm closed 300 schools across Vermont on Tuesday, state officials said.');
  const restating = seed('901_restating.txt', 'Facebook wants bank data\n\nFacebook has asked major US banks to share financial information about their customers, Reuters reported.');

  it.each([
    ['an unrelated article is added', [...files, unrelated]],
    ['an article restating an existing claim is added', [...files, restating]],
    ['an article gets an unrelated edit', files.map((f) => (f.name.startsWith('003') ? seed(f.name, new TextDecoder().decode(f.bytes).replace('Examples of this include Bank of America', 'Examples include Bank of America')) : f))],
  ])('when %s', (_label, next) => {
    const again = analyze('facebook-banks', next, first.lock).story;
    for (const id of ids(first.story)) expect(ids(again)).toContain(id);
  });

  it('gives the same ids from the same seeds without a lock (a fresh clone)', () => {
    expect([...ids(analyze('facebook-banks', files).story)]).toEqual([...ids(first.story)]);
  });
});
