/** Reads the committed word-vector table for the engine, once per path per process. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeEmbeddings, type Embeddings } from '../analysis/represent/embeddings.ts';

/** Where the table lives relative to the project root (written by npm run derive:embeddings). */
export const EMBEDDINGS_PATH = 'models/embeddings.bin';

const loaded = new Map<string, Embeddings>();

/**
 * The decoded table at `path` (default models/embeddings.bin), read and decoded on the first call only
 * (~10 ms, ~6 MB). Throws an Error naming the file and what to do when it is missing or not a table.
 */
export function readEmbeddings(path: string = EMBEDDINGS_PATH): Embeddings {
  const full = resolve(path);
  const cached = loaded.get(full);
  if (cached) return cached;
  if (!existsSync(full)) {
    throw new Error(`${full} not found. It is committed with the project; restore it (git checkout -- ${EMBEDDINGS_PATH}) or derive it with npm run derive:embeddings.`);
  }
  let table: Embeddings;
  try {
    table = decodeEmbeddings(new Uint8Array(readFileSync(full)));
  } catch (e) {
    const why = (e as Error).message;
    throw new Error(`${full}: ${why}${why.includes('derive:embeddings') ? '' : '; derive it again with npm run derive:embeddings'}.`);
  }
  loaded.set(full, table);
  return table;
}
