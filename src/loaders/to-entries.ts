/**
 * Analyses to the page-ready entries of the three collections (stories, sources, claims): what pages show
 * that the engine does not compute (editors' verdicts and notes, the corrections log's dates and lines, the
 * coverage grid, footnote numbers, old ids that keep their pages).
 */
import { sourceLabel, splitSentences } from '../analysis/index.ts';
import type { Claim, Source, Status, Story } from '../analysis/index.ts';
import { appearances, claimDates, claimHistory, footnoteNumbers, gridRow } from './coverage.ts';
import type { HistoryEntry } from './corrections.ts';
import type { Note, readEditorial } from './editorial.ts';
import type { ClaimEntry, SourceEntry, StoryEntry } from './entries.ts';

/** The three collections' entries. */
export interface SiteData {
  stories: StoryEntry[];
  sources: SourceEntry[];
  claims: ClaimEntry[];
}

/** Editorial notes as read (readEditorial). */
export type Editorial = ReturnType<typeof readEditorial>;

/** Every entry of the site, story by story in the order given. */
export function toEntries(stories: readonly Story[], editorial: Editorial, histories: ReadonlyMap<string, HistoryEntry[]>): SiteData {
  const out: SiteData = { stories: [], sources: [], claims: [] };
  for (const story of stories) {
    const byId = new Map(story.sources.map((s) => [s.id, s]));
    const history = histories.get(story.id) ?? [];
    const claims = story.claims.map((c) => claimEntry(story, c, byId, editorial.claims.get(c.id), history));
    const counts: Record<Status, number> = { reported: 0, disputed: 0, denied: 0, unaddressed: 0 };
    claims.forEach((c) => counts[c.status]++);
    const note = editorial.stories.get(story.id);
    const live = new Set(claims.map((c) => c.id));
    const old = oldIds(story, history, live);
    out.stories.push({
      id: story.id, title: story.title, summary: note?.data.summary ?? null, noteHtml: note?.html || null, counts,
      sources: story.sources.map((s) => ({ id: s.id, title: s.title, label: sourceLabel(s), url: s.url, outlet: s.outlet, published: s.published })),
      claims: claims.map((c, i) => ({
        id: c.id, text: c.text, status: c.status, editorial: c.editorStatus !== null, sources: c.sourceCount, cells: gridRow(story.claims[i], story.sources),
        key: story.claims[i].key, posed: story.claims[i].posed,
      })),
      published: history[0]?.date ?? null,
      updated: history.at(-1)?.date ?? null,
      history: history.map((e) => ({
        date: e.date,
        changes: e.changes.map((c) => {
          const to = c.change === 'retired' ? old.moved.find((m) => m.id === c.claim)?.to : undefined;
          return { ...c, live: c.change !== 'retired' && live.has(c.claim), ...(to ? { movedTo: to } : {}) };
        }),
      })),
      ...old,
    });
    out.claims.push(...claims);
    out.sources.push(...story.sources.map((s) => sourceEntry(story, s, story.claims, claims)));
  }
  return out;
}

/**
 * The ids of this story that no claim holds now: moved (a claim holds their sentences; from the engine's
 * redirects) or retired (the corrections log retired them and nothing holds their sentences). Old URLs keep
 * working either way.
 */
function oldIds(story: Story, history: readonly HistoryEntry[], live: ReadonlySet<string>): Pick<StoryEntry, 'moved' | 'retired'> {
  const moved = Object.entries(story.redirects).filter(([id, to]) => !live.has(id) && live.has(to)).map(([id, to]) => ({ id, to }));
  const gone = new Set([...live, ...moved.map((m) => m.id)]);
  const retired = new Map<string, { id: string; text: string; date: string }>();
  for (const e of history) for (const c of e.changes) if (c.change === 'retired' && !gone.has(c.claim)) retired.set(c.claim, { id: c.claim, text: c.text, date: e.date });
  return { moved, retired: [...retired.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/**
 * The reason shown with an editors' verdict: the verdict and the first sentence of their note, so the badge,
 * the reason and the ClaimReview never disagree (the machine's reason stays beside it, as machineReason).
 */
export function editorsReason(status: Status, noteText: string | null): string {
  const first = noteText ? splitSentences([noteText])[0]?.text : undefined;
  return `The editors rate this claim ${status}${first ? `: “${first.replace(/^["“]|["”]$/g, '')}”` : '.'}`;
}

function claimEntry(story: Story, c: Claim, sources: Map<string, Source>, note: Note<{ status?: Status }> | undefined, history: HistoryEntry[]): ClaimEntry {
  const editorStatus = note?.data.status ?? null;
  const noteText = note?.text || null;
  return {
    id: c.id, story: story.id, storyTitle: story.title, text: c.text,
    status: editorStatus ?? c.status, machineStatus: c.status, editorStatus, noteHtml: note?.html || null, noteText,
    reason: editorStatus ? editorsReason(editorStatus, noteText) : c.reason, machineReason: c.reason,
    sourceCount: new Set(c.evidence.filter((e) => e.stance !== 'disagree').map((e) => e.source)).size,
    posed: c.posed, key: c.key,
    evidence: c.evidence.map((e) => {
      const s = sources.get(e.source)!;
      return {
        source: e.source, sourceLabel: sourceLabel(s), sourceTitle: s.title, sentenceId: e.sentenceId, sentence: e.sentence,
        stance: e.stance, speaker: e.speaker.name, speakerKind: e.speaker.kind, href: `/sources/${e.source}/#${e.sentenceId}`,
        ...(e.basis ? { basis: e.basis } : {}),
      };
    }),
    appearances: appearances(c, story.sources),
    ...claimDates(history, c.id),
    history: claimHistory(history, c.id),
  };
}

function sourceEntry(story: Story, s: Source, claims: Claim[], entries: ClaimEntry[]): SourceEntry {
  const numbers = footnoteNumbers(s, claims);
  const claimsBySentence = new Map<string, { id: string; text: string; n: number }[]>();
  for (const c of claims) {
    for (const e of c.evidence) {
      if (e.source !== s.id) continue;
      const list = claimsBySentence.get(e.sentenceId) ?? [];
      if (!list.some((x) => x.id === c.id)) list.push({ id: c.id, text: c.text, n: numbers.get(c.id)! });
      claimsBySentence.set(e.sentenceId, list.sort((a, b) => a.n - b.n));
    }
  }
  const status = new Map(entries.map((c) => [c.id, c.status]));
  const paragraphs = s.paragraphs.map((_, p) => s.sentences.filter((x) => x.paragraph === p).map((x) => ({ id: x.id, text: x.text, claims: claimsBySentence.get(x.id) ?? [] })));
  return {
    id: s.id, story: story.id, storyTitle: story.title, file: s.file, title: s.title, label: sourceLabel(s), outlet: s.outlet,
    url: s.url, published: s.published, author: s.author, headline: paragraphs[0], paragraphs: paragraphs.slice(1),
    claims: [...numbers].map(([id, n]) => ({ n, id, text: claims.find((c) => c.id === id)!.text, status: status.get(id)! })),
  };
}
