/**
 * Reads the FNC-1 training data (train_bodies.csv, train_stances.csv) and splits it into training and
 * development parts.
 *
 * The split is by topic: bodies and headlines joined by a related pair (agree, disagree, discuss) form one
 * topic (one Emergent claim and its coverage), and a whole topic goes to one side. No body and no headline is
 * in both parts, as on FNC-1's competition test set, whose headlines and bodies are all new. (An earlier
 * version split by body only; the same headline then sat on both sides, and dev scores flattered the model.)
 * Unrelated pairs that cross the split are dropped.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { STANCE_LABELS, type StancePair } from '../src/analysis/stance-model/index.ts';

/** Share of topics held out for development (38 of 191 topics, 447 of 1,683 bodies). */
export const DEV_SHARE = 0.15;

/** A labelled pair with the ids the splits and story benchmarks need. */
export interface FncPair extends StancePair {
  bodyId: string;
}

/** The data read from an FNC-1 folder, split by topic. */
export interface FncData {
  train: FncPair[];
  dev: FncPair[];
  /** Body text by body id. */
  bodies: Map<string, string>;
  /** Topic id (the smallest body id of the topic) by body id. */
  topicOf: Map<string, string>;
  /** True for body ids on the development side. */
  isDevBody: (bodyId: string) => boolean;
}

/** FNV-1a of a string as a fraction in [0, 1): a fixed split that does not depend on file order. */
function fraction(id: string): number {
  let h = 0x811c9dc5;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h / 4294967296;
}

/** Topics: connected components of headlines and bodies over related pairs (union-find). */
function topics(rows: { Headline: string; 'Body ID': string; Stance: string }[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    let y = x;
    while (y !== root) {
      const next = parent.get(y) ?? root;
      parent.set(y, root);
      y = next;
    }
    if (!parent.has(root)) parent.set(root, root);
    return root;
  };
  for (const r of rows) {
    const b = find(`b:${r['Body ID']}`), h = find(`h:${r.Headline}`);
    if (r.Stance !== 'unrelated' && b !== h) parent.set(h, b);
  }
  // Name each topic by its smallest body id, so the name does not depend on the order of the rows.
  const members = new Map<string, string[]>();
  for (const r of rows) {
    const root = find(`b:${r['Body ID']}`);
    members.set(root, [...(members.get(root) ?? []), r['Body ID']]);
  }
  const topicOf = new Map<string, string>();
  for (const ids of members.values()) {
    const name = ids.reduce((a, b) => (Number(a) <= Number(b) ? a : b));
    for (const id of ids) topicOf.set(id, name);
  }
  return topicOf;
}

/** Loads the pairs of an FNC-1 folder, split by topic. Exits with a clear message if the folder is wrong. */
export function loadFnc(dir: string): FncData {
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
  const rows = parse(readFileSync(join(dir, 'train_stances.csv')), { columns: true }) as { Headline: string; 'Body ID': string; Stance: string }[];
  const topicOf = topics(rows);
  const isDevBody = (id: string) => fraction(`topic:${topicOf.get(id) ?? id}`) < DEV_SHARE;
  // A headline's side is the side of the bodies it is related to; a headline with no related body follows
  // the first body it is paired with.
  const headlineDev = new Map<string, boolean>();
  for (const r of rows) if (r.Stance !== 'unrelated') headlineDev.set(r.Headline, isDevBody(r['Body ID']));
  for (const r of rows) if (!headlineDev.has(r.Headline)) headlineDev.set(r.Headline, isDevBody(r['Body ID']));
  const train: FncPair[] = [], dev: FncPair[] = [];
  for (const r of rows) {
    const stance = r.Stance as StancePair['stance'];
    const body = bodies.get(r['Body ID']);
    if (!STANCE_LABELS.includes(stance) || body === undefined) continue;
    const devBody = isDevBody(r['Body ID']);
    if (devBody !== headlineDev.get(r.Headline)) continue; // crosses the split
    (devBody ? dev : train).push({ claim: r.Headline, body, stance, bodyId: r['Body ID'] });
  }
  return { train, dev, bodies, topicOf, isDevBody };
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
