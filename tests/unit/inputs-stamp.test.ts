import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsStamp, isSiteFolder, isSiteInput } from '../../src/loaders/inputs-stamp.ts';

const root = mkdtempSync(join(tmpdir(), 'fc-stamp-'));
const inputs = { seedsDir: join(root, 'seeds'), contentDir: join(root, 'content') };
const story = join(inputs.seedsDir, 'harbor');
mkdirSync(story, { recursive: true });
mkdirSync(join(inputs.contentDir, 'claims'), { recursive: true });
writeFileSync(join(story, '01-gazette.txt'), 'Harbor deal\n\nThe city signed the contract on Monday.\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('isSiteInput', () => {
  it.each([
    ['seeds/harbor/01-gazette.txt', true],
    ['seeds/harbor/02-post.md', true],
    ['seeds/harbor/claim-ids.lock.json', true],
    ['seeds/harbor/claim-history.json', true],
    ['seeds/harbor/sources.yaml', true],
    ['seeds/harbor/.01-gazette.txt.swp', false],
    ['seeds/harbor/notes.docx', false],
    ['content/claims/harbor-deal.md', true],
    ['content/claims/harbor-deal.md~', false],
    ['elsewhere/x.txt', false],
  ])('%s: %s', (path, expected) => expect(isSiteInput(join(root, path), inputs)).toBe(expected));

  it('counts story folders and note folders, not the seeds folder itself or a folder beside it', () => {
    expect(isSiteFolder(story, inputs)).toBe(true);
    expect(isSiteFolder(join(inputs.contentDir, 'claims'), inputs)).toBe(true);
    expect(isSiteFolder(inputs.seedsDir, inputs)).toBe(false);
    expect(isSiteFolder(`${inputs.seedsDir}-old/harbor`, inputs)).toBe(false);
  });
});

describe('inputsStamp', () => {
  it('is the same while nothing the site reads changes, whatever else is saved beside it', () => {
    const before = inputsStamp(inputs);
    writeFileSync(join(story, '.01-gazette.txt.swp'), 'editor state');
    writeFileSync(join(story, 'notes.docx'), 'not a seed');
    expect(inputsStamp(inputs)).toBe(before);
  });

  it.each([
    ['a seed is edited to the same length', () => {
      writeFileSync(join(story, '01-gazette.txt'), 'Harbor deal\n\nThe city signed the contract on Friday.\n');
      const t = new Date(Date.now() + 5000);
      utimesSync(join(story, '01-gazette.txt'), t, t);
    }],
    ['a seed is added', () => writeFileSync(join(story, '02-post.md'), '# Harbor\n\nThe contract is worth $4 million.\n')],
    ['a note is added', () => writeFileSync(join(inputs.contentDir, 'claims', 'harbor-deal.md'), '---\nstory: harbor\nclaim: The city signed.\n---\n')],
    ['a story folder is added, even empty', () => mkdirSync(join(inputs.seedsDir, 'ferry'))],
    ['a seed is removed', () => rmSync(join(story, '02-post.md'))],
  ])('changes when %s', (_what, change) => {
    const before = inputsStamp(inputs);
    change();
    expect(inputsStamp(inputs)).not.toBe(before);
  });
});
