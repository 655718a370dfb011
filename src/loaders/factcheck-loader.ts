/**
 * The Astro Content Layer loader: one factory, one loader per collection (stories, sources, claims), all fed
 * by one site computation (site-data.ts: in a build, the one the integration's guard made; in dev, one shared
 * by the three collections), which analyses only stories found in no cache. Each record is checked against its
 * schema (entries.ts) and handed to the pages in memory (src/site/records.ts); the content store keeps its
 * digest, so Astro sees what changed. In dev it watches the seeds and editorial folders and reloads when a
 * seed, a story's sources.yaml, lock or log, or a note is added, edited or removed (inputs-stamp.ts says which
 * files count).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { SeedError } from '../analysis/index.ts';
import { setDevProblem } from './dev-problems.ts';
import { inputsStamp, isSiteFolder, isSiteInput } from './inputs-stamp.ts';
import { publishRecords, registerDigest } from '../site/records.ts';
import { siteDataFor, type SiteData, type SiteInputs } from './site-data.ts';

type Kind = keyof SiteData;

/** A record's schema (zod's, from entries.ts): what it accepts is what the pages may rely on. */
export interface RecordSchema {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** `inputs`: where the seeds, notes and models are; `schema`: what every record of the collection must be. */
export function factCheckLoader(kind: Kind, inputs: SiteInputs, schema: RecordSchema): Loader {
  if (!['stories', 'sources', 'claims'].includes(kind)) throw new TypeError(`factCheckLoader: unknown collection kind "${kind}"`);
  return {
    name: `factcheck-${kind}`,
    load: async (ctx) => {
      await sync(kind, inputs, schema, ctx);
      if (!ctx.watcher) return;
      ctx.watcher.add([inputs.seedsDir, inputs.contentDir]);
      const onChange = async (path: string, folder = false) => {
        if (!(folder ? isSiteFolder(path, inputs) : isSiteInput(path, inputs))) return;
        const read = inputsStamp(inputs);
        if (await sync(kind, inputs, schema, ctx, read) && kind === 'stories') ctx.logger.info(`reloaded after a change to ${path}`);
        // The watcher reports one change for saves close together: a save just after this one may go unreported.
        // Looking again once that window has passed catches it.
        setTimeout(() => {
          if (inputsStamp(inputs) !== read) void onChange(path);
        }, SETTLE_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) ctx.watcher.on(event, (path: string) => onChange(path));
      // A story folder added, removed or renamed.
      for (const event of ['addDir', 'unlinkDir'] as const) ctx.watcher.on(event, (path: string) => onChange(path, true));
    },
  };
}

/**
 * How long after a reload the preview looks at the folders again (ms): longer than the window in which the
 * file watcher (chokidar, under Vite) drops further changes to a file it has just reported (50 ms).
 */
const SETTLE_MS = 150;

const HINT_DEV = 'Fix the files listed, and save: the page reloads by itself.';
/** Collections not yet loaded since the seeds last had a problem: the problem is cleared once all are. */
const stale = new Set<Kind>();
/** Per collection, the number of the latest load: a load that a later one overtook changes nothing. */
const latest = new Map<Kind, number>();

/**
 * Loads the entries of one collection; returns false when the seeds have a problem (reported, not thrown, in dev).
 * `stamp`: the folders' inputsStamp the caller has just taken.
 */
async function sync(kind: Kind, inputs: SiteInputs, schema: RecordSchema, ctx: LoaderContext, stamp?: string): Promise<boolean> {
  let data: SiteData;
  // Only `astro build` records new ids in the locks: the dev preview never rewrites a committed lock.
  const report = { info: (m: string) => ctx.logger.info(m), warn: (m: string) => ctx.logger.warn(m) };
  const seq = (latest.get(kind) ?? 0) + 1;
  latest.set(kind, seq);
  const overtaken = () => latest.get(kind) !== seq;
  try {
    data = await siteDataFor(kind, { ...inputs, writeLocks: inputs.writeLocks && !ctx.watcher }, report, stamp);
  } catch (e) {
    if (!(e instanceof SeedError)) throw e;
    // A save made while this load ran started a newer one, which reads the files as they are now.
    if (overtaken()) return false;
    if (!ctx.watcher) throw new AstroError(e.message, 'Fix the files listed, then build again.');
    // In dev every page shows the problem (see dev-middleware.ts) until a save fixes it; the three
    // collections find the same problem, and it is printed once.
    (['stories', 'sources', 'claims'] as const).forEach((k) => stale.add(k));
    if (setDevProblem({ message: e.message, hint: HINT_DEV })) ctx.logger.error(e.message);
    return false;
  }
  if (overtaken()) return false;
  const seen = new Set<string>();
  for (const entry of data[kind]) {
    seen.add(entry.id);
    const digest = ctx.generateDigest(entry as unknown as Record<string, unknown>);
    registerDigest(entry, digest);
    // (A store written before it held only digests holds the whole record: that entry is replaced.)
    const stored = ctx.store.get(entry.id);
    if (stored?.digest === digest && (stored.data as { digest?: string }).digest === digest) continue;
    const checked = schema.safeParse(entry);
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => `${i.path.map(String).join('.') || '(the record)'}: ${i.message}`).join('; ');
      throw new Error(`The ${kind} record ${entry.id} does not match its schema (src/loaders/entries.ts), a fault of the engine or the loader, not of the seeds: ${issues}`);
    }
    ctx.store.set({ id: entry.id, data: { digest }, digest });
  }
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
  publishRecords(data);
  stale.delete(kind);
  if (ctx.watcher && stale.size === 0 && setDevProblem(null)) ctx.logger.info('the seeds are fixed; reloading the open pages');
  return true;
}
