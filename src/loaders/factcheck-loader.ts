/**
 * The Astro Content Layer loader: one factory, one loader per collection (stories, sources, claims), all fed
 * by buildSiteData, which re-analyses only stories whose digest changed. In dev it watches the seeds and
 * editorial folders and reloads when a seed is added, edited or removed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { isSeedFile, SeedError } from '../analysis/index.ts';
import { buildSiteData, type SiteData, type SiteInputs } from './site-data.ts';

type Kind = keyof SiteData;

/** Options: where the seeds, notes and model are. */
export function factCheckLoader(kind: Kind, inputs: SiteInputs): Loader {
  if (!['stories', 'sources', 'claims'].includes(kind)) throw new TypeError(`factCheckLoader: unknown collection kind "${kind}"`);
  return {
    name: `factcheck-${kind}`,
    load: async (ctx) => {
      await sync(kind, inputs, ctx, true);
      if (!ctx.watcher) return;
      ctx.watcher.add([inputs.seedsDir, inputs.contentDir]);
      const onChange = async (path: string) => {
        const relevant = (path.startsWith(inputs.seedsDir) && isSeedFile(path.split(/[\\/]/).pop() ?? '')) || (path.startsWith(inputs.contentDir) && path.endsWith('.md'));
        if (!relevant) return;
        await sync(kind, inputs, ctx, false);
        if (kind === 'stories') ctx.logger.info(`reloaded after a change to ${path}`);
      };
      for (const event of ['add', 'change', 'unlink'] as const) ctx.watcher.on(event, onChange);
    },
  };
}

async function sync(kind: Kind, inputs: SiteInputs, ctx: LoaderContext, first: boolean): Promise<void> {
  let data: SiteData;
  try {
    data = buildSiteData(inputs, (x) => ctx.generateDigest(x), (m) => kind === 'stories' && ctx.logger.info(m));
  } catch (e) {
    if (!(e instanceof SeedError)) throw e;
    // In dev a bad seed is reported and the last good site stays up; in a build it stops everything.
    if (ctx.watcher && !first) return void (kind === 'stories' && ctx.logger.error(e.message));
    if (ctx.watcher) return void ctx.logger.error(e.message);
    throw new AstroError(e.message, 'Fix the files listed above, then build again.');
  }
  const seen = new Set<string>();
  for (const entry of data[kind]) {
    seen.add(entry.id);
    const digest = ctx.generateDigest(entry as unknown as Record<string, unknown>);
    if (ctx.store.get(entry.id)?.digest === digest) continue;
    const parsed = await ctx.parseData({ id: entry.id, data: entry as unknown as Record<string, unknown> });
    ctx.store.set({ id: entry.id, data: parsed, digest });
  }
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
}
