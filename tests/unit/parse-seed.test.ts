import { describe, expect, it } from 'vitest';
import { MAX_RUN, parseSeed } from '../../src/analysis/parse-seed.ts';
import { seed } from './helpers.ts';

describe('parseSeed: good seeds', () => {
  it('reads a .txt seed: first non-empty line is the headline, each further line a paragraph', () => {
    const r = parseSeed(seed('a.txt', '\n\nCouncil approves budget\n\nThe council approved the budget.\nIt passed 7-2.\n'));
    expect(r).toMatchObject({ ok: true, seed: { title: 'Council approves budget', paragraphs: ['The council approved the budget.', 'It passed 7-2.'], url: null } });
  });

  it('reads a .md seed with front matter and markdown structure, keeping text only', () => {
    const md = `---\ntitle: Budget passes\noutlet: The Ledger\nurl: https://ledger.example.com/a\npublished: 2024-05-01\nauthor: Kim Lee\n---\n\n# Ignored heading\n\nThe **council** approved [the budget](https://x.example.com).\n\n- One item\n- Two item\n`;
    const r = parseSeed(seed('b.md', md));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.seed).toMatchObject({ title: 'Budget passes', outlet: 'The Ledger', url: 'https://ledger.example.com/a', published: '2024-05-01', author: 'Kim Lee' });
    expect(r.seed.paragraphs).toEqual(['Ignored heading', 'The council approved the budget.', 'One item', 'Two item']);
  });

  it('takes the first heading as the title when front matter has none', () => {
    const r = parseSeed(seed('c.md', '# Headline here\n\nBody text is here.\n'));
    expect(r).toMatchObject({ ok: true, seed: { title: 'Headline here', paragraphs: ['Body text is here.'] } });
  });

  it('drops raw HTML and keeps only the text of links, so seed markup never reaches a page', () => {
    const r = parseSeed(seed('d.md', '# T\n\n<script>alert(1)</script>\n\nClick [here](javascript:alert(1)) <b>now</b>.\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.seed.paragraphs.join(' ')).not.toMatch(/<script|javascript:|<b>/);
    expect(r.seed.paragraphs).toContain('Click here now.');
  });
});

describe('parseSeed: bounded input for the language tools', () => {
  it('breaks a run of characters without a space longer than MAX_RUN (a pasted data: address), keeping every character', () => {
    const run = 'data:image/png;base64,' + 'iVBORw0KGgo'.repeat(100);
    const r = parseSeed(seed('a.txt', `Headline\nThe photo ${run} was attached.\n`));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const words = r.seed.paragraphs[0].split(' ');
    expect(Math.max(...words.map((w) => w.length))).toBe(MAX_RUN);
    expect(words.join('')).toBe(`Thephoto${run}wasattached.`);
  });
});

describe('parseSeed: bad seeds are refused with a reason and a fix', () => {
  const cases: [string, string, Uint8Array | string, RegExp][] = [
    ['empty file', 'e.txt', '  \n\n ', /is empty/],
    ['not UTF-8', 'f.txt', new Uint8Array([0x48, 0xff, 0xfe, 0x41]), /not UTF-8/],
    ['binary with NUL bytes', 'g.txt', 'abc\u0000def', /NUL bytes/],
    ['broken YAML front matter', 'h.md', '---\ntitle: [unclosed\n---\n\nBody.\n', /broken front matter/],
    ['front matter never closed', 'i.md', '---\ntitle: x\n\nBody text.\n', /never closes it/],
    ['javascript: url', 'j.md', '---\nurl: javascript:alert(1)\n---\n\n# T\n\nBody.\n', /not an http\(s\) address/],
    ['ftp url', 'k.md', '---\nurl: ftp://example.com/x\n---\n\n# T\n\nBody.\n', /not an http\(s\) address/],
    ['headline without body', 'l.txt', 'Only a headline\n', /no article text/],
    ['too large', 'm.txt', 'x'.repeat(1_000_001), /limited to 1 MB/],
  ];
  it.each(cases)('%s', (_label, name, content, message) => {
    const r = parseSeed(seed(name, content));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join(' ')).toMatch(message);
  });
});
