import { FIGURE_ESTIMATE } from './thresholds.ts';
/** Turns figures as written ("$11.8 billion", "4 per cent", "87 million") into comparable numbers. */
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/**
 * The value of a common fraction the text opens with ("1/2" is 0.5, "3/4 of the land" 0.75): a numerator below its
 * denominator, a denominator of everyday use ("9/11" is no fraction); else null.
 */
export function fractionValue(text: string): number | null {
  const m = /^([1-9])\/(2|3|4|5|8|10|16)\b/.exec(text);
  return m && Number(m[1]) < Number(m[2]) ? Number(m[1]) / Number(m[2]) : null;
}

/** Parses the numeric value of a figure, or null when it has no digits (e.g. "Monday"); "6 1/2" is 6.5. */
export function figureValue(text: string): number | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!m) return null;
  let n = fractionValue(text.slice(m.index));
  let rest: string;
  if (n !== null) rest = text.slice(m.index).replace(/^\S+/, '');
  else {
    n = Number(m[0].replace(/,/g, ''));
    rest = text.slice(m.index + m[0].length);
    const mixed = /^\s+(\S+)/.exec(rest);
    const part = mixed ? fractionValue(mixed[1]) : null;
    if (mixed && part !== null) [n, rest] = [n + part, rest.slice(mixed[0].length)];
  }
  const scale = /^\s*(thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b/i.exec(rest);
  return Number.isFinite(n) ? n * (scale ? SCALE[scale[1].toLowerCase()] : 1) : null;
}

/** Words before a figure that make it a bound or an estimate, and the range each gives (FIGURE_ESTIMATE). */
const AT_LEAST = /\b(?:more than|over|at least|upwards of|in excess of|above)\s+$/;
const AT_MOST = /\b(?:less than|under|fewer than|up to|as many as|as much as|no more than|below)\s+$/;
const JUST_UNDER = /\b(?:nearly|almost|close to|just under)\s+$/;
const ABOUT = /\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa)\s+$/;

/**
 * The range a figure gives as the sentence words it: "more than $2,000" is $2,000 or more, "almost 3%" up to 3% and
 * within FIGURE_ESTIMATE of it, "about 40" within FIGURE_ESTIMATE either side, a bare "$2,084" itself. Two sources'
 * figures conflict only when their ranges do not meet ("more than $2,000" and "$2,084" agree).
 */
export function figureRange(sentence: string, figureText: string, value: number): { low: number; high: number } {
  const at = sentence.indexOf(figureText);
  // wink-nlp reads some qualifiers into the figure ("about 40"): the words before its first digit or sign count too.
  const lead = /^[^\d$£€¥]*/.exec(figureText)![0];
  const before = ((at < 0 ? '' : sentence.slice(Math.max(0, at - 24), at)) + lead).toLowerCase().replace(/\s*$/, ' ');
  if (AT_LEAST.test(before)) return { low: value, high: Infinity };
  if (AT_MOST.test(before)) return { low: 0, high: value };
  if (JUST_UNDER.test(before)) return { low: value * (1 - FIGURE_ESTIMATE), high: value };
  if (ABOUT.test(before)) return { low: value * (1 - FIGURE_ESTIMATE), high: value * (1 + FIGURE_ESTIMATE) };
  return { low: value, high: value };
}

/**
 * Whether a figure converts the one before it, in brackets: "1 million pesos ($74,000)" gives the pesos, and a second
 * outlet's "($75,000)" converts them at another rate, not another sum.
 */
export function isConversion(sentence: string, figureText: string): boolean {
  const at = sentence.indexOf(figureText);
  return at > 0 && /\d[^()]*\(\s*$/.test(sentence.slice(0, at));
}

/** Keeps the figures that can conflict (percentages, sums, counts) with their values. */
export function readFigures(figures: readonly { value: string; type: string }[]): { type: string; value: number; text: string }[] {
  return figures
    .filter((f) => f.type === 'PERCENT' || f.type === 'MONEY' || f.type === 'CARDINAL')
    .map((f) => ({ type: f.type, value: figureValue(f.value), text: f.value }))
    .filter((f): f is { type: string; value: number; text: string } => f.value !== null);
}

/**
 * The figures of a statement with what each counts: the noun right after it, past one adjective or name ("150 women",
 * "a $7 million reward", "13 Syrian nuns"). A figure followed by no noun counts nothing that can be compared.
 */
export function countedFigures(a: { words: string[]; lemmas: string[]; pos: string[]; offsets: number[]; figures: { value: string; type: string }[] }, text: string): { type: string; value: number; text: string; counts: string; noun: string }[] {
  const out: { type: string; value: number; text: string; counts: string; noun: string }[] = [];
  let cursor = 0;
  for (const f of readFigures(a.figures)) {
    const at = text.indexOf(f.text, cursor);
    if (at < 0) continue;
    cursor = at + f.text.length;
    let k = a.offsets.findIndex((o) => o >= cursor);
    if (k < 0) continue;
    if ((a.pos[k] === 'ADJ' || a.pos[k] === 'PROPN') && a.pos[k + 1] === 'NOUN') k++;
    if (a.pos[k] === 'NOUN') out.push({ ...f, counts: a.lemmas[k], noun: a.words[k] });
  }
  return out;
}
