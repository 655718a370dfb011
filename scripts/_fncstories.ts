import { mkdirSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
const dir = '../shared/data/fnc-1';
const bodies = new Map<string, string>();
for (const r of parse(readFileSync(`${dir}/train_bodies.csv`), { columns: true }) as Record<string, string>[]) bodies.set(r['Body ID'], r.articleBody);
const rows = parse(readFileSync(`${dir}/train_stances.csv`), { columns: true }) as Record<string, string>[];
// group related bodies by headline; pick headlines with >=1 disagree and >=3 agree/discuss
const byHead = new Map<string, { id: string; s: string }[]>();
for (const r of rows) if (r.Stance !== 'unrelated') (byHead.get(r.Headline) ?? byHead.set(r.Headline, []).get(r.Headline)!).push({ id: r['Body ID'], s: r.Stance });
let n = 0;
for (const [h, list] of byHead) {
  const dis = list.filter((x) => x.s === 'disagree'), ag = list.filter((x) => x.s !== 'disagree');
  if (dis.length < 1 || ag.length < 3) continue;
  if (n++ % 37 !== 0) continue;
  const slug = h.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/-+$/, '');
  mkdirSync(`/tmp/fncstories/${slug}`, { recursive: true });
  for (const x of [...ag.slice(0, 4), ...dis.slice(0, 1)]) {
    const body = bodies.get(x.id)!;
    writeFileSync(`/tmp/fncstories/${slug}/${x.id}-${x.s}.txt`, body.split('\n')[0].slice(0, 120) + '\n\n' + body);
  }
  console.log(slug, '|', h, '|', list.map((x) => x.s).join(','));
  if (n > 37 * 6) break;
}
