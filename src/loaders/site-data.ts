/**
 * Turns the seeds and editorial notes into the page-ready entries of the three collections. Per-story results
 * are memoised by a digest of everything that affects them (seed bytes, editors' title, engine version, stance
 * model), so a rebuild or a dev reload re-analyses only the stories whose inputs changed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { analyzeStory, checkSeeds, ENGINE_VERSION, SeedError, sourceLabel, splitSentences } from '../analysis/index.ts';
import type { Claim, ClaimIdLock, SeedProblem, Source, Status, Story } from '../analysis/index.ts';
import { claimNoteProblems, readEditorial, type Note } from './editorial.ts';
import { duplicateIdProblems, parseLock, writeLock } from './locks.ts';
import { scanSeeds, stanceJudge, type StoryFiles } from './read-seeds.ts';
import type { ClaimEntry, SourceEntry, StoryEntry } from './entries.ts';

/** Where the inputs are. */
export interface SiteInputs {
  seedsDir: string;
  contentDir: string;
  modelPath: string;
  /**
   * Persist claim-id locks beside the seeds. Only `npm run build` does, the step that publishes URLs: the dev
   * preview and `analyze` use the committed lock as it is, so trying edits never records ids in it.
   */
  writeLocks: boolean;
}

/** The three collections' entries. */
export interface SiteData {
  stories: StoryEntry[];
  sources: SourceEntry[];
  claims: ClaimEntry[];
}

/** What the loader tells the editor while it works: progress, and warnings that do not stop the build. */
export interface Reporter {
  info: (message: string) => void;
  warn: (message: string) => void;
}

type Digest = (data: Record<string, unknown> | string) => string;
const memo = new Map<string, { digest: string; story: Story }>();
const quiet: Reporter = { info: () => {}, warn: () => {} };

function storyDigest(s: StoryFiles, title: string | undefined, modelDigest: string, digest: Digest): string {
  return digest({
    engine: ENGINE_VERSION, model: modelDigest, title: title ?? '', lock: s.lockText ?? '',
    files: s.files.map((f) => [f.name, digest(Buffer.from(f.bytes).toString('latin1'))]),
  });
}

/** Analyses what changed and returns every entry. Throws SeedError listing every bad seed or note. */
export function buildSiteData(inputs: SiteInputs, digest: Digest, report: Reporter = quiet): SiteData {
  const { stories, editorial } = analyzeSeeds(inputs, digest, report);
  return toEntries(stories, editorial);
}

/**
 * Checks every seed, lock and editorial note first (so one error lists every bad file), then analyses the
 * stories whose digest changed, then checks what needs the claims: ids unique across the site, and a claim
 * for every note. Shared by the Astro loader and `npm run analyze`.
 */
export function analyzeSeeds(inputs: SiteInputs, digest: Digest, report: Reporter = quiet): { stories: Story[]; editorial: ReturnType<typeof readEditorial> } {
  const notes: SeedProblem[] = [];
  const editorial = readEditorial(inputs.contentDir, notes);
  const scan = scanSeeds(inputs.seedsDir);
  const problems = [...scan.problems];
  const checked = scan.stories.map((s) => checkSeeds(s.id, s.files));
  problems.push(...checked.flatMap((c) => c.problems));
  const locks = scan.stories.map((s) => parseLock(s));
  for (const l of locks) if ('problem' in l) problems.push(l.problem);
  // Bad seeds stop the analysis; bad notes do not, so a note naming a missing claim is listed with them.
  if (problems.length) throw new SeedError([...problems, ...notes]);
  problems.push(...notes);
  const modelDigest = existsSync(inputs.modelPath) ? digest(readFileSync(inputs.modelPath).toString('latin1')) : 'none';
  const stories = scan.stories.map((s, i) => {
    const title = editorial.stories.get(s.id)?.data.title;
    const d = storyDigest(s, title, modelDigest, digest);
    const cached = memo.get(s.id);
    if (cached?.digest === d) return cached.story;
    const t0 = performance.now();
    const lock = (locks[i] as { lock: ClaimIdLock }).lock;
    const { story, lock: next, warnings } = analyzeStory(s.id, checked[i].seeds, { lock, title, disagreement: stanceJudge(inputs.modelPath) });
    report.info(`analysed ${s.id}: ${story.sources.length} sources, ${story.claims.length} claims in ${Math.round(performance.now() - t0)} ms`);
    warnings.forEach(report.warn);
    if (inputs.writeLocks) writeLock(s, next);
    memo.set(s.id, { digest: inputs.writeLocks ? storyDigest(s, title, modelDigest, digest) : d, story });
    return story;
  });
  for (const id of memo.keys()) if (!scan.stories.some((s) => s.id === id)) memo.delete(id);
  problems.push(...duplicateIdProblems(stories));
  problems.push(...claimNoteProblems(editorial.claims, new Set(stories.flatMap((s) => s.claims.map((c) => c.id)))));
  if (problems.length) throw new SeedError(problems);
  return { stories, editorial };
}

function toEntries(stories: Story[], editorial: ReturnType<typeof readEditorial>): SiteData {
  const out: SiteData = { stories: [], sources: [], claims: [] };
  for (const story of stories) {
    const byId = new Map(story.sources.map((s) => [s.id, s]));
    const claims = story.claims.map((c) => claimEntry(story, c, byId, editorial.claims.get(c.id)));
    const counts = { reported: 0, disputed: 0, denied: 0 } as Record<Status, number>;
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

/**
 * The reason shown with an editors' verdict: the verdict and the first sentence of their note, so the badge,
 * the reason and the ClaimReview never disagree (the machine's reason stays beside it, as machineReason).
 */
export function editorsReason(status: Status, noteText: string | null): string {
  const first = noteText ? splitSentences([noteText])[0]?.text : undefined;
  return `The editors rate this claim ${status}${first ? `: “${first.replace(/^["“]|["”]$/g, '')}”` : '.'}`;
}

function claimEntry(story: Story, c: Claim, sources: Map<string, Source>, note: Note<{ status?: Status }> | undefined): ClaimEntry {
  const editorStatus = note?.data.status ?? null;
  const noteText = note?.text || null;
  return {
    id: c.id, story: story.id, storyTitle: story.title, text: c.text,
    status: editorStatus ?? c.status, machineStatus: c.status, editorStatus, noteHtml: note?.html || null, noteText,
    reason: editorStatus ? editorsReason(editorStatus, noteText) : c.reason, machineReason: c.reason,
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
