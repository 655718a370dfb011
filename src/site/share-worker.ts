/**
 * A worker thread of the share-image pool (share-image.ts): draws the cards it is sent one at a time, in order,
 * and answers each with its PNG bytes, or with the error that stopped it (the page that asked fails with it).
 *
 * Between two cards the thread lets its event loop turn. resvg-js holds each drawing's pixels (~3.3 MB at
 * 1,200 x 630) outside the JavaScript heap and frees them in a finalizer that Node runs on a later turn of the
 * loop; the pool keeps a worker's queue full, so drawing card after card without a turn never ran them: a
 * worker held ~1.6 GB after 500 cards (the 1,000 story cards of a 1,000-story site). With the turn, 2,000 cards
 * on the pool peak at ~430 MB, no slower.
 */
import { parentPort } from 'node:worker_threads';
import { drawPng, type ShareCard } from './share-draw.ts';

if (!parentPort) throw new TypeError('share-worker.ts runs as a worker thread of share-image.ts, not on its own');
const port = parentPort;
/** The card being drawn and those waiting behind it, one after another in the order they came. */
let drawn: Promise<void> = Promise.resolve();

async function drawOne(m: { seq: number; card: ShareCard }): Promise<void> {
  try {
    const png = await drawPng(m.card);
    port.postMessage({ seq: m.seq, png }, [png.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ seq: m.seq, error: e instanceof Error ? e.message : String(e) });
  }
  await new Promise((turn) => setImmediate(turn));
}

port.on('message', (m: { seq: number; card: ShareCard }) => {
  drawn = drawn.then(() => drawOne(m));
});
