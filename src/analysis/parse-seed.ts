import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { Root, RootContent } from 'mdast';
import { checkMarkdownLimits, markdownPieces } from './markdown-bounds.ts';
import type { ParsedSeed, SeedFile } from './types.ts';

/** Largest seed accepted. A news article is 5-50 kB; anything near this is a wrong file (a PDF, a dump). */
export const MAX_SEED_BYTES = 1_000_000;

/** File endings read as seeds; anything else in a story folder is ignored. */
export const SEED_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

const FRONT_MATTER_FIELDS = ['title', 'outlet', 'url', 'published', 'author'] as const;

/** Result of parsing one seed: the parsed seed, or every problem found in it. */
export type ParseResult = { ok: true; seed: ParsedSeed } | { ok: false; problems: string[] };

/** True for file names the loader treats as seeds. */
export function isSeedFile(name: string): boolean {
  return !name.startsWith('.') && SEED_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
}

/** The problem with a seed of `bytes` bytes, over MAX_SEED_BYTES. */
export function tooLargeMessage(bytes: number): string {
  return `is ${(bytes / 1e6).toFixed(1)} MB; seeds are limited to ${MAX_SEED_BYTES / 1e6} MB. Paste only the article's text.`;
}

function decode(file: SeedFile): string | string[] {
  if (file.bytes.byteLength > MAX_SEED_BYTES) return [tooLargeMessage(file.bytes.byteLength)];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return ['is not UTF-8 text. Save it as UTF-8 plain text or Markdown.'];
  }
  if (text.includes('\u0000')) return ['contains NUL bytes, so it is not a text file. Save the article as plain text or Markdown.'];
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return ['is empty. Paste the article (headline on the first line), or delete the file.'];
  return text;
}

function validUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && Boolean(u.hostname);
  } catch {
    return false;
  }
}

function readFrontMatter(yamlText: string, problems: string[]): Partial<Record<(typeof FRONT_MATTER_FIELDS)[number], string>> {
  let data: unknown;
  try {
    // Warnings (an unknown !tag) would go to the console as a Node warning, outside the one list of problems.
    data = parseYaml(yamlText, { logLevel: 'error' });
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    problems.push(`has broken front matter${line ? ` (line ${line + 1})` : ''}: ${(e as Error).message.split('\n')[0]}. Fix the YAML between the --- lines.`);
    return {};
  }
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push('has front matter that is not a list of "key: value" lines. Use e.g. "title: ..." and "url: https://...".');
    return {};
  }
  const out: Partial<Record<(typeof FRONT_MATTER_FIELDS)[number], string>> = {};
  for (const key of FRONT_MATTER_FIELDS) {
    const v = (data as Record<string, unknown>)[key];
    if (v == null) continue;
    if (v instanceof Date) out[key] = v.toISOString().slice(0, 10);
    else if (typeof v === 'string' || typeof v === 'number') out[key] = String(v).trim();
    else problems.push(`has a front matter "${key}" that is not text. Write it as one line of text.`);
  }
  if (out.url !== undefined && !validUrl(out.url)) {
    problems.push(`has front matter url "${out.url.slice(0, 80)}" that is not an http(s) address. Use the article's https:// link, or remove the line.`);
    delete out.url;
  }
  return out;
}

function blockText(node: RootContent): string[] {
  switch (node.type) {
    case 'html': // raw HTML in a seed is page furniture, never article text; it is dropped, not rendered
    case 'yaml':
    case 'thematicBreak':
    case 'code':
    case 'definition':
      return [];
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap(blockText));
    case 'blockquote':
      return node.children.flatMap(blockText);
    default: {
      const text = toString(node, { includeHtml: false }).replace(/\s*\n\s*/g, ' ').trim();
      return text ? [text] : [];
    }
  }
}

function parseMarkdown(text: string, problems: string[]): Omit<ParsedSeed, 'file'> {
  const limits = checkMarkdownLimits(text);
  if (limits.length) {
    problems.push(...limits);
    return { title: '', outlet: null, url: null, published: null, author: null, paragraphs: [] };
  }
  let meta: ReturnType<typeof readFrontMatter> = {};
  let title = '';
  const paragraphs: string[] = [];
  markdownPieces(text).forEach((piece, n) => {
    if ('plain' in piece) return void paragraphs.push(piece.plain.replace(/\s+/g, ' ').trim());
    // Front matter can only open the seed: later pieces are parsed without it, so a `---` there stays a rule.
    const tree = (n === 0 ? withFrontMatter : withoutFrontMatter).parse(piece.markdown) as Root;
    if (n === 0) {
      const yamlNode = tree.children.find((x) => x.type === 'yaml');
      if (!yamlNode && /^---\s*\n/.test(text)) problems.push('starts a front matter block with --- but never closes it. Add a line with --- after the last field.');
      meta = yamlNode && 'value' in yamlNode ? readFrontMatter(yamlNode.value, problems) : {};
      title = meta.title ?? '';
    }
    for (const node of tree.children) {
      if (node.type === 'yaml') continue;
      const texts = blockText(node);
      if (!title && node.type === 'heading' && texts[0]) title = texts[0];
      else paragraphs.push(...texts);
    }
  });
  const kept = paragraphs.filter(Boolean);
  if (!title && kept.length) title = kept.shift()!;
  return { title, outlet: meta.outlet ?? null, url: meta.url ?? null, published: meta.published ?? null, author: meta.author ?? null, paragraphs: kept };
}

const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const withoutFrontMatter = unified().use(remarkParse);

function parsePlainText(text: string): Omit<ParsedSeed, 'file'> {
  // Plain-text news dumps put one paragraph on each line; blank lines are only spacing.
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { title: lines[0] ?? '', outlet: null, url: null, published: null, author: null, paragraphs: lines.slice(1) };
}

/** Longest run of characters without a space that the language tools are given (see breakLongRuns). */
export const MAX_RUN = 128;

/**
 * Breaks every run of more than MAX_RUN characters without a space (a pasted data: address, a line of ====)
 * with a space every MAX_RUN characters. No word is that long, and wink-nlp's tokenizer takes time quadratic
 * in a run's length (issue 6: 20 kB of *_*_ took seconds; a 1 MB run would take hours).
 */
function breakLongRuns(text: string): string {
  return text.replace(new RegExp(`\\S{${MAX_RUN + 1},}`, 'gu'), (run) => (run.match(new RegExp(`\\S{1,${MAX_RUN}}`, 'gu')) ?? [run]).join(' '));
}

/** Parses one seed file, collecting every problem rather than stopping at the first. */
export function parseSeed(file: SeedFile): ParseResult {
  const text = decode(file);
  if (Array.isArray(text)) return { ok: false, problems: text };
  const problems: string[] = [];
  const isMarkdown = !file.name.toLowerCase().endsWith('.txt');
  const read = isMarkdown ? parseMarkdown(text, problems) : parsePlainText(text);
  const parsed = { ...read, title: breakLongRuns(read.title), paragraphs: read.paragraphs.map(breakLongRuns) };
  if (!parsed.title && problems.length === 0) problems.push('has no headline or text. Put the headline on the first line, or set "title" in front matter.');
  if (parsed.paragraphs.length === 0 && parsed.title && problems.length === 0) problems.push('has a headline but no article text below it. Paste the article body after the headline.');
  if (problems.length) return { ok: false, problems };
  return { ok: true, seed: { file: file.name, ...parsed } };
}
