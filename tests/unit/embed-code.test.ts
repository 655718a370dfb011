import { describe, expect, it } from 'vitest';
import { cardHeight, cardText, embedCode } from '../../src/site/embed.ts';

const card = (text: string, reason = 'Reported by The Ledger; no source contradicts it.') =>
  cardText({ text, status: 'reported', reason, editorStatus: null }, '2 pieces of evidence from 2 sources', 'Fact check');

describe('the embed code', () => {
  it('escapes the title and addresses, and carries the optional sizing script', () => {
    const code = embedCode({ src: 'https://x.org/embed/claims/a/', script: 'https://x.org/embed.js', title: 'Fact check: "5" < 6 & <b>', height: 300 });
    expect(code).toContain('title="Fact check: &#34;5&#34; &#60; 6 &#38; &#60;b&#62;"');
    expect(code).toMatch(/^<iframe src="https:\/\/x\.org\/embed\/claims\/a\/" [^>]*style="width:100%;max-width:600px;height:300px;border:0"/);
    expect(code).toMatch(/<script async src="https:\/\/x\.org\/embed\.js"><\/script>$/);
  });

  it('grows the no-script height with the text, never below what a one-line card needs', () => {
    const short = cardHeight(card('Short claim.'));
    const long = cardHeight(card('A much longer claim that wraps over several lines at the narrowest width a card is shown at. '.repeat(3)));
    expect(short).toBeGreaterThan(150);
    expect(long).toBeGreaterThan(short + 100);
    expect(cardHeight(card('Short claim.'), 600)).toBeLessThanOrEqual(short);
  });
});
