/**
 * Editorial content: `content/stories/<story>.md` (title, summary, body) and `content/claims/<claim id>.md`
 * (optional status override, body = editors' note). Parsed with unified/remark, rendered to sanitised HTML.
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { parse as parseYaml } from 'yaml';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import type { PosedClaim, SeedProblem } from '../analysis/index.ts';
import { didYouMean, LIST_ALL_UP_TO } from './suggest.ts';

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
  /** The story folder whose sources a posed claim is checked against (required with `claim`). */
  story: z.string().optional(),
  /**
   * A claim the editors pose, as they word it: the engine gathers evidence for it from every source of `story`
   * and decides its status like any claim's; its id is the note's file stem. Without it, the note is about
   * the claim of that id the coverage makes.
   */
  claim: z.string().optional(),
}).strict();

/** An editorial note with its rendered body. */
export interface Note<T> {
  file: string;
  data: T;
  html: string;
  /** The note as plain text (Markdown marks and HTML dropped), for claims.json and the reason. */
  text: string;
}

function splitFrontMatter(text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length) } : { yaml: '', body: text };
}

/** Markdown to HTML with raw HTML dropped and the rest sanitised (editors' notes are trusted less than code). */
export function renderMarkdown(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkFrontmatter).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).processSync(markdown));
}

/** Markdown as plain text: paragraphs joined by a space, marks and raw HTML dropped. */
export function markdownText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown);
  return tree.children.filter((n) => n.type !== 'html' && n.type !== 'code').map((n) => toString(n, { includeHtml: false })).join(' ').replace(/\s+/g, ' ').trim();
}

function readNotes<T>(dir: string, schema: z.ZodType<T>, label: string, problems: SeedProblem[]): Map<string, Note<T>> {
  const out = new Map<string, Note<T>>();
  if (!existsSync(dir)) return out;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: `content/${label}/`, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Make the folder readable (chmod a+rx).` });
    return out;
  }
  for (const entry of entries.filter((d) => d.name.endsWith('.md') && !d.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name;
    const file = `content/${label}/${name}`;
    if (!entry.isFile()) {
      problems.push({ file, message: `is ${entry.isSymbolicLink() ? 'a symbolic link' : entry.isDirectory() ? 'a folder' : 'not a regular file'}; notes are read only from plain files. Replace it with the note itself.` });
      continue;
    }
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, name)));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ file, message: code ? `cannot be read (${code}). Make it readable (chmod a+r).` : 'is not UTF-8 text. Save it as UTF-8 Markdown.' });
      continue;
    }
    const { yaml, body } = splitFrontMatter(source);
    let raw: unknown;
    try {
      raw = yaml ? parseYaml(yaml, { logLevel: 'error' }) ?? {} : {};
    } catch (e) {
      problems.push({ file, message: `has broken front matter: ${(e as Error).message.split('\n')[0]}. Fix the YAML between the --- lines.` });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push({ file, message: `has invalid front matter: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`).join('; ')}.` });
      continue;
    }
    out.set(name.replace(/\.md$/, ''), { file, data: parsed.data, html: renderMarkdown(body), text: markdownText(body) });
  }
  return out;
}

/** Reads story and claim notes; every bad note is added to `problems` (the caller reports them all at once). */
export function readEditorial(contentDir: string, problems: SeedProblem[]) {
  const stories = readNotes(join(contentDir, 'stories'), storyNoteSchema, 'stories', problems);
  const claims = readNotes(join(contentDir, 'claims'), claimNoteSchema, 'claims', problems);
  return { stories, claims };
}

/**
 * The claims the editors pose, per story folder: notes with `story` and `claim`. A note with one of the two
 * and not the other, an empty claim or an unknown story is a problem naming the file.
 */
export function posedClaims(notes: Map<string, Note<{ story?: string; claim?: string }>>, storyIds: ReadonlySet<string>, problems: SeedProblem[]): Map<string, PosedClaim[]> {
  const out = new Map<string, PosedClaim[]>();
  for (const [id, n] of notes) {
    const { story, claim } = n.data;
    if (story === undefined && claim === undefined) continue;
    const text = claim?.replace(/\s+/g, ' ').trim() ?? '';
    if (story === undefined) {
      problems.push({ file: n.file, message: 'poses a claim but names no story. Add `story: <story folder>` to its front matter.' });
    } else if (!storyIds.has(story)) {
      const fix = storyIds.size <= LIST_ALL_UP_TO
        ? `Set \`story\` to one of: ${[...storyIds].sort().join(', ') || '(no stories yet)'}.`
        : `Set \`story\` to the name of a folder in the seeds (there are ${storyIds.size}).${didYouMean(story.slice(0, 200), storyIds)}`;
      problems.push({ file: n.file, message: `poses a claim for story "${story.slice(0, 80)}", which has no folder in the seeds. ${fix}` });
    } else if (!text) {
      problems.push({ file: n.file, message: claim === undefined ? 'names a story but poses no claim. Add `claim: "<the claim as you word it>"`, or remove `story` to write a note about an existing claim.' : 'poses an empty claim. Write the claim in `claim: "..."`.' });
    } else {
      out.set(story, [...(out.get(story) ?? []), { id, text }]);
    }
  }
  return out;
}

/** Claim notes must name claims that exist: a note for an unknown id is a problem naming the file. */
export function claimNoteProblems(notes: Map<string, Note<{ story?: string; claim?: string }>>, claimIds: Set<string>): SeedProblem[] {
  // A note posing a claim names an id it makes itself; its own problems are listed by posedClaims.
  const posing = (n: Note<{ story?: string; claim?: string }>) => n.data.story !== undefined || n.data.claim !== undefined;
  return [...notes].filter(([id, n]) => !claimIds.has(id) && !posing(n)).map(([id, n]) => ({
    file: n.file,
    message: `is a note for a claim id that does not exist. Rename it to an existing claim id (see /claims.json), or delete it.${didYouMean(id.slice(0, 200), claimIds)}`,
  }));
}
