import type { Vocabulary } from './features.ts';
import type { Mlp } from './mlp.ts';

/** The stance labels, in the order of the model's outputs. */
export const STANCE_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
/** One of the four FNC-1 stances. */
export type StanceLabel = (typeof STANCE_LABELS)[number];

/** A trained stance model: its vocabulary and its network. */
export interface StanceModel {
  vocab: Vocabulary;
  net: Mlp;
}

const MAGIC = 0x4d534346; // "FCSM"
/** Bump when features change: old weights no longer fit and must be retrained. */
const FORMAT = 2;

/**
 * Serialises a model compactly: first-layer weights as int8 with one float scale per input row (that layer
 * holds almost all parameters), the rest as float32. Loses well under 1% of a weight's range per row.
 */
export function encodeModel(model: StanceModel): Uint8Array {
  const { net, vocab } = model;
  const header = new TextEncoder().encode(JSON.stringify({ format: FORMAT, words: vocab.words, inputs: net.inputs, hidden: net.hidden, outputs: net.outputs }));
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const headerLen = header.length + pad(header.length);
  const scales = new Float32Array(net.inputs);
  const q = new Int8Array(net.inputs * net.hidden);
  for (let i = 0; i < net.inputs; i++) {
    let max = 0;
    for (let j = 0; j < net.hidden; j++) max = Math.max(max, Math.abs(net.w1[i * net.hidden + j]));
    scales[i] = max / 127 || 1;
    for (let j = 0; j < net.hidden; j++) q[i * net.hidden + j] = Math.round(net.w1[i * net.hidden + j] / scales[i]);
  }
  const floats = [vocab.idf, scales, net.b1, net.w2, net.b2];
  const size = 8 + headerLen + floats.reduce((s, f) => s + f.byteLength, 0) + q.byteLength;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, headerLen, true);
  out.set(header, 8);
  out.fill(0x20, 8 + header.length, 8 + headerLen);
  let at = 8 + headerLen;
  for (const f of floats) {
    out.set(new Uint8Array(f.buffer, f.byteOffset, f.byteLength), at);
    at += f.byteLength;
  }
  out.set(new Uint8Array(q.buffer), at);
  return out;
}

/** Reads a model written by encodeModel; throws a TypeError naming the problem when the bytes are not one. */
export function decodeModel(input: Uint8Array): StanceModel {
  // Copy into a fresh, aligned buffer: Node's Buffer is a view into a shared pool at any offset.
  const bytes = new Uint8Array(input.byteLength);
  bytes.set(input);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || dv.getUint32(0, true) !== MAGIC) throw new TypeError('Not a stance model file (bad magic number)');
  const headerLen = dv.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLen)));
  if (meta.format !== FORMAT) throw new TypeError(`Stance model format ${meta.format} is not ${FORMAT}; retrain with npm run train:stance`);
  let at = 8 + headerLen;
  const floats = (n: number) => {
    const f = new Float32Array(bytes.buffer, at, n);
    at += 4 * n;
    return f;
  };
  const idf = floats(meta.words.length);
  const scales = floats(meta.inputs);
  const b1 = floats(meta.hidden);
  const w2 = floats(meta.hidden * meta.outputs);
  const b2 = floats(meta.outputs);
  const q = new Int8Array(bytes.buffer, at, meta.inputs * meta.hidden);
  const w1 = new Float32Array(q.length);
  for (let i = 0; i < meta.inputs; i++) for (let j = 0; j < meta.hidden; j++) w1[i * meta.hidden + j] = q[i * meta.hidden + j] * scales[i];
  const words: string[] = meta.words;
  return {
    vocab: { words, index: new Map(words.map((w, i) => [w, i])), idf },
    net: { inputs: meta.inputs, hidden: meta.hidden, outputs: meta.outputs, w1, b1, w2, b2 },
  };
}
