/**
 * "Did you mean ...?" for a name an editor typed (a story folder, a claim id) that names nothing: the known
 * names closest to it in spelling, so a message can offer the fix instead of listing every story of the site.
 */
import { editDistance } from '../analysis/index.ts';

/** At most this many names are offered. */
const SUGGESTIONS = 3;
/** Up to this many known names, a message lists them all; beyond it, only the closest. */
export const LIST_ALL_UP_TO = 10;

/**
 * The known names within a plausible typo of `name` (case ignored): an edit distance of at most a third of
 * the longer name, or one containing the other ("harbor" for "harbor-contract"); closest first, ties by name.
 */
export function closestNames(name: string, known: Iterable<string>): string[] {
  const typed = name.toLowerCase();
  return [...new Set(known)]
    .map((k) => {
      const candidate = k.toLowerCase();
      const most = Math.max(typed.length, candidate.length) / 3;
      const contained = typed.length >= 3 && (candidate.includes(typed) || typed.includes(candidate));
      // The distance is at least the difference in length: names far apart in length need no reckoning.
      const d = contained || Math.abs(typed.length - candidate.length) <= most ? editDistance(typed, candidate) : Infinity;
      return { k, d, near: d <= most || contained };
    })
    .filter((x) => x.near)
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, SUGGESTIONS)
    .map((x) => x.k);
}

/** " Did you mean `a` or `b`?" (with the leading space), or "" when nothing is close. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const close = closestNames(name, known).map((k) => `\`${k}\``);
  if (!close.length) return '';
  return ` Did you mean ${close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close.at(-1)}`}?`;
}
