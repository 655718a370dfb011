import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedSeed, SeedProblem } from '../../src/analysis/index.ts';
import { completeMeta, datelineDate, hostOutlet, parseDate, readSourcesFile } from '../../src/loaders/source-meta.ts';

const seed = (over: Partial<ParsedSeed> = {}): ParsedSeed => ({ file: 'a.txt', title: 'Headline', outlet: null, url: null, published: null, author: null, paragraphs: ['Body text here.'], ...over });

describe('parseDate', () => {
  it.each([
    ['2018-08-06', '2018-08-06'],
    ['August 8, 2018', '2018-08-08'],
    ['8 Aug 2018', '2018-08-08'],
    ['Aug. 8, 2018', '2018-08-08'],
    ['Updated: Tue 7 August 2018 10:31 BST', '2018-08-07'],
    ['August 2018', null],
    ['March 3', null],
    ['Monday', null],
    ['2018-13-45', null],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));
});

describe('datelineDate', () => {
  it('reads the date of a byline or dateline near the top', () => {
    expect(datelineDate(['by Frankie Norman August 8, 2018, 1:08', 'Facebook has asked banks.'])).toBe('2018-08-08');
  });
  it('ignores dates in article sentences and in later paragraphs', () => {
    expect(datelineDate(['The council votes on March 3, 2025.'])).toBeNull();
    expect(datelineDate(['One.', 'Two.', 'Three.', 'Four.', 'By Jo Park, May 1, 2024'])).toBeNull();
    expect(datelineDate([`${'A long paragraph without an end '.repeat(5)} May 1, 2024`])).toBeNull();
  });
});

describe('completeMeta', () => {
  const entries = new Map([['a.txt', { outlet: 'The Courier', url: 'https://www.courier.example.com/x', published: 'March 3, 2025', author: 'Jo Park' }]]);

  it('fills a .txt seed from sources.yaml, the date made ISO', () => {
    const problems: SeedProblem[] = [];
    expect(completeMeta(seed(), 'st', entries, problems)).toMatchObject({ outlet: 'The Courier', url: 'https://www.courier.example.com/x', published: '2025-03-03', author: 'Jo Park' });
    expect(problems).toEqual([]);
  });
  it('keeps front matter over sources.yaml', () => {
    expect(completeMeta(seed({ outlet: 'Herald', published: '2025-01-01' }), 'st', entries, [])).toMatchObject({ outlet: 'Herald', published: '2025-01-01' });
  });
  it('names the outlet after the URL\'s host when nothing else does', () => {
    expect(completeMeta(seed({ url: 'https://www.wsj.com/articles/x' }), 'st', new Map(), [])).toMatchObject({ outlet: 'wsj.com' });
    expect(hostOutlet('https://news.example.org/a')).toBe('news.example.org');
  });
  it('takes the dateline\'s date when no field gives one', () => {
    expect(completeMeta(seed({ paragraphs: ['By Ann Lee, 8 August 2018', 'Text.'] }), 'st', new Map(), []).published).toBe('2018-08-08');
  });
  it('reports a date it cannot read, naming the file', () => {
    const problems: SeedProblem[] = [];
    completeMeta(seed({ file: 'b.md', published: 'last Tuesday' }), 'st', new Map(), problems);
    expect(problems).toEqual([{ file: 'st/b.md', message: expect.stringMatching(/"last Tuesday" that cannot be read\. Write it as 2018-08-06/) }]);
  });
});

describe('readSourcesFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-srcs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads details per seed file and reports unknown files and bad values, naming sources.yaml', () => {
    writeFileSync(join(dir, 'sources.yaml'), 'a.txt:\n  outlet: The Daily\n  url: https://daily.example.com/a\nmissing.txt:\n  outlet: X\nb.txt:\n  url: javascript:alert(1)\n  colour: red\n');
    const problems: SeedProblem[] = [];
    const { entries } = readSourcesFile(dir, 'st', ['a.txt', 'b.txt'], problems);
    expect(entries.get('a.txt')).toEqual({ outlet: 'The Daily', url: 'https://daily.example.com/a' });
    expect(problems.map((p) => p.file)).toEqual(['st/sources.yaml', 'st/sources.yaml']);
    expect(problems[0].message).toMatch(/names "missing\.txt", which is not a seed/);
    expect(problems[1].message).toMatch(/"b\.txt".*url is not an http\(s\) address.*Unrecognized key/s);
  });
  it('reports broken YAML', () => {
    writeFileSync(join(dir, 'sources.yaml'), 'a.txt: [unclosed\n');
    const problems: SeedProblem[] = [];
    readSourcesFile(dir, 'st', ['a.txt'], problems);
    expect(problems[0].message).toMatch(/is not valid YAML/);
  });
});
