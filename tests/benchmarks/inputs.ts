/**
 * Inputs that stress the engine's bounds, generated rather than committed: an article at the seed size limit,
 * the pathological shapes from issue 6 (a paragraph of capitalised words, nested emphasis, deep quotes and
 * lists), and random or mutated articles for the fuzz test. Every generator is deterministic for its seed.
 */

/** mulberry32: a small seeded PRNG, so a failing fuzz case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const PARTIES = ['Acme Steel', 'the city council', 'Harbor Bank', 'Governor Lena Ortiz', 'the port authority', 'Bayline Marine', 'Northwind Airlines', 'the health ministry', 'Dr. Amal Haddad', 'US Bancorp', 'the union', 'Riverside Hospital', 'the Federal Reserve', 'Mayor Tom Reyes', 'Vantage Energy'];
const VERBS = ['cut', 'approved', 'rejected', 'announced', 'delayed', 'expanded', 'closed', 'sold', 'bought', 'investigated', 'funded', 'cancelled', 'reviewed', 'doubled', 'halved'];
const OBJECTS = ['400 jobs at its Ohio plant', 'the harbor dredging contract', 'a $12 million budget for schools', 'the new ferry route', 'its data-sharing talks', '15 percent of its fleet', 'the bridge repair plan', 'plans for a second terminal', 'the 2026 wage agreement', 'a review of safety rules', 'its customer accounts in Europe', 'the downtown clinic', 'three regional offices', 'a merger with a rival', 'the water price increase'];
const TAILS = ['on Tuesday', 'last week', 'after months of talks', 'despite protests', 'in a statement', 'according to officials', 'earlier this year', 'for the second time', 'without public notice', 'amid rising costs'];
const SPEAKERS = ['a spokesman said', 'the company said', 'officials said', 'Dana Ripley, a spokeswoman for Harbor Bank, said', 'analysts said', 'the Wall Street Journal reported', 'Reuters reported', 'she said'];
const DENIALS = ['"This is not true," the company said.', 'The ministry denied the report.', 'Officials disputed those figures.', '"We have not cut any jobs," a spokesman said.'];

/** One ordinary news sentence. */
export function sentence(rand: () => number): string {
  const r = rand();
  if (r < 0.06) return pick(rand, DENIALS);
  const core = `${pick(rand, PARTIES)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, TAILS)}`;
  const s = r < 0.5 ? `${core}, ${pick(rand, SPEAKERS)}.` : r < 0.7 ? `"${core}," ${pick(rand, SPEAKERS)}.` : `${core}.`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A plain-text article of stock sentences, `bytes` long, paragraphs of 2-5 sentences: 15 parties, 15 verbs and
 * 15 objects, so at length nearly every sentence restates others (a flood that stresses clustering).
 */
export function ordinaryArticle(bytes: number, seed = 1): string {
  const rand = prng(seed);
  const parts = ['Officials weigh the harbor contract\n'];
  let size = parts[0].length;
  while (size < bytes) {
    const n = 2 + Math.floor(rand() * 4);
    const p = Array.from({ length: n }, () => sentence(rand)).join(' ') + '\n';
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, bytes - 1) + '\n';
}

/** Made-up words of one to three syllables, the same list for the same seed. */
function words(rand: () => number, count: number, capital = false): string[] {
  const syllables = ['ba', 'cor', 'den', 'fi', 'gal', 'hu', 'jen', 'kar', 'lo', 'mer', 'nus', 'pol', 'ra', 'sen', 'tor', 'vi', 'wes', 'zan', 'ti', 'mo'];
  const out = new Set<string>();
  while (out.size < count) {
    const w = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, syllables)).join('');
    out.add(capital ? w.charAt(0).toUpperCase() + w.slice(1) : w);
  }
  return [...out];
}

/** Picks by Zipf's law (rank r with weight 1/r), as words occur in text. */
const zipf = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(Math.exp(rand() * Math.log(xs.length + 1))) - 1)];

/**
 * An article of varied news-like sentences, `bytes` long: a vocabulary of 3,000 made-up words and 400 names
 * drawn by Zipf's law, so sentences share words as real ones do (a few common, most rare), with attributions,
 * figures, quotes and denials mixed in.
 */
export function variedArticle(bytes: number, seed = 1): string {
  const rand = prng(seed);
  const vocabulary = words(rand, 3000), names = words(rand, 400, true);
  const np = () => (rand() < 0.35 ? `${zipf(rand, names)} ${zipf(rand, names)}` : `the ${zipf(rand, vocabulary)} ${zipf(rand, vocabulary)}`);
  const clause = () => `${np()} ${zipf(rand, vocabulary)}ed ${rand() < 0.4 ? `${1 + Math.floor(rand() * 900)} ` : ''}${zipf(rand, vocabulary)}s ${pick(rand, ['in', 'for', 'at', 'near', 'after'])} ${np()}`;
  const sentences = (): string => {
    const r = rand();
    const c = clause();
    const s = r < 0.3 ? `${c}, ${np()} said` : r < 0.4 ? `"${c}," ${np()} said` : r < 0.45 ? `${np()} denied that ${c}` : r < 0.5 ? `${c} and ${clause()}` : c;
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const parts = ['A story in many words\n'];
  let size = parts[0].length;
  while (size < bytes) {
    const p = Array.from({ length: 2 + Math.floor(rand() * 4) }, sentences).join(' ') + '\n';
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, bytes - 1) + '\n';
}

/** One paragraph of capitalised words and no full stop: what made the name patterns quadratic. */
export function capitalisedParagraph(bytes: number): string {
  const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet'];
  const out: string[] = ['Capitalised words\n'];
  let size = out[0].length, i = 0;
  while (size < bytes) {
    const w = words[i++ % words.length] + ' ';
    out.push(w);
    size += w.length;
  }
  return out.join('').slice(0, bytes - 1) + '\n';
}

/** Markdown with `*_*_*_...` emphasis markers: what made the Markdown parser quadratic. */
export function nestedEmphasis(bytes: number): string {
  const head = '# Emphasis\n\nA sentence before the markers. ', tail = 'x. The paragraph ends in a sentence.\n';
  return head + '*_'.repeat(Math.floor((bytes - head.length - tail.length) / 2)) + tail;
}

/** Markdown blockquotes nested `depth` deep on one line (`>>>>...`): a few kilobytes. */
export function deepBlockquote(depth: number): string {
  return `# Quotes\n\n${'>'.repeat(depth)} The innermost quoted sentence says something.\n`;
}

/** Markdown lists nested `depth` deep on one line (`- - - ...`): a few kilobytes. */
export function deepList(depth: number): string {
  return `# Lists\n\n${'- '.repeat(depth)}The innermost item says something.\n`;
}

/** Byte-level and text-level mutations of an article, for the fuzz test. */
export function mutate(text: string, rand: () => number): string {
  const chars = [...text];
  const n = 1 + Math.floor(rand() * 12);
  const junk = ['*', '_', '>', '#', '-', '"', '“', '”', '\n', '\n\n', '  ', '[', ']', '(', ')', '`', '---\n', '\t', 'é', '北京', '\u200b', '.', ',', 'U.S.', 'Said', 'said'];
  for (let k = 0; k < n; k++) {
    const at = Math.floor(rand() * (chars.length + 1));
    const r = rand();
    if (r < 0.4) chars.splice(at, 0, pick(rand, junk));
    else if (r < 0.6) chars.splice(at, 1 + Math.floor(rand() * 20));
    else if (r < 0.8) chars.splice(at, 0, ...chars.slice(Math.max(0, at - 40), at));
    else chars.splice(at, 0, pick(rand, junk).repeat(1 + Math.floor(rand() * 60)));
  }
  return chars.join('');
}

/** A random article: random words, punctuation and Markdown, mostly nonsense. */
export function randomArticle(rand: () => number, maxBytes = 6000): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   .,;:!?"\'“”()-*_>#[]`\n\n';
  const len = Math.floor(rand() * maxBytes);
  let out = '';
  while (out.length < len) out += rand() < 0.02 ? ' ' + sentence(rand) + ' ' : alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}
