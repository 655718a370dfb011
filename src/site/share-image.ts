/**
 * Share images (OpenGraph / Twitter cards, 1200 x 630 PNG; drawn by share-draw.ts), cached on disk by a hash of
 * everything that goes into them (CACHE_DIR/factcheck-share, else node_modules/.cache/factcheck-share): an
 * unchanged card costs a file read on the next build. A card not in the cache is drawn on a pool of worker
 * threads, one per core: Astro renders the pages on one thread, and a site of 200 stories has ~800 cards
 * (~30 ms each). Where worker threads cannot load TypeScript, cards are drawn in this thread.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheFolder } from '../loaders/cache-dirs.ts';
import { canRunTsWorker } from '../loaders/ts-worker.ts';
import { DRAWING_VERSION, drawPng, type ShareCard } from './share-draw.ts';

export { SHARE_HEIGHT, SHARE_MAX_CHARS, SHARE_WIDTH, type ShareCard } from './share-draw.ts';

/** Where drawn cards are kept. */
export function shareCacheDir(env: Record<string, string | undefined> = process.env): string {
  return cacheFolder('factcheck-share', env);
}

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(resolve('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}
const RENDERER = `${DRAWING_VERSION}/${versionOf('satori')}/${versionOf('@resvg/resvg-js')}/${versionOf('@fontsource/noto-sans')}`;

/**
 * The worker file, found from the project folder: the pages run from Vite's bundle, where the module's own
 * address is the bundle's.
 */
const WORKER_FILE = resolve('src/site/share-worker.ts');

/**
 * How long an idle pool is kept (ms): the cards of a build come in one run (Astro renders route by route), and a
 * worker that has drawn thousands holds a few hundred MB the rest of the build does not need.
 */
const IDLE_MS = 2000;

interface Pool {
  workers: Worker[];
  /** Ends the pool once no card has been asked for in IDLE_MS. */
  idle?: NodeJS.Timeout;
  /** Cards sent and not yet answered, by sequence number: a worker holds the process open only while it has some. */
  waiting: Map<number, { worker: Worker; resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>;
  seq: number;
}
let pool: Pool | null | undefined;

/** The pool, started on first use; null where worker threads cannot load TypeScript (Node < 22.18). */
function startPool(): Pool | null {
  if (pool !== undefined) return pool;
  if (!canRunTsWorker(WORKER_FILE)) return (pool = null);
  const p: Pool = { workers: [], waiting: new Map(), seq: 0 };
  const fail = (e: Error) => {
    for (const w of p.waiting.values()) w.reject(e);
    p.waiting.clear();
  };
  for (let i = 0; i < Math.max(1, availableParallelism()); i++) {
    const w = new Worker(WORKER_FILE);
    w.on('message', (m: { seq: number; png?: Uint8Array; error?: string }) => {
      const job = p.waiting.get(m.seq);
      if (!job) return;
      p.waiting.delete(m.seq);
      if (![...p.waiting.values()].some((x) => x.worker === w)) w.unref();
      if (p.waiting.size === 0) {
        clearTimeout(p.idle);
        p.idle = setTimeout(() => endPool(p), IDLE_MS).unref();
      }
      if (m.png) job.resolve(m.png);
      else job.reject(new Error(`drawing a share image: ${m.error}`));
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (p.waiting.size) fail(new Error(`a share-image worker stopped with exit code ${code}`));
      p.workers = p.workers.filter((x) => x !== w);
    });
    // An idle pool never keeps the build (or the dev server's exit) waiting; a listener refs it, so this comes last.
    w.unref();
    p.workers.push(w);
  }
  return (pool = p);
}

/** Ends an idle pool's threads; the next card starts a new one. */
function endPool(p: Pool): void {
  if (p.waiting.size) return;
  if (pool === p) pool = undefined;
  for (const w of p.workers) void w.terminate();
}

/** Draws a card on the pool (the next worker in turn), else in this thread. */
function draw(card: ShareCard): Promise<Uint8Array> {
  const p = startPool();
  if (!p || p.workers.length === 0) return drawPng(card);
  clearTimeout(p.idle);
  const seq = p.seq++;
  return new Promise((resolvePng, reject) => {
    const w = p.workers[seq % p.workers.length];
    p.waiting.set(seq, { worker: w, resolve: resolvePng, reject });
    w.ref();
    w.postMessage({ seq, card });
  });
}

/** The PNG for a card, from the cache when the same card was drawn before. */
export async function sharePng(card: ShareCard): Promise<Uint8Array> {
  const dir = shareCacheDir();
  const key = createHash('sha256').update(RENDERER).update(JSON.stringify(card)).digest('hex').slice(0, 32);
  const cached = join(dir, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const png = await draw(card);
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed: a build stopped half-way never leaves half an image to be served next time.
  const tmp = `${cached}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, cached);
  return png;
}
