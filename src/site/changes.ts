/**
 * The corrections log across stories, newest first, as the /changes/ page and its feed show it. Each story's
 * log lives beside its seeds (src/loaders/corrections.ts); here the entries are only gathered and worded.
 */
import type { StoryEntry } from '../loaders/entries.ts';
import { STATUS_WORD } from './words.ts';

export type Change = StoryEntry['history'][number]['changes'][number];

/** One build's entry for one story, with an anchor that never changes (the entry's number in its story's log). */
export interface ChangeGroup {
  date: string;
  story: { id: string; title: string };
  anchor: string;
  entry: number;
  changes: Change[];
}

/** Every story's entries, newest first; on one date, stories by title. */
export function changeGroups(stories: readonly StoryEntry[]): ChangeGroup[] {
  return stories
    .flatMap((s) => s.history.map((e, entry) => ({ date: e.date, story: { id: s.id, title: s.title }, anchor: `${s.id}-${entry}`, entry, changes: e.changes })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.story.title.localeCompare(b.story.title) || b.entry - a.entry);
}

/** One line for a change, as the feed's item title. */
export function changeTitle(c: Change): string {
  const by = c.editors ? " (editors' verdict)" : '';
  if (c.change === 'new') return `${STATUS_WORD[c.to!]}${by}: ${c.text}`;
  if (c.change === 'status') return `Now ${STATUS_WORD[c.to!].toLowerCase()}, was ${STATUS_WORD[c.from!].toLowerCase()}${by}: ${c.text}`;
  return `${c.movedTo ? 'Merged into another claim' : 'Retired'} (was ${STATUS_WORD[c.from!].toLowerCase()}): ${c.text}`;
}

/** Where a change is told: the claim page's history line, the claim a retired id was merged into, or the log itself. */
export function changeLink(c: Change, group: ChangeGroup): string {
  return c.live ? `/claims/${c.claim}/#change-${group.entry}` : c.movedTo ? `/claims/${c.movedTo}/` : `/changes/#${group.anchor}`;
}
