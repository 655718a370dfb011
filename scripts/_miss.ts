import { analyzeStory, type ParsedSeed } from '../src/analysis/index.ts';
import { annotate } from '../src/analysis/annotate.ts';
import { checkWorthiness } from '../src/analysis/extract-claims.ts';
import { loadFnc } from './fnc-data.ts';
const { dev } = loadFnc('../shared/data/fnc-1');
const agree = dev.filter((p) => p.stance === 'agree').filter((_, i) => i % 97 === 0).slice(0, 8);
for (const p of agree) {
  const seed = (file: string, title: string, paragraphs: string[]): ParsedSeed => ({ file, title, outlet: null, url: null, published: null, author: null, paragraphs });
  const lines = p.body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const { story } = analyzeStory('b', [seed('a.txt', p.claim, [p.claim + '.']), seed('b.txt', lines[0], lines.slice(1))]);
  const w = checkWorthiness(p.claim + '.', annotate(p.claim + '.'));
  const c = story.claims.find((c) => c.evidence.some((e) => e.source.endsWith('--a')));
  console.log(`\nCLAIM (${w.score} ${w.reasons}) ${p.claim}\n  claim found: ${!!c}; body evidence: ${c ? c.evidence.filter((e) => e.source.endsWith('--b')).map((e) => e.stance + ': ' + e.sentence.slice(0, 80)).join(' || ') : '-'}`);
  console.log('  body lead:', p.body.slice(0, 160).replace(/\n/g, ' '));
}
