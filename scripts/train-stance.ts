/** npm run train:stance -- --data <fnc-1 dir> [--all]: trains the stance model and writes models/stance.bin. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { DEFAULT_TRAINING, encodeModel, trainStanceModel } from '../src/analysis/stance-model/index.ts';
import { dataArg, loadFnc } from './fnc-data.ts';

const dir = dataArg('npm run train:stance -- --data <fnc-1 dir> [--out models/stance.bin]');
const outArg = process.argv.indexOf('--out');
const out = outArg >= 0 ? process.argv[outArg + 1] : 'models/stance.bin';
const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const settings = {
  ...DEFAULT_TRAINING,
  ...(flag('epochs') ? { epochs: Number(flag('epochs')) } : {}),
  ...(flag('class-weights') ? { classWeights: flag('class-weights')!.split(',').map(Number) } : {}),
  ...(flag('seed') ? { seed: Number(flag('seed')) } : {}),
  ...(flag('input-dropout') ? { inputDropout: Number(flag('input-dropout')) } : {}),
};
const { train, dev } = loadFnc(dir);
console.error(`settings: ${JSON.stringify(settings)}`);
console.error(`training on ${train.length} pairs (${dev.length} held out for development)`);
const t0 = performance.now();
const model = trainStanceModel(train, settings, (epoch, loss) =>
  console.error(`epoch ${epoch}: loss ${loss.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`),
);
const bytes = encodeModel(model);
mkdirSync(out.replace(/\/[^/]*$/, '') || '.', { recursive: true });
writeFileSync(out, bytes);
console.error(`wrote ${out} (${(bytes.byteLength / 1e6).toFixed(2)} MB)`);
