/** The FNC-1 scoring rule and per-class F1, as the challenge defined them (see ../shared/data/fnc-1/README.md). */
import { STANCE_LABELS, type StanceLabel } from '../src/analysis/stance-model/index.ts';

/** Score as a percentage of the maximum: +0.25 for related/unrelated right, +0.75 more for the exact related label. */
export function fncScore(gold: StanceLabel[], predicted: StanceLabel[]): number {
  let score = 0, max = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    const gRel = g !== 'unrelated', pRel = p !== 'unrelated';
    max += gRel ? 1 : 0.25;
    if (gRel === pRel) score += 0.25;
    if (gRel && g === p) score += 0.75;
  });
  return (100 * score) / max;
}

/** F1 of each class. */
export function perClassF1(gold: StanceLabel[], predicted: StanceLabel[]): Record<StanceLabel, number> {
  const out = {} as Record<StanceLabel, number>;
  for (const l of STANCE_LABELS) {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (predicted[i] === l && g === l) tp++;
      else if (predicted[i] === l) fp++;
      else if (g === l) fn++;
    });
    out[l] = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  return out;
}
