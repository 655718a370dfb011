/**
 * The words and symbols readers see for statuses and stances, in one place so every page, the card, the share
 * image and the feed say the same thing (and a new status is added once). Never colour alone: each status and
 * stance has a word and a symbol.
 */
import type { Stance, Status } from '../analysis/index.ts';

/** Statuses in the order pages list them: the most contested first. */
export const STATUSES: readonly Status[] = ['denied', 'disputed', 'reported', 'unaddressed'];

export const STATUS_WORD: Record<Status, string> = { denied: 'Denied', disputed: 'Disputed', reported: 'Reported', unaddressed: 'Unaddressed' };
export const STATUS_SYMBOL: Record<Status, string> = { denied: '✕', disputed: '◆', reported: '●', unaddressed: '○' };
/** One line each, for legends and the methodology page. */
export const STATUS_MEANING: Record<Status, string> = {
  denied: 'A party the claim is about says it is false.',
  disputed: 'Sources conflict: a third party contradicts it, or figures differ.',
  reported: 'Sources state it and none contradicts it. Reported does not mean true.',
  unaddressed: 'The editors asked about it, and no source in the story speaks to it.',
};

/** How a piece of evidence stands toward its claim, in reader words (not FNC-1's agree/disagree/discuss). */
export const STANCE_WORD: Record<Stance, string> = { agree: 'supports', disagree: 'contradicts', discuss: 'reports without endorsing' };
/** The same, short enough for a grid cell. */
export const STANCE_SHORT: Record<Stance, string> = { agree: 'supports', disagree: 'contradicts', discuss: 'reports' };
export const STANCE_SYMBOL: Record<Stance, string> = { agree: '✓', disagree: '✗', discuss: '○' };

/** "1 piece", "2 pieces". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One formatter per language: making one costs ~1 ms, a tenth of a claim page's rendering (issue 9). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "August 8, 2018" in the site's language, the same on every machine (UTC, fixed style). */
export function formatDate(iso: string, language: string): string {
  let format = dateFormats.get(language);
  if (!format) dateFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** Capitalised first letter, for a word that starts a sentence. */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
