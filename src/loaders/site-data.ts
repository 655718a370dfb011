/**
 * Turns the seeds and editorial notes into the page-ready entries of the three collections, analysing each
 * story at most once per build: its key (analysis-key.ts: everything the analysis reads) finds it in this
 * process's memory or the persistent cache (analysis-cache.ts); only the stories found in neither are
 * analysed, on every core (analysis-pool.ts), and their outcomes are gathered in story order, so the site
 * never depends on which thread finished first.
 *
 * In `astro build` the integration's guard computes the site before anything is written and hands it to the
 * content loaders (prepareSiteData); `npm run dev` and `astro sync` compute it in the loaders, whose three
 * collections share one computation.
 */
import { createHash } from 'node:crypto';
import { SeedError } from '../analysis/index.ts';
import type { Message, PosedClaim, SeedProblem, Story } from '../analysis/index.ts';
import { AnalysisCache, type Found } from './analysis-cache.ts';
import { engineFingerprint, storyKey, type StoryKeyInputs } from './analysis-key.ts';
import { analysisThreads, runTasks } from './analysis-pool.ts';
import type { StoryAnalysis, StoryTask, TaskOutcome } from './analyze-task.ts';
import { buildDate, readHistory, recordBuild, replay, writeHistory, type HistoryEntry, type PublishedClaim } from './corrections.ts';
import { claimNoteProblems, posedClaims, readEditorial } from './editorial.ts';
import { duplicateIdProblems, lockText, parseLock, writeLock } from './locks.ts';
import { inputsStamp } from './inputs-stamp.ts';
import { startProgress } from './progress.ts';
import { scanSeeds, type StoryFiles } from './read-seeds.ts';
import { readSourcesFile } from './source-meta.ts';
import { toEntries, type Editorial, type SiteData } from './to-entries.ts';

export type { SiteData } from './to-entries.ts';

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

/** What the loader tells the editor while it works: progress, and warnings that do not stop the build. */
export interface Reporter {
  info: (message: string) => void;
  warn: (message: string) => void;
  /** Where a long analysis shows its progress: one rewritten line in a terminal, else lines via `info`. */
  progress?: { tty: boolean; write: (text: string) => void };
}

const quiet: Reporter = { info: () => {}, warn: () => {} };

/** One story folder, read and keyed. */
interface Prepared {
  files: StoryFiles;
  sourcesText: string;
  /** Null when the lock cannot be read (that problem stops the build). */
  task: StoryTask | null;
  key: string;
  history: HistoryEntry[];
}

/** What the corrections log fingerprints as "the coverage": the seed files and sources.yaml, as read. */
function coverageFingerprint(s: StoryFiles, sourcesText: string): string {
  const h = createHash('sha256');
  for (const f of s.files) h.update(f.name).update('\0').update(f.bytes).update('\0');
  return h.update(sourcesText).digest('hex').slice(0, 16);
}

/** Analyses what changed and returns every entry. Throws SeedError listing every bad seed or note. */
export async function buildSiteData(inputs: SiteInputs, report: Reporter = quiet): Promise<SiteData> {
  const { stories, editorial, folders, analyses } = await analyzeSeeds(inputs, report);
  const date = buildDate();
  const histories = new Map(stories.map((story, i) => {
    const f = folders.get(story.id)!;
    const published: PublishedClaim[] = story.claims.map((c) => {
      const editors = editorial.claims.get(c.id)?.data.status;
      return { id: c.id, text: c.text, status: editors ?? c.status, editors: editors !== undefined };
    });
    const before = f.history;
    const after = recordBuild(before, published, f.coverage, date);
    // Written only now, once every seed, lock, note and id has been checked: a failed build writes nothing.
    if (inputs.writeLocks) writeLock(f.files, analyses[i].lock);
    if (inputs.writeHistory && after !== before) writeHistory(f.dir, after);
    return [story.id, after] as const;
  }));
  return toEntries(stories, editorial, histories);
}

/**
 * Checks every seed, lock and editorial note first (so one error lists every bad file), then analyses the
 * stories whose key is in no cache, then checks what needs the claims: ids unique across the site, and a
 * claim for every note. Shared by the build, the content loaders and `npm run analyze`.
 */
export async function analyzeSeeds(inputs: SiteInputs, report: Reporter = quiet, options: { explain?: boolean } = {}): Promise<{
  stories: Story[]; editorial: Editorial; analyses: StoryAnalysis[];
  folders: Map<string, { dir: string; files: StoryFiles; coverage: string; history: HistoryEntry[] }>;
  /** With `explain`: per story (in story order), what each stage dropped or merged and why. */
  messages: Message[][];
}> {
  const notes: SeedProblem[] = [];
  const editorial = readEditorial(inputs.contentDir, notes);
  const scan = scanSeeds(inputs.seedsDir);
  const posedByStory = posedClaims(editorial.claims, new Set(scan.stories.map((s) => s.id)), notes);
  const engine = engineFingerprint(inputs.modelsDir);
  const cache = new AnalysisCache();
  // Per story: problems of sources.yaml, the lock and the log, found here; seed problems come from its task.
  const sourceProblems: SeedProblem[][] = [];
  const lockProblems: SeedProblem[] = [];
  const historyProblems: SeedProblem[] = [];
  const prepared: Prepared[] = scan.stories.map((s) => {
    const mine: SeedProblem[] = [];
    sourceProblems.push(mine);
    const extra = readSourcesFile(s.dir, s.id, s.files.map((f) => f.name), mine);
    const lock = parseLock(s);
    if ('problem' in lock) lockProblems.push(lock.problem);
    let history: HistoryEntry[] = [];
    try {
      history = readHistory(s.dir, s.id);
    } catch (e) {
      if (!(e instanceof SeedError)) throw e;
      historyProblems.push(...e.problems);
    }
    const title = editorial.stories.get(s.id)?.data.title;
    // The ids published now: a claim that matches several locked ids keeps the one readers have (assign-ids.ts).
    const published = [...replay(history).keys()].sort();
    const posed: PosedClaim[] = posedByStory.get(s.id) ?? [];
    const keyed: StoryKeyInputs = { id: s.id, files: s.files, sourcesText: extra.text, title, posed, lockText: s.lockText, published };
    return {
      files: s, sourcesText: extra.text, history, key: storyKey(engine, keyed),
      task: 'problem' in lock ? null : { id: s.id, files: s.files, sources: extra.entries, lock: lock.lock, title, published, posed, modelsDir: inputs.modelsDir, checkOnly: false },
    };
  });
  // Bad seeds stop the analysis; bad notes do not, so a note naming a missing claim is listed with them.
  const blocked = scan.problems.length + lockProblems.length + historyProblems.length + sourceProblems.flat().length > 0;
  // Explaining analyses every story again: the cache keeps analyses, not the engine's account of them.
  const found: Found[] = prepared.map((p) => (blocked || options.explain ? null : cache.get(p.key)));
  const todo = prepared.flatMap((p, i) => (found[i] || !p.task ? [] : [{ i, task: blocked ? { ...p.task, checkOnly: true } : options.explain ? { ...p.task, explain: true } : p.task }]));
  const outcomes = await runWithProgress(todo.map((t) => t.task), found.filter(Boolean).length, prepared.length, report);
  const byStory = new Map<number, TaskOutcome>(todo.map((t, n) => [t.i, outcomes[n]]));

  const problems: SeedProblem[] = [...scan.problems];
  prepared.forEach((_, i) => problems.push(...(byStory.get(i)?.seedProblems ?? []), ...sourceProblems[i], ...(byStory.get(i)?.metaProblems ?? [])));
  problems.push(...lockProblems, ...historyProblems);
  if (problems.length) throw new SeedError([...problems, ...notes]);
  problems.push(...notes);

  const used = new Set<string>();
  const analyses = prepared.map((p, i) => {
    const hit = found[i];
    const analysis = hit ? hit.analysis : byStory.get(i)!.analysis!;
    if (hit?.from !== 'memory') {
      analysis.warnings.forEach(report.warn);
      for (const c of analysis.story.claims) {
        if (c.posed && c.status === 'unaddressed') report.warn(`${editorial.claims.get(c.id)?.file ?? c.id} poses a claim no source of ${p.files.id} addresses; its page says so. Add coverage that speaks to it, or reword it.`);
      }
    }
    // A build writes this analysis's lock and log, and the next build keys the story by them: stored under that
    // key too, an unchanged story is not analysed again (the engine keeps its own ids: analysing with the lock
    // it wrote gives the same story; tests/integration/build-cache.test.ts checks a rebuild from scratch).
    const keys = [p.key];
    if (inputs.writeLocks && inputs.writeHistory) {
      const ids = analysis.story.claims.map((c) => c.id).sort();
      const lockIs = lockText(analysis.lock);
      keys.push(storyKey(engine, { id: p.files.id, files: p.files.files, sourcesText: p.sourcesText, title: editorial.stories.get(p.files.id)?.data.title, posed: posedByStory.get(p.files.id) ?? [], lockText: lockIs, published: ids }));
    }
    keys.forEach((k) => used.add(k));
    cache.put(keys, analysis, hit ? p.key : null);
    return analysis;
  });
  cache.retainInMemory(used);
  const stories = analyses.map((a) => a.story);
  problems.push(...duplicateIdProblems(stories));
  problems.push(...claimNoteProblems(editorial.claims, new Set(stories.flatMap((s) => s.claims.map((c) => c.id)))));
  if (problems.length) throw new SeedError(problems);
  const folders = new Map(prepared.map((p) => [p.files.id, { dir: p.files.dir, files: p.files, coverage: coverageFingerprint(p.files, p.sourcesText), history: p.history }]));
  return { stories, editorial, folders, analyses, messages: prepared.map((_, i) => byStory.get(i)?.messages ?? []) };
}

/** Runs the tasks; with many, shows progress, else a line per story analysed (as a dev reload does). */
async function runWithProgress(tasks: StoryTask[], cached: number, total: number, report: Reporter): Promise<TaskOutcome[]> {
  const analysing = tasks.filter((t) => !t.checkOnly).length;
  const progress = report.progress && analysing > 1
    ? startProgress({ total, cached, tty: report.progress.tty, write: report.progress.write, log: report.info })
    : null;
  const outcomes = await runTasks(tasks, analysisThreads(), (i, o) => {
    if (!o.analysis) return;
    if (progress) progress.tick();
    else report.info(`analysed ${tasks[i].id}: ${o.analysis.story.sources.length} sources, ${o.analysis.story.claims.length} claims in ${Math.round(o.ms)} ms`);
  });
  progress?.end();
  if (analysing === 0 && cached > 0 && report.progress) report.info(`${cached === 1 ? 'the story' : `all ${cached} stories`} from the analysis cache`);
  return outcomes;
}

/** The site the build's guard computed, for the content loaders to take instead of computing it again. */
const SHARED = Symbol.for('factcheck.siteData');
type Kind = keyof SiteData;
interface Shared {
  prepared: { data: SiteData; taken: Set<Kind> } | null;
  /** The computation running now, and the state of the input folders it read. */
  inflight: { stamp: string; run: Promise<SiteData> } | null;
}
function shared(): Shared {
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (g[SHARED] ??= { prepared: null, inflight: null });
}

/** Hands the guard's site to the three loaders of this build (each takes it once); null lets it go. */
export function prepareSiteData(data: SiteData | null): void {
  shared().prepared = data ? { data, taken: new Set() } : null;
}

/**
 * The site for one collection's loader: the guard's, when this build prepared one; else the computation
 * running now, when it read the folders as they are (the collections load in parallel and share it), or a
 * new one: a save during a computation starts another, so a reload never gets the site from before a save.
 * `stamp`: the folders' inputsStamp, when the caller has just taken it.
 */
export async function siteDataFor(kind: Kind, inputs: SiteInputs, report: Reporter = quiet, stamp?: string): Promise<SiteData> {
  const s = shared();
  if (s.prepared && !s.prepared.taken.has(kind)) {
    const { data, taken } = s.prepared;
    taken.add(kind);
    return data;
  }
  // The folders are walked only here: a build's loaders take the guard's site above.
  stamp ??= inputsStamp(inputs);
  if (s.inflight?.stamp === stamp) return s.inflight.run;
  const mine = { stamp, run: buildSiteData(inputs, report) };
  s.inflight = mine;
  try {
    return await mine.run;
  } finally {
    if (s.inflight === mine) s.inflight = null;
  }
}
