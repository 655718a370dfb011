/**
 * Reads the FNC-1 training data (train_bodies.csv, train_stances.csv) and splits it by body into training
 * and development parts, as the FNC-1 organisers did, so no body is seen in both.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { STANCE_LABELS, type StancePair } from '../src/analysis/stance-model/index.ts';

/** Share of bodies held out for development. */
export const DEV_SHARE = 0.2;

function bodyIsDev(bodyId: string): boolean {
  // FNV-1a of the id: a fixed split that does not depend on file order.
  let h = 0x811c9dc5;
  for (const c of bodyId) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h / 4294967296 < DEV_SHARE;
}

/** Loads the pairs of an FNC-1 folder, split by body id. Exits with a clear message if the folder is wrong. */
export function loadFnc(dir: string): { train: StancePair[]; dev: StancePair[] } {
  const need = ['train_bodies.csv', 'train_stances.csv'];
  for (const f of need) {
    if (!existsSync(join(dir, f))) {
      console.error(`error: ${join(dir, f)} not found. Pass the FNC-1 folder, e.g. --data ../shared/data/fnc-1`);
      process.exit(2);
    }
  }
  const bodies = new Map<string, string>();
  for (const r of parse(readFileSync(join(dir, 'train_bodies.csv')), { columns: true }) as Record<string, string>[]) {
    bodies.set(r['Body ID'], r.articleBody);
  }
  const train: StancePair[] = [], dev: StancePair[] = [];
  for (const r of parse(readFileSync(join(dir, 'train_stances.csv')), { columns: true }) as Record<string, string>[]) {
    const stance = r.Stance as StancePair['stance'];
    const body = bodies.get(r['Body ID']);
    if (!STANCE_LABELS.includes(stance) || body === undefined) continue;
    (bodyIsDev(r['Body ID']) ? dev : train).push({ claim: r.Headline, body, stance });
  }
  return { train, dev };
}

/** `--data <dir>` from the command line, or exit with usage. */
export function dataArg(usage: string): string {
  const i = process.argv.indexOf('--data');
  const dir = i >= 0 ? process.argv[i + 1] : undefined;
  if (!dir) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return dir;
}
