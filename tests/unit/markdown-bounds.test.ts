import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMITS, markdownPieces } from '../../src/analysis/markdown-bounds.ts';
import { parseSeed } from '../../src/analysis/parse-seed.ts';
import { deepBlockquote, deepList, nestedEmphasis } from '../benchmarks/inputs.ts';
import { seed } from './helpers.ts';

const paragraphs = (name: string, text: string) => {
  const r = parseSeed(seed(name, text));
  if (!r.ok) throw new Error(r.problems.join('; '));
  return [r.seed.title, ...r.seed.paragraphs];
};
const problems = (name: string, text: string) => {
  const r = parseSeed(seed(name, text));
  return r.ok ? [] : r.problems;
};

describe('Markdown seeds that would stall the parser (issue 6)', () => {
  it.each([
    ['quotes nested 3,000 deep', deepBlockquote(3000), 3000],
    ['lists nested 2,000 deep', deepList(2000), 2000],
  ])('refuses %s with a message naming the line and the fix, not a stack overflow', (_label, text, depth) => {
    expect(problems('deep.md', text)).toEqual([
      `nests quotes or lists ${depth} levels deep (line 3); seeds allow ${MARKDOWN_LIMITS.nesting}. Remove the extra > or list markers, or save the article as .txt.`,
    ]);
  });

  it('reads quotes and lists nested to the limit', () => {
    const text = `# Nested\n\n${'> '.repeat(MARKDOWN_LIMITS.nesting)}The deepest quote says the port closed.\n`;
    expect(paragraphs('ok.md', text)).toEqual(['Nested', 'The deepest quote says the port closed.']);
  });

  it('refuses a seed that is mostly quote or list lines', () => {
    const text = '# Lists\n\n' + '- an item\n'.repeat(MARKDOWN_LIMITS.containerLines + 1);
    const limit = MARKDOWN_LIMITS.containerLines;
    expect(problems('lists.md', text).join(' ')).toContain(`has ${(limit + 1).toLocaleString('en')} lines that start a quote or list item; seeds allow ${limit.toLocaleString('en')}.`);
  });

  it('refuses a seed whose quote and list markers add up past the limit', () => {
    const lines = Math.floor(MARKDOWN_LIMITS.containerMarkers / MARKDOWN_LIMITS.nesting) + 1;
    const text = '# Lists\n\n' + Array.from({ length: lines }, (_, i) => `${'- '.repeat(MARKDOWN_LIMITS.nesting)}item ${i}\n`).join('');
    expect(problems('deep-lists.md', text).join(' ')).toMatch(/quote and list markers \(>, -, 1\.\); seeds allow 40,000\./);
  });

  it('reads a paragraph of nested emphasis marks as plain text', () => {
    const [, ...body] = paragraphs('emph.md', nestedEmphasis(40_000));
    expect(body).toHaveLength(1);
    expect(body[0]).toMatch(/^A sentence before the markers\. \*_\*_\*_/);
  });

  it('keeps ordinary emphasis and links as text, marks dropped', () => {
    expect(paragraphs('b.md', '# T\n\nThe **council** _approved_ [the budget](https://x.example).\n')).toEqual(['T', 'The council approved the budget.']);
  });
});

describe('markdownPieces', () => {
  const blocks = Array.from({ length: 3 * MARKDOWN_LIMITS.blocksPerPiece }, (_, i) => `Paragraph number ${i} says something.`);

  it('hands the parser a long seed in pieces of a bounded number of blocks, losing nothing', () => {
    const text = `---\ntitle: Long\n---\n\n${blocks.join('\n\n')}\n`;
    const pieces = markdownPieces(text);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(pieces.map((p) => ('markdown' in p ? p.markdown : p.plain)).join('\n')).toBe(text);
    expect(paragraphs('long.md', text)).toEqual(['Long', ...blocks]);
  });

  it('never cuts inside a fenced code block or an HTML comment, so their contents stay out of the text', () => {
    const fence = '```\ncode line\n\n' + Array.from({ length: 100 }, (_, i) => `code ${i}\n\n`).join('') + '```';
    const comment = '<!--\n\n' + Array.from({ length: 100 }, (_, i) => `hidden ${i}\n\n`).join('') + '-->';
    const text = `# T\n\n${blocks.slice(0, 70).join('\n\n')}\n\n${fence}\n\n${blocks.slice(70, 140).join('\n\n')}\n\n${comment}\n\nThe end of the article.\n`;
    const out = paragraphs('f.md', text).join('\n');
    expect(out).not.toMatch(/code \d|hidden \d/);
    expect(out).toContain('The end of the article.');
  });

  it('parses front matter only at the start: a later --- is a rule, not front matter', () => {
    const text = `${blocks.join('\n\n')}\n\n---\n\ntitle: not front matter\n\n---\n\nLast paragraph here.\n`;
    const out = paragraphs('g.md', text);
    expect(out).toContain('title: not front matter');
    expect(out.at(-1)).toBe('Last paragraph here.');
  });
});
