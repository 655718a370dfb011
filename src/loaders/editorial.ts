/**
 * Editorial content: `content/stories/<story>.md` (title, summary, body) and `content/claims/<claim id>.md`
 * (optional status override, body = editors' note). Parsed with unified/remark, rendered to sanitised HTML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SeedError, type SeedProblem } from '../analysis/index.ts';

/** Front matter of a story note. */
export const storyNoteSchema = z.object({
  /** Title shown instead of the most representative headline. */
  title: z.string().min(1).optional(),
  /** One-paragraph summary shown under the title. */
  summary: z.string().optional(),
}).strict();

/** Front matter of a claim note. */
export const claimNoteSchema = z.object({
  /** The editors' verdict; overrides the machine's on the page, the card and claims.json. */
  status: z.enum(['reported', 'disputed', 'denied']).optional(),
}).strict();

/** An editorial note with its rendered body. */
export interface Note<T> {
  file: string;
  data: T;
  html: string;
}

function splitFrontMatter(text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length) } : { yaml: '', body: text };
}

/** Markdown to HTML with raw HTML dropped and the rest sanitised (editors' notes are trusted less than code). */
export function renderMarkdown(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkFrontmatter).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).processSync(markdown));
}

function readNotes<T>(dir: string, schema: z.ZodType<T>, label: string, problems: SeedProblem[]): Map<string, Note<T>> {
  const out = new Map<string, Note<T>>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const file = `content/${label}/${name}`;
    const { yaml, body } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
    let raw: unknown;
    try {
      raw = yaml ? parseYaml(yaml) ?? {} : {};
    } catch (e) {
      problems.push({ file, message: `has broken front matter: ${(e as Error).message.split('\n')[0]}. Fix the YAML between the --- lines.` });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push({ file, message: `has invalid front matter: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`).join('; ')}.` });
      continue;
    }
    out.set(name.replace(/\.md$/, ''), { file, data: parsed.data, html: renderMarkdown(body) });
  }
  return out;
}

/** Reads story and claim notes, stopping with one message naming every bad note. */
export function readEditorial(contentDir: string) {
  const problems: SeedProblem[] = [];
  const stories = readNotes(join(contentDir, 'stories'), storyNoteSchema, 'stories', problems);
  const claims = readNotes(join(contentDir, 'claims'), claimNoteSchema, 'claims', problems);
  if (problems.length) throw new SeedError(problems);
  return { stories, claims };
}

/** Editors' story titles by story id. */
export function readStoryTitles(contentDir: string): Map<string, string> {
  const { stories } = readEditorial(contentDir);
  return new Map([...stories].flatMap(([id, n]) => (n.data.title ? [[id, n.data.title] as const] : [])));
}

/** Claim notes must name claims that exist: a note for an unknown id is an error naming the file. */
export function checkClaimNotes(notes: Map<string, Note<unknown>>, claimIds: Set<string>): void {
  const problems = [...notes].filter(([id]) => !claimIds.has(id)).map(([, n]) => ({
    file: n.file,
    message: 'is a note for a claim id that does not exist. Rename it to an existing claim id (see /claims.json), or delete it.',
  }));
  if (problems.length) throw new SeedError(problems);
}
