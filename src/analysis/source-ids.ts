import { shortHash } from './hash.ts';

/**
 * The URL-safe part of a seed's file name: lower-case letters a-z, digits and dashes, as source ids have
 * always been made (so published source URLs stay put). A name with none of those ("新闻.txt") is "source".
 */
function fileSlug(file: string): string {
  return file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source';
}

/**
 * Gives every seed of a story a source id, `<story>--<file slug>`, unique within the story by construction.
 * Names that fold to one slug (`a.txt` and `a.md`, `News.txt` and `news.txt`, two names in another script)
 * would share a page: one keeps the plain id (the file whose name already is the slug, else the first in
 * code-point order) and each other gets a suffix from a hash of its own name, so the same files always get
 * the same ids. Every collision is reported, naming the files and where each went.
 */
export function assignSourceIds(storyId: string, files: readonly string[]): { ids: Map<string, string>; warnings: string[] } {
  const groups = new Map<string, string[]>();
  for (const f of files) groups.set(fileSlug(f), [...(groups.get(fileSlug(f)) ?? []), f]);
  const ids = new Map<string, string>();
  const warnings: string[] = [];
  const plainFirst = (slug: string) => (a: string, b: string) => {
    const pa = a.replace(/\.[^.]+$/, '') === slug ? 0 : 1, pb = b.replace(/\.[^.]+$/, '') === slug ? 0 : 1;
    return pa - pb || (a < b ? -1 : a > b ? 1 : 0);
  };
  for (const [slug, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [keeper, ...others] = [...group].sort(plainFirst(slug));
    ids.set(keeper, `${storyId}--${slug}`);
    for (const f of others) ids.set(f, `${storyId}--${slug}-${shortHash(f.normalize('NFC'), 6)}`);
    if (others.length) {
      const where = others.map((f) => `${f} is at /sources/${ids.get(f)}/`).join(', ');
      warnings.push(`${storyId}/: ${[keeper, ...others].join(' and ')} would share the source page /sources/${storyId}--${slug}/; ${keeper} keeps it, ${where}. Rename one of the files to choose.`);
    }
  }
  // A hash suffix that happens to equal another file's plain id is pushed on: ids stay unique whatever the names.
  const used = new Set<string>();
  for (const f of [...ids.keys()].sort()) {
    let id = ids.get(f)!;
    for (let n = 2; used.has(id); n++) id = `${ids.get(f)}-${n}`;
    used.add(id);
    ids.set(f, id);
  }
  return { ids, warnings };
}
