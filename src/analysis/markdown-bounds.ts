/**
 * Keeps the Markdown parser's cost linear in a seed's size. remark-parse (micromark) takes time quadratic or
 * worse in some shapes of input (issue 6): nesting depth (`>>>>…`, `- - - …`), the number of blocks it holds
 * at once (thousands of `> x` quotes), and emphasis or link marks within one paragraph (`*_*_…`). So a seed
 * is checked against LIMITS, then handed to the parser in pieces of a bounded number of blocks, and a
 * paragraph with too many marks is read as plain text. Text is all the engine keeps, so cutting between two
 * top-level blocks changes nothing it reads.
 */

/** Limits on a Markdown seed's structure; far above any article, far below what makes parsing slow. */
export const MARKDOWN_LIMITS = {
  /** Quote and list markers at the start of one line (`> > -` is 3). */
  nesting: 16,
  /** Lines that start a quote or a list item. */
  containerLines: 20_000,
  /** Quote and list markers in all (a line `> > - x` has 3): the parser's cost grows with each. */
  containerMarkers: 40_000,
  /** Emphasis and link marks (`*`, `_`, `[`, `]`) in one paragraph before it is read as plain text. */
  marksPerParagraph: 64,
  /** Blocks the parser is given at once. */
  blocksPerPiece: 64,
};

/** A run of the seed for the parser, or a paragraph taken as it is written. */
export type Piece = { markdown: string } | { plain: string };

interface Line {
  text: string;
  /** Quote and list markers at its start. */
  depth: number;
  /** True when one of those markers starts a list item. */
  item: boolean;
  /** The line without its markers and indentation. */
  content: string;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

function readLine(text: string): Line {
  if (THEMATIC_BREAK.test(text)) return { text, depth: 0, item: false, content: text.trim() };
  let i = 0, depth = 0, item = false;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '>') {
      depth++, i++;
      continue;
    }
    const m = LIST_MARKER.exec(text.slice(i, i + 11));
    if (!m) break;
    depth++, (item = true), (i += m[0].length);
  }
  return { text, depth, item, content: text.slice(i) };
}

const FENCE = /^(`{3,}|~{3,})/;
/** Raw HTML blocks that run across blank lines until their end marker (CommonMark types 1-5). */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** Checks a Markdown seed against the nesting and size limits; returns a problem message for each broken one. */
export function checkMarkdownLimits(text: string): string[] {
  const problems: string[] = [];
  let containers = 0, markers = 0, deepest = 0, deepestLine = 0;
  text.split('\n').forEach((t, n) => {
    const { depth } = readLine(t);
    if (depth > 0) containers++;
    markers += depth;
    if (depth > deepest) [deepest, deepestLine] = [depth, n + 1];
  });
  if (deepest > MARKDOWN_LIMITS.nesting) {
    problems.push(`nests quotes or lists ${deepest} levels deep (line ${deepestLine}); seeds allow ${MARKDOWN_LIMITS.nesting}. Remove the extra > or list markers, or save the article as .txt.`);
  }
  const n = (x: number) => x.toLocaleString('en');
  if (containers > MARKDOWN_LIMITS.containerLines) {
    problems.push(`has ${n(containers)} lines that start a quote or list item; seeds allow ${n(MARKDOWN_LIMITS.containerLines)}. Paste only the article's text, or save it as .txt.`);
  } else if (deepest <= MARKDOWN_LIMITS.nesting && markers > MARKDOWN_LIMITS.containerMarkers) {
    problems.push(`has ${n(markers)} quote and list markers (>, -, 1.); seeds allow ${n(MARKDOWN_LIMITS.containerMarkers)}. Paste only the article's text, or save it as .txt.`);
  }
  return problems;
}

/** A paragraph taken as written: its lines without quote and list markers, tags dropped, joined by spaces. */
function plainParagraph(lines: Line[]): string {
  return lines.map((l) => l.content.replace(/<[^<>]*>/g, ' ')).join(' ');
}

/**
 * Splits a Markdown seed (front matter included, in the first piece) into pieces for the parser. A piece ends
 * at a line that starts a top-level block, once it holds `blocksPerPiece` blocks; never inside front matter,
 * a fenced code block or a raw HTML block. A paragraph with more than `marksPerParagraph` marks becomes a
 * plain piece of its own.
 */
export function markdownPieces(text: string): Piece[] {
  const lines = text.split('\n').map(readLine);
  const pieces: Piece[] = [];
  let start = 0, blocks = 0, i = 0;
  const flush = (end: number) => {
    if (end > start) pieces.push({ markdown: lines.slice(start, end).map((l) => l.text).join('\n') });
    [start, blocks] = [end, 0];
  };
  if (/^---[ \t]*$/.test(lines[0]?.text ?? '')) {
    const close = lines.findIndex((l, n) => n > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l.text));
    i = close < 0 ? lines.length : close + 1;
  }
  while (i < lines.length) {
    const line = lines[i];
    const fence = FENCE.exec(line.content);
    const html = HTML_BLOCKS.find(([open]) => open.test(line.content));
    if (fence || html) {
      // Skip to the end of the code or HTML block: it is one block, whatever it holds.
      let j = i + 1;
      if (fence) while (j < lines.length && !new RegExp(`^${fence[1][0]}{${fence[1].length},}[ \\t]*$`).test(lines[j].content)) j++;
      else if (!html![1].test(line.content.slice(1))) while (j < lines.length && !html![1].test(lines[j].content)) j++;
      [i, blocks] = [j + 1, blocks + 1];
      continue;
    }
    if (!line.content.trim()) {
      i++;
      continue;
    }
    // A paragraph: this line and the following ones that continue it (no blank line, no new item or heading).
    let end = i + 1;
    while (end < lines.length && lines[end].content.trim() && !lines[end].item && !/^(?:#|`{3}|~{3})/.test(lines[end].content)) end++;
    const marks = lines.slice(i, end).reduce((n, l) => n + (l.content.match(/[*_[\]]/g)?.length ?? 0), 0);
    const topLevel = !/^[ \t]/.test(line.text) && !/^[=-]+[ \t]*$/.test(line.text);
    if (marks > MARKDOWN_LIMITS.marksPerParagraph) {
      flush(i);
      pieces.push({ plain: plainParagraph(lines.slice(i, end)) });
      start = end;
    } else if (topLevel && blocks >= MARKDOWN_LIMITS.blocksPerPiece) {
      flush(i);
    }
    blocks++;
    i = end;
  }
  flush(lines.length);
  return pieces;
}
