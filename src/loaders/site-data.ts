/**
 * Turns the seeds and editorial notes into the page-ready entries of the three collections. Per-story results
 * are memoised by a digest of everything that affects them (seed bytes, editors' title, engine version, stance
 * model), so a rebuild or a dev reload re-analyses only the stories whose inputs changed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStory, checkSeeds, ENGINE_VERSION, SeedError, sourceLabel } from '../analysis/index.ts';
import type { Claim, Source, Status, Story } from '../analysis/index.ts';
import { checkClaimNotes, readEditorial, type Note } from './editorial.ts';
import { readLock, readStories, writeLock, type StoryFiles } from './read-seeds.ts';
import { MODEL_FILES, readModels } from './models.ts';
import type { ClaimEntry, SourceEntry, StoryEntry } from './entries.ts';

/** Where the inputs are. */
export interface SiteInputs {
  seedsDir: string;
  contentDir: string;
  /** Folder of the committed models (word vectors, stance models). */
  modelsDir: string;
  /** Persist claim-id locks beside the seeds (the build does; `analyze` does not). */
  writeLocks: boolean;
}

/** The three collections' entries. */
export interface SiteData {
  stories: StoryEntry[];
  sources: SourceEntry[];
  claims: ClaimEntry[];
}

type Digest = (data: Record<string, unknown> | string) => string;
const memo = new Map<string, { digest: string; story: Story }>();

function storyDigest(s: StoryFiles, title: string | undefined, modelDigest: string, digest: Digest): string {
  return digest({ engine: ENGINE_VERSION, model: modelDigest, title: title ?? '', files: s.files.map((f) => [f.name, digest(Buffer.from(f.bytes).toString('latin1'))]) });
}

/** Analyses what changed and returns every entry. Throws SeedError listing every bad seed or note. */
export function buildSiteData(inputs: SiteInputs, digest: Digest, log: (msg: string) => void = () => {}): SiteData {
  const { stories, editorial } = analyzeSeeds(inputs, digest, log);
  return toEntries(stories, editorial);
}

/**
 * Checks every story's seeds and every editorial note first (so one error lists every bad file), then
 * analyses the stories whose digest changed. Shared by the Astro loader and `npm run analyze`.
 */
export function analyzeSeeds(inputs: SiteInputs, digest: Digest, log: (msg: string) => void = () => {}): { stories: Story[]; editorial: ReturnType<typeof readEditorial> } {
  const editorial = readEditorial(inputs.contentDir);
  const storyFiles = readStories(inputs.seedsDir);
  const checked = storyFiles.map((s) => checkSeeds(s.id, s.files));
  const problems = checked.flatMap((c) => c.problems);
  if (problems.length) throw new SeedError(problems);
  const modelDigest = digest(MODEL_FILES.map((f) => { const p = join(inputs.modelsDir, f); return existsSync(p) ? digest(readFileSync(p).toString('latin1')) : 'none'; }).join(' '));
  const stories = storyFiles.map((s, i) => {
    const title = editorial.stories.get(s.id)?.data.title;
    const d = storyDigest(s, title, modelDigest, digest);
    const cached = memo.get(s.id);
    if (cached?.digest === d) return cached.story;
    const t0 = performance.now();
    const { story, lock } = analyzeStory(s.id, checked[i].seeds, { lock: readLock(s.dir), title, models: readModels(inputs.modelsDir) });
    log(`analysed ${s.id}: ${story.sources.length} sources, ${story.claims.length} claims in ${Math.round(performance.now() - t0)} ms`);
    if (inputs.writeLocks) writeLock(s.dir, lock);
    memo.set(s.id, { digest: d, story });
    return story;
  });
  for (const id of memo.keys()) if (!storyFiles.some((s) => s.id === id)) memo.delete(id);
  checkClaimNotes(editorial.claims, new Set(stories.flatMap((s) => s.claims.map((c) => c.id))));
  return { stories, editorial };
}

function toEntries(stories: Story[], editorial: ReturnType<typeof readEditorial>): SiteData {
  const out: SiteData = { stories: [], sources: [], claims: [] };
  for (const story of stories) {
    const byId = new Map(story.sources.map((s) => [s.id, s]));
    const claims = story.claims.map((c) => claimEntry(story, c, byId, editorial.claims.get(c.id)));
    const counts: Record<Status, number> = { reported: 0, disputed: 0, denied: 0, unaddressed: 0 };
    claims.forEach((c) => counts[c.status]++);
    const note = editorial.stories.get(story.id);
    out.stories.push({
      id: story.id, title: story.title, summary: note?.data.summary ?? null, noteHtml: note?.html || null, counts,
      sources: story.sources.map((s) => ({ id: s.id, title: s.title, label: sourceLabel(s), url: s.url })),
      claims: claims.map((c) => ({ id: c.id, text: c.text, status: c.status, editorial: c.editorStatus !== null, sources: c.sourceCount })),
    });
    out.claims.push(...claims);
    out.sources.push(...story.sources.map((s) => sourceEntry(story, s, story.claims)));
  }
  return out;
}

function claimEntry(story: Story, c: Claim, sources: Map<string, Source>, note: Note<{ status?: Status }> | undefined): ClaimEntry {
  const editorStatus = note?.data.status ?? null;
  return {
    id: c.id, story: story.id, storyTitle: story.title, text: c.text,
    status: editorStatus ?? c.status, machineStatus: c.status, editorStatus, noteHtml: note?.html || null, reason: c.reason,
    sourceCount: new Set(c.evidence.filter((e) => e.stance !== 'disagree').map((e) => e.source)).size,
    evidence: c.evidence.map((e) => {
      const s = sources.get(e.source)!;
      return {
        source: e.source, sourceLabel: sourceLabel(s), sourceTitle: s.title, sentenceId: e.sentenceId, sentence: e.sentence,
        stance: e.stance, speaker: e.speaker.name, speakerKind: e.speaker.kind, href: `/sources/${e.source}/#${e.sentenceId}`,
      };
    }),
  };
}

function sourceEntry(story: Story, s: Source, claims: Claim[]): SourceEntry {
  const claimsBySentence = new Map<string, { id: string; text: string }[]>();
  for (const c of claims) {
    for (const e of c.evidence) {
      if (e.source !== s.id) continue;
      const list = claimsBySentence.get(e.sentenceId) ?? [];
      if (!list.some((x) => x.id === c.id)) list.push({ id: c.id, text: c.text });
      claimsBySentence.set(e.sentenceId, list);
    }
  }
  const paragraphs = s.paragraphs.map((_, p) => s.sentences.filter((x) => x.paragraph === p).map((x) => ({ id: x.id, text: x.text, claims: claimsBySentence.get(x.id) ?? [] })));
  return {
    id: s.id, story: story.id, storyTitle: story.title, file: s.file, title: s.title, label: sourceLabel(s), outlet: s.outlet,
    url: s.url, published: s.published, author: s.author, headline: paragraphs[0], paragraphs: paragraphs.slice(1),
  };
}
