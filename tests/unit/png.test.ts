/**
 * The palette PNG of a share image (png.ts): read back by another decoder (resvg's, through an SVG image), it is
 * the drawing's pixels exactly; drawings it cannot hold go to the other encoder.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../src/site/png.ts';

/** The pixels of a PNG as another decoder reads them: resvg draws it as an SVG image at its own size. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

function pixels(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out.set(colour(x, y), (y * width + x) * 4);
  return out;
}

describe('palette PNG', () => {
  it('holds a drawing of flat colours and their blends exactly, in fewer bytes than resvg writes', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="160"><rect width="300" height="160" fill="#fff"/><rect width="12" height="160" fill="#7f1d1d"/><circle cx="150" cy="80" r="50" fill="#dbeafe" stroke="#1e3a8a" stroke-width="5"/></svg>`;
    const image = new Resvg(svg).render();
    const png = encodeIndexedPng(image.pixels, image.width, image.height);
    expect(png).not.toBeNull();
    expect([...png!.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(decode(png!, 300, 160)).equals(Buffer.from(image.pixels))).toBe(true);
    expect(png!.length).toBeLessThan(image.asPng().length);
  });

  it.each([
    ['one colour', 1, () => [12, 34, 56, 255]],
    ['256 colours', 256, (x: number, y: number) => [(x + 16 * y) % 256, 0, 255 - ((x + 16 * y) % 256), 255]],
  ] as const)('holds %s, numbered as they first appear', (_, count, colour) => {
    const rgba = pixels(16, 16, colour as (x: number, y: number) => [number, number, number, number]);
    const png = encodeIndexedPng(rgba, 16, 16)!;
    expect(Buffer.from(decode(png, 16, 16)).equals(Buffer.from(rgba))).toBe(true);
    // PLTE follows the 8-byte signature and the 25-byte IHDR chunk: its length is 3 bytes a colour.
    expect(Buffer.from(png).readUInt32BE(33)).toBe(3 * count);
    expect(Buffer.from(png).toString('latin1', 37, 41)).toBe('PLTE');
  });

  it.each([
    ['272 colours', 17, 16, pixels(17, 16, (x, y) => [x + 17 * y > 255 ? 1 : 0, (x + 17 * y) % 256, 0, 255])],
    ['a pixel not fully opaque', 4, 4, pixels(4, 4, (x, y) => [0, 0, 0, x === 3 && y === 3 ? 128 : 255])],
  ])('leaves %s to the other encoder (null)', (_, width, height, rgba) => {
    expect(encodeIndexedPng(rgba, width, height)).toBeNull();
  });

  it('refuses pixels that do not match the size given', () => {
    expect(() => encodeIndexedPng(new Uint8Array(10), 2, 2)).toThrow(RangeError);
  });

  it('holds rows that repeat the row above, read from a view into a larger buffer', () => {
    // Bands of identical rows (copied whole by the encoder) between rows that differ, and a colour first seen
    // in a row after a copied band.
    const band = (y: number) => (y < 5 ? 0 : y < 9 ? 1 : y === 9 ? 2 : 3);
    const rgba = pixels(12, 14, (x, y) => (band(y) === 2 ? [x * 20, 0, 0, 255] : [[250, 250, 250, 255], [0, 80, 160, 255], [0, 0, 0, 255], [9, 9, 9, 255]][band(y)] as [number, number, number, number]));
    const larger = new Uint8Array(rgba.length + 8);
    larger.set(rgba, 8);
    const png = encodeIndexedPng(larger.subarray(8), 12, 14)!;
    expect(Buffer.from(decode(png, 12, 14)).equals(Buffer.from(rgba))).toBe(true);
  });

  it('gives the same bytes for the same pixels', () => {
    const rgba = pixels(40, 30, (x, y) => [(x % 8) * 30, (y % 8) * 30, 90, 255]);
    expect(Buffer.from(encodeIndexedPng(rgba, 40, 30)!).equals(Buffer.from(encodeIndexedPng(rgba.slice(), 40, 30)!))).toBe(true);
  });
});
