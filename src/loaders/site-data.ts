/**
 * Turns the seeds and editorial notes into the page-ready entries of the three collections. Per-story results
 * are memoised by a digest of everything that affects them (seed bytes, editors' title, engine version, stance
 * model), so a rebuild or a dev reload re-analyses only the stories whose inputs changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStory, checkSeeds, ENGINE_VERSION, SeedError, sourceLabel, splitSentences } from '../analysis/index.ts';
import type { Claim, ClaimIdLock, PosedClaim, SeedProblem, Source, Status, Story } from '../analysis/index.ts';
import { appearances, claimDates, claimHistory, footnoteNumbers, gridRow } from './coverage.ts';
import { buildDate, readHistory, recordBuild, replay, writeHistory, type HistoryEntry, type PublishedClaim } from './corrections.ts';
import { claimNoteProblems, posedClaims, readEditorial, type Note } from './editorial.ts';
import { duplicateIdProblems, parseLock, writeLock } from './locks.ts';
import { MODEL_FILES, readModels } from './models.ts';
import { scanSeeds, type StoryFiles } from './read-seeds.ts';
import { completeMeta, readSourcesFile } from './source-meta.ts';
import type { ClaimEntry, SourceEntry, StoryEntry } from './entries.ts';

/** Where the inputs are. */
export interface SiteInputs {
  seedsDir: string;
  contentDir: string;
  /** Folder of the committed models (word vectors, stance models). */
  modelsDir: string;
  /**
   * Persist claim-id locks beside the seeds. Only `npm run build` does, the step that publishes URLs: the dev
   * preview and `analyze` use the committed lock as it is, so trying edits never records ids in it.
   */
  writeLocks: boolean;
  /** Append this build's changes to each story's corrections log (`astro build` only: dev previews are not published). */
  writeHistory?: boolean;
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

function storyDigest(s: StoryFiles, title: string | undefined, modelDigest: string, sourcesText: string, published: readonly string[], posed: readonly PosedClaim[], digest: Digest): string {
  return digest({
    engine: ENGINE_VERSION, model: modelDigest, title: title ?? '', sources: sourcesText, lock: s.lockText ?? '', published, posed,
    files: s.files.map((f) => [f.name, digest(Buffer.from(f.bytes).toString('latin1'))]),
  });
}

/** What the corrections log fingerprints as "the coverage": the seed files and sources.yaml, as read. */
function coverageFingerprint(s: StoryFiles, sourcesText: string): string {
  const h = createHash('sha256');
  for (const f of s.files) h.update(f.name).update('\0').update(f.bytes).update('\0');
  return h.update(sourcesText).digest('hex').slice(0, 16);
}

/** Analyses what changed and returns every entry. Throws SeedError listing every bad seed or note. */
export function buildSiteData(inputs: SiteInputs, digest: Digest, report: Reporter = quiet): SiteData {
  const { stories, editorial, folders } = analyzeSeeds(inputs, digest, report);
  const date = buildDate();
  const histories = new Map(stories.map((story) => {
    const f = folders.get(story.id)!;
    const published: PublishedClaim[] = story.claims.map((c) => {
      const editors = editorial.claims.get(c.id)?.data.status;
      return { id: c.id, text: c.text, status: editors ?? c.status, editors: editors !== undefined };
    });
    const before = f.history;
    const after = recordBuild(before, published, f.coverage, date);
    if (inputs.writeHistory && after !== before) writeHistory(f.dir, after);
    return [story.id, after] as const;
  }));
  return toEntries(stories, editorial, histories);
}

/**
 * Checks every seed, lock and editorial note first (so one error lists every bad file), then analyses the
 * stories whose digest changed, then checks what needs the claims: ids unique across the site, and a claim
 * for every note. Shared by the Astro loader and `npm run analyze`.
 */
export function analyzeSeeds(inputs: SiteInputs, digest: Digest, report: Reporter = quiet): {
  stories: Story[]; editorial: ReturnType<typeof readEditorial>; folders: Map<string, { dir: string; coverage: string; history: HistoryEntry[] }>;
} {
  const notes: SeedProblem[] = [];
  const editorial = readEditorial(inputs.contentDir, notes);
  const scan = scanSeeds(inputs.seedsDir);
  const problems = [...scan.problems];
  const checked = scan.stories.map((s) => {
    const c = checkSeeds(s.id, s.files);
    problems.push(...c.problems);
    const extra = readSourcesFile(s.dir, s.id, s.files.map((f) => f.name), problems);
    return { seeds: c.seeds.map((seed) => completeMeta(seed, s.id, extra.entries, problems)), sourcesText: extra.text };
  });
  const posedByStory = posedClaims(editorial.claims, new Set(scan.stories.map((s) => s.id)), notes);
  const locks = scan.stories.map((s) => parseLock(s));
  for (const l of locks) if ('problem' in l) problems.push(l.problem);
  const histories = scan.stories.map((s) => {
    try {
      return readHistory(s.dir, s.id);
    } catch (e) {
      if (!(e instanceof SeedError)) throw e;
      problems.push(...e.problems);
      return [];
    }
  });
  // Bad seeds stop the analysis; bad notes do not, so a note naming a missing claim is listed with them.
  if (problems.length) throw new SeedError([...problems, ...notes]);
  problems.push(...notes);
  const modelDigest = digest(MODEL_FILES.map((f) => {
    const p = join(inputs.modelsDir, f);
    return existsSync(p) ? digest(readFileSync(p).toString('latin1')) : 'none';
  }).join(' '));
  const stories = scan.stories.map((s, i) => {
    const title = editorial.stories.get(s.id)?.data.title;
    // The ids published now: a claim that matches several locked ids keeps the one readers have (assign-ids.ts).
    const published = [...replay(histories[i]).keys()].sort();
    const posed = posedByStory.get(s.id) ?? [];
    const d = storyDigest(s, title, modelDigest, checked[i].sourcesText, published, posed, digest);
    const cached = memo.get(s.id);
    if (cached?.digest === d) return cached.story;
    const t0 = performance.now();
    const lock = (locks[i] as { lock: ClaimIdLock }).lock;
    const { story, lock: next, warnings } = analyzeStory(s.id, checked[i].seeds, { lock, title, published, posed, models: readModels(inputs.modelsDir) });
    report.info(`analysed ${s.id}: ${story.sources.length} sources, ${story.claims.length} claims in ${Math.round(performance.now() - t0)} ms`);
    warnings.forEach(report.warn);
    for (const c of story.claims) {
      if (c.posed && c.status === 'unaddressed') report.warn(`${editorial.claims.get(c.id)?.file ?? c.id} poses a claim no source of ${s.id} addresses; its page says so. Add coverage that speaks to it, or reword it.`);
    }
    if (inputs.writeLocks) writeLock(s, next);
    memo.set(s.id, { digest: inputs.writeLocks ? storyDigest(s, title, modelDigest, checked[i].sourcesText, published, posed, digest) : d, story });
    return story;
  });
  for (const id of memo.keys()) if (!scan.stories.some((s) => s.id === id)) memo.delete(id);
  problems.push(...duplicateIdProblems(stories));
  problems.push(...claimNoteProblems(editorial.claims, new Set(stories.flatMap((s) => s.claims.map((c) => c.id)))));
  if (problems.length) throw new SeedError(problems);
  const folders = new Map(scan.stories.map((s, i) => [s.id, { dir: s.dir, coverage: coverageFingerprint(s, checked[i].sourcesText), history: histories[i] }]));
  return { stories, editorial, folders };
}

function toEntries(stories: Story[], editorial: ReturnType<typeof readEditorial>, histories: Map<string, HistoryEntry[]>): SiteData {
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
