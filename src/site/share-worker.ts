/**
 * A worker thread of the share-image pool (share-image.ts): draws one card per message and answers with its
 * PNG bytes, or with the error that stopped it (the page that asked fails with it).
 */
import { parentPort } from 'node:worker_threads';
import { drawPng, type ShareCard } from './share-draw.ts';

if (!parentPort) throw new TypeError('share-worker.ts runs as a worker thread of share-image.ts, not on its own');
const port = parentPort;
port.on('message', async (m: { seq: number; card: ShareCard }) => {
  try {
    const png = await drawPng(m.card);
    port.postMessage({ seq: m.seq, png }, [png.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ seq: m.seq, error: e instanceof Error ? e.message : String(e) });
  }
});
