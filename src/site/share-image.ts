/**
 * Share images (OpenGraph / Twitter cards, 1200 x 630 PNG; drawn by share-draw.ts), cached on disk by a hash of
 * everything that goes into them (CACHE_DIR/factcheck-share, else node_modules/.cache/factcheck-share): an
 * unchanged card costs a file read on the next build. A card not in the cache is drawn on a pool of worker
 * threads, one per core: Astro renders the pages on one thread, and a site of 200 stories has ~800 cards
 * (~30 ms each). A build draws them ahead on one worker while the pages render (prepareShareImages). Where
 * worker threads cannot load TypeScript, cards are drawn in this thread.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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

/**
 * A card sent to a worker. `held`: a page waits for it, so its worker keeps the process open; a card drawn ahead
 * (prepareShareImages) does not, so a build that needs none of them does not wait for them.
 */
interface Job {
  worker: Worker;
  held: boolean;
  resolve: (png: Uint8Array) => void;
  reject: (e: Error) => void;
}

interface Pool {
  /** One slot per core, each started when a card is first sent to it (see `draw`); a slot is empty again after its worker ends. */
  workers: (Worker | undefined)[];
  /** Ends the pool once no card has been asked for in IDLE_MS. */
  idle?: NodeJS.Timeout;
  /** Cards sent and not yet answered, by sequence number: a worker holds the process open only while it has some. */
  waiting: Map<number, Job>;
  seq: number;
}
let pool: Pool | null | undefined;

/** The pool, started on first use; null where worker threads cannot load TypeScript (Node < 22.18). */
function startPool(): Pool | null {
  if (pool !== undefined) return pool;
  if (!canRunTsWorker(WORKER_FILE)) return (pool = null);
  return (pool = { workers: Array.from({ length: Math.max(1, availableParallelism()) }, () => undefined), waiting: new Map(), seq: 0 });
}

/** The pool's worker in slot `k`, started if the slot is empty. */
function workerAt(p: Pool, k: number): Worker {
  const running = p.workers[k];
  if (running) return running;
  const fail = (e: Error) => {
    for (const w of p.waiting.values()) w.reject(e);
    p.waiting.clear();
  };
  const w = new Worker(WORKER_FILE);
  w.on('message', (m: { seq: number; png?: Uint8Array; error?: string }) => {
    const job = p.waiting.get(m.seq);
    if (!job) return;
    p.waiting.delete(m.seq);
    if (![...p.waiting.values()].some((x) => x.worker === w && x.held)) w.unref();
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
    if (p.workers[k] === w) p.workers[k] = undefined;
  });
  // An idle pool never keeps the build (or the dev server's exit) waiting; a listener refs it, so this comes last.
  w.unref();
  return (p.workers[k] = w);
}

/** Ends an idle pool's threads; the next card starts a new one. */
function endPool(p: Pool): void {
  if (p.waiting.size) return;
  if (pool === p) pool = undefined;
  for (const w of p.workers) if (w) void w.terminate();
}

/**
 * Draws a card on the pool, else in this thread; `held` as for Job. A card a page waits for goes to the next
 * worker in turn; a card drawn ahead always to the first, so drawing ahead takes one core (and one worker's
 * memory) while the pages render, and the other workers start only when pages wait for cards.
 */
function draw(card: ShareCard, held: boolean): { png: Promise<Uint8Array>; job?: Job } {
  const p = startPool();
  if (!p) return { png: drawPng(card) };
  clearTimeout(p.idle);
  const seq = p.seq++;
  const w = workerAt(p, held ? seq % p.workers.length : 0);
  let job!: Job;
  const png = new Promise<Uint8Array>((resolve, reject) => {
    job = { worker: w, held, resolve, reject };
  });
  p.waiting.set(seq, job);
  if (held) w.ref();
  w.postMessage({ seq, card });
  return { png, job };
}

/** Makes a page wait for a card already sent: its worker now keeps the process open until it answers. */
function hold(job: Job | undefined): void {
  if (!job || job.held) return;
  job.held = true;
  job.worker.ref();
}

const keyOf = (card: ShareCard) => createHash('sha256').update(RENDERER).update(JSON.stringify(card)).digest('hex').slice(0, 32);

/** Cards being drawn into the cache (by key), whether a page or prepareShareImages asked first. */
const drawing = new Map<string, { done: Promise<Uint8Array>; job?: Job }>();

/** Draws a card into the cache file `cached` (and answers its bytes), once however often it is asked for. */
function drawInto(key: string, cached: string, card: ShareCard, held: boolean): Promise<Uint8Array> {
  const known = drawing.get(key);
  if (known) {
    if (held) hold(known.job);
    return known.done;
  }
  const { png, job } = draw(card, held);
  const done = png.then((bytes) => {
    mkdirSync(dirname(cached), { recursive: true });
    // Written aside and renamed: a build stopped half-way never leaves half an image to be served next time.
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, cached);
    return bytes;
  }).finally(() => drawing.delete(key));
  drawing.set(key, { done, job });
  return done;
}

/** The PNG for a card, from the cache when the same card was drawn before (or is being drawn ahead). */
export async function sharePng(card: ShareCard): Promise<Uint8Array> {
  const key = keyOf(card);
  const cached = join(shareCacheDir(), `${key}.png`);
  if (!drawing.has(key) && existsSync(cached)) return new Uint8Array(readFileSync(cached));
  return drawInto(key, cached, card, true);
}

/**
 * Starts drawing, one card at a time, the cards not in the cache, so that one core draws them while Astro
 * renders the HTML pages on the other: the image routes come last (src/pages/[kind]/[id]/share.png.ts) and
 * find most of them drawn. A page that asks for a card not reached yet has it drawn at once, on any worker.
 * Only in a build (the dev server draws the card a browser asks for); the drawing does not keep the process open.
 */
export function prepareShareImages(cards: readonly ShareCard[]): void {
  // Where cards are drawn in this thread, drawing ahead would only take turns with the pages.
  if (!startPool()) return;
  const dir = shareCacheDir();
  // Each card once (by key); one a page already asked for is waited for in turn, not drawn again.
  const todo = new Map(cards.map((card) => [keyOf(card), card]));
  let chain = Promise.resolve();
  for (const [key, card] of todo) {
    const cached = join(dir, `${key}.png`);
    if (!existsSync(cached)) chain = chain.then(() => drawInto(key, cached, card, false).then(() => {}, () => {}));
  }
}
