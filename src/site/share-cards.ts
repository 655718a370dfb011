/** What each share image shows: a key claim's card and a story's card (drawn by share-image.ts). */
import type { ClaimEntry, StoryEntry } from '../loaders/entries.ts';
import { siteConfig } from './config.ts';
import type { ShareCard } from './share-image.ts';
import { count, STATUSES, STATUS_WORD } from './words.ts';

/** A key claim's card: status, claim and story. */
export function claimCard(claim: ClaimEntry): ShareCard {
  return {
    kicker: `${siteConfig().name} · ${claim.storyTitle}`, title: claim.text, status: claim.status,
    footer: `${count(claim.evidence.length, 'piece', 'pieces')} of evidence from ${count(claim.sourceCount, 'source', 'sources')}`,
  };
}

/** A story's card: its title and claim counts by status. */
export function storyCard(story: StoryEntry): ShareCard {
  return { kicker: siteConfig().name, title: story.title, status: null, footer: STATUSES.map((s) => `${STATUS_WORD[s]} ${story.counts[s]}`).join(' · ') };
}
