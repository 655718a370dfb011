/** A feature vector with few non-zero entries: parallel arrays of column index and value. */
export interface SparseVector {
  idx: number[];
  val: number[];
}

/** A one-hidden-layer perceptron over sparse input (the UCL FNC-1 architecture, with richer features). */
export interface Mlp {
  inputs: number;
  hidden: number;
  outputs: number;
  /** inputs x hidden, row-major: row i holds input i's weights to every hidden unit. */
  w1: Float32Array;
  b1: Float32Array;
  /** hidden x outputs, row-major. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Training settings; every run with the same settings and data gives the same weights. */
export interface TrainOptions {
  hidden: number;
  epochs: number;
  batch: number;
  learningRate: number;
  dropout: number;
  l2: number;
  seed: number;
  /** Loss weight per class, to keep rare classes from being ignored. */
  classWeights: number[];
  /**
   * Share of bag-of-words inputs (columns below `denseFrom`) dropped per example while training, so the
   * network cannot lean on memorised topic words alone and must use the claim-relative features.
   */
  inputDropout?: number;
  /** First column of the dense hand-built features, which input dropout never touches. */
  denseFrom?: number;
  onEpoch?: (epoch: number, loss: number) => void;
}

/** mulberry32: a small seeded generator so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hiddenLayer(net: Mlp, x: SparseVector, h: Float32Array): void {
  h.set(net.b1);
  const H = net.hidden;
  for (let k = 0; k < x.idx.length; k++) {
    const row = x.idx[k] * H, v = x.val[k];
    if (v === 0) continue;
    for (let j = 0; j < H; j++) h[j] += v * net.w1[row + j];
  }
  for (let j = 0; j < H; j++) if (h[j] < 0) h[j] = 0;
}

function outputLayer(net: Mlp, h: Float32Array, p: Float64Array): void {
  const O = net.outputs;
  let max = -Infinity;
  for (let o = 0; o < O; o++) {
    let z = net.b2[o];
    for (let j = 0; j < net.hidden; j++) z += h[j] * net.w2[j * O + o];
    p[o] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let o = 0; o < O; o++) sum += p[o] = Math.exp(p[o] - max);
  for (let o = 0; o < O; o++) p[o] /= sum;
}

/** Class probabilities for one input. */
export function predict(net: Mlp, x: SparseVector): Float64Array {
  const h = new Float32Array(net.hidden);
  const p = new Float64Array(net.outputs);
  hiddenLayer(net, x, h);
  outputLayer(net, h, p);
  return p;
}

function dropInputs(x: SparseVector, p: number, denseFrom: number, rand: () => number): SparseVector {
  const out: SparseVector = { idx: [], val: [] };
  for (let k = 0; k < x.idx.length; k++) {
    if (x.idx[k] < denseFrom && rand() < p) continue;
    out.idx.push(x.idx[k]);
    out.val.push(x.idx[k] < denseFrom ? x.val[k] / (1 - p) : x.val[k]);
  }
  return out;
}

/** Trains with mini-batch Adam; first-layer rows are updated lazily, only where an input was non-zero. */
export function train(xs: SparseVector[], ys: number[], inputs: number, outputs: number, opt: TrainOptions): Mlp {
  const rand = seededRandom(opt.seed);
  const H = opt.hidden, O = outputs;
  const scale1 = Math.sqrt(2 / 200), scale2 = Math.sqrt(2 / H);
  const net: Mlp = {
    inputs, hidden: H, outputs: O,
    w1: Float32Array.from({ length: inputs * H }, () => (rand() * 2 - 1) * scale1),
    b1: new Float32Array(H),
    w2: Float32Array.from({ length: H * O }, () => (rand() * 2 - 1) * scale2),
    b2: new Float32Array(O),
  };
  const params = [net.w1, net.b1, net.w2, net.b2];
  const grads = params.map((p) => new Float32Array(p.length));
  const m = params.map((p) => new Float32Array(p.length));
  const v = params.map((p) => new Float32Array(p.length));
  const lastStep = new Int32Array(inputs);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  let step = 0;
  const order = Array.from(xs, (_, i) => i);
  const h = new Float32Array(H), mask = new Float32Array(H), p = new Float64Array(O), dh = new Float32Array(H);

  const adam = (k: number, i: number) => {
    const g = grads[k][i] + opt.l2 * params[k][i];
    m[k][i] = b1 * m[k][i] + (1 - b1) * g;
    v[k][i] = b2 * v[k][i] + (1 - b2) * g * g;
    const mh = m[k][i] / (1 - b1 ** step), vh = v[k][i] / (1 - b2 ** step);
    params[k][i] -= (opt.learningRate * mh) / (Math.sqrt(vh) + eps);
    grads[k][i] = 0;
  };

  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (let start = 0; start < order.length; start += opt.batch) {
      const batch = order.slice(start, start + opt.batch);
      const rows = new Set<number>();
      for (const n of batch) {
        const x = opt.inputDropout ? dropInputs(xs[n], opt.inputDropout, opt.denseFrom ?? Infinity, rand) : xs[n];
        const y = ys[n], cw = opt.classWeights[y] / batch.length;
        hiddenLayer(net, x, h);
        for (let j = 0; j < H; j++) {
          mask[j] = rand() < opt.dropout ? 0 : 1 / (1 - opt.dropout);
          h[j] *= mask[j];
        }
        outputLayer(net, h, p);
        loss -= Math.log(p[y] + 1e-12) * opt.classWeights[y];
        dh.fill(0);
        for (let o = 0; o < O; o++) {
          const d = (p[o] - (o === y ? 1 : 0)) * cw;
          grads[3][o] += d;
          for (let j = 0; j < H; j++) {
            grads[2][j * O + o] += d * h[j];
            dh[j] += d * net.w2[j * O + o];
          }
        }
        for (let j = 0; j < H; j++) {
          if (h[j] <= 0) dh[j] = 0;
          else dh[j] *= mask[j];
          grads[1][j] += dh[j];
        }
        for (let k = 0; k < x.idx.length; k++) {
          const row = x.idx[k] * H, val = x.val[k];
          rows.add(x.idx[k]);
          for (let j = 0; j < H; j++) grads[0][row + j] += val * dh[j];
        }
      }
      step++;
      for (const r of rows) {
        for (let j = 0; j < H; j++) adam(0, r * H + j);
        lastStep[r] = step;
      }
      for (let k = 1; k < 4; k++) for (let i = 0; i < params[k].length; i++) adam(k, i);
    }
    opt.onEpoch?.(epoch + 1, loss / order.length);
  }
  return net;
}
