import { analyzeStory, type ParsedSeed } from '../src/analysis/index.ts';
import { loadFnc } from './fnc-data.ts';
const { dev } = loadFnc('../shared/data/fnc-1');
const p = dev.find((x) => x.claim.startsWith('Saudi cleric says snowmen'))!;
const seed = (file: string, title: string, paragraphs: string[]): ParsedSeed => ({ file, title, outlet: null, url: null, published: null, author: null, paragraphs });
const lines = p.body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
const { story } = analyzeStory('b', [seed('a.txt', p.claim, [p.claim + '.']), seed('b.txt', lines[0], lines.slice(1))]);
for (const c of story.claims) console.log(c.status, c.evidence.map((e) => e.source.slice(-1) + ':' + e.stance).join(','), '|', c.text.slice(0, 90));
