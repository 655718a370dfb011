/**
 * How a share image (OpenGraph / Twitter card, 1200 x 630 PNG) is drawn: satori lays the card out as SVG and
 * resvg turns it into a PNG, in Noto Sans from the @fontsource/noto-sans package (no font or network fetch at
 * run time), written as a palette PNG where the card's colours fit one (png.ts). ~30 ms an image on this machine;
 * share-image.ts caches them and draws on every core.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { encodeIndexedPng } from './png.ts';
import type { Status } from '../analysis/index.ts';
import { STATUS_WORD } from './words.ts';

import { SHARE_HEIGHT, SHARE_WIDTH } from './share-size.ts';

export { SHARE_HEIGHT, SHARE_WIDTH };
/** Claims longer than this are cut at a word and end with an ellipsis: four lines at the image's type size. */
export const SHARE_MAX_CHARS = 170;
/** Bump when the drawing changes, so cached images are redrawn. */
export const DRAWING_VERSION = 3;

const FONT_DIR = resolve('node_modules/@fontsource/noto-sans/files');
/** Scripts covered; other scripts (e.g. CJK) fall back to boxes, which the README notes. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= SUBSETS.flatMap((s) => ([400, 700] as const).map((weight) => ({
    name: `Noto Sans ${s}`, data: readFileSync(join(FONT_DIR, `noto-sans-${s}-${weight}-normal.woff`)), weight, style: 'normal' as const,
  })));
  return fonts;
}
const FAMILY = SUBSETS.map((s) => `"Noto Sans ${s}"`).join(', ');

const COLOURS: Record<Status, { ink: string; bg: string }> = {
  reported: { ink: '#1e3a8a', bg: '#dbeafe' },
  disputed: { ink: '#78350f', bg: '#fef3c7' },
  denied: { ink: '#7f1d1d', bg: '#fee2e2' },
  unaddressed: { ink: '#374151', bg: '#f3f4f6' },
};

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, ...children: unknown[]): Node => ({ type, props: { style, children: children.length === 1 ? children[0] : children } });

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** The status's symbol drawn as a shape (the fonts lack ✕ ◆ ●), so it never depends on a glyph. */
function symbol(status: Status, ink: string): Node {
  const size = 34;
  if (status === 'reported') return el('div', { width: size, height: size, borderRadius: size, background: ink });
  if (status === 'disputed') return el('div', { width: size * 0.75, height: size * 0.75, margin: size * 0.125, background: ink, transform: 'rotate(45deg)' });
  const bar = (deg: number) => el('div', { position: 'absolute', left: size / 2 - 4, top: 0, width: 8, height: size, background: ink, transform: `rotate(${deg}deg)` });
  return el('div', { position: 'relative', width: size, height: size, display: 'flex' }, bar(45), bar(-45));
}

/** What an image shows. */
export interface ShareCard {
  /** Small line on top: the site and the story. */
  kicker: string;
  /** The big text: a claim, or a story's title. */
  title: string;
  /** A claim's status; null draws a plain card (story and site pages). */
  status: Status | null;
  /** Bottom line: counts, or where to read the evidence. */
  footer: string;
}

function layout(card: ShareCard): Node {
  const c = card.status ? COLOURS[card.status] : { ink: '#1f2328', bg: '#e5e7eb' };
  return el('div', { display: 'flex', width: SHARE_WIDTH, height: SHARE_HEIGHT, background: '#ffffff', fontFamily: FAMILY, color: '#1f2328' },
    el('div', { width: 24, height: SHARE_HEIGHT, background: c.ink }),
    // satori sizes boxes without their padding: the column's box is the card minus the stripe and the margins.
    el('div', { display: 'flex', flexDirection: 'column', width: SHARE_WIDTH - 24 - 2 * 64, height: SHARE_HEIGHT - 2 * 52, margin: '52px 64px' },
      el('div', { fontSize: 28, color: '#4b5563', lineHeight: 1.3 }, shorten(card.kicker, 80)),
      el('div', { fontSize: 50, fontWeight: 700, lineHeight: 1.25, marginTop: 28 }, shorten(card.title, SHARE_MAX_CHARS)),
      el('div', { display: 'flex', alignItems: 'center', marginTop: 'auto' },
        ...(card.status ? [el('div', { display: 'flex', alignItems: 'center', background: c.bg, color: c.ink, border: `3px solid ${c.ink}`, borderRadius: 12, padding: '10px 26px', fontSize: 40, fontWeight: 700 },
          symbol(card.status, c.ink), el('div', { marginLeft: 18 }, STATUS_WORD[card.status]))] : []),
        el('div', { fontSize: 28, color: '#4b5563', marginLeft: card.status ? 32 : 0 }, shorten(card.footer, 70)))));
}

/** Draws a card as PNG bytes. */
export async function drawPng(card: ShareCard): Promise<Uint8Array> {
  const svg = await satori(layout(card) as never, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loadFonts() });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_WIDTH }, font: { loadSystemFonts: false } }).render();
  return encodeIndexedPng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
}
