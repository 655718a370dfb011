/**
 * Zod schemas of the collections' entries: the contract between the loader and the pages. Built as small
 * factories over the zod instance Astro hands out (astro/zod), so the schemas validate at build time.
 */
import type { z as Z } from 'zod';

type Zod = typeof Z;

/** Schemas of the three collections, given Astro's zod. */
export function entrySchemas(z: Zod) {
  const status = z.enum(['reported', 'disputed', 'denied']);
  const stance = z.enum(['agree', 'disagree', 'discuss']);
  const sentence = z.object({
    /** Anchor id (the `id` attribute on the page). */
    id: z.string(),
    /** Sentence text exactly as in the source. */
    text: z.string(),
    /** Claims this sentence is evidence for. */
    claims: z.array(z.object({ id: z.string(), text: z.string() })),
  });
  return {
    story: z.object({
      id: z.string(),
      title: z.string(),
      /** Editors' summary from content/stories/<id>.md. */
      summary: z.string().nullable(),
      /** Editors' note, rendered and sanitised. */
      noteHtml: z.string().nullable(),
      counts: z.object({ reported: z.number(), disputed: z.number(), denied: z.number() }),
      sources: z.array(z.object({ id: z.string(), title: z.string(), label: z.string(), url: z.string().nullable() })),
      claims: z.array(z.object({ id: z.string(), text: z.string(), status, editorial: z.boolean(), sources: z.number() })),
    }),
    source: z.object({
      id: z.string(),
      story: z.string(),
      storyTitle: z.string(),
      file: z.string(),
      title: z.string(),
      /** How reasons and evidence name this source: outlet, else headline in quotes. */
      label: z.string(),
      outlet: z.string().nullable(),
      /** Original article; always http(s) (checked when the seed was read). */
      url: z.string().url().nullable(),
      published: z.string().nullable(),
      author: z.string().nullable(),
      headline: z.array(sentence),
      paragraphs: z.array(z.array(sentence)),
    }),
    claim: z.object({
      id: z.string(),
      story: z.string(),
      storyTitle: z.string(),
      text: z.string(),
      /** Status shown: the editors' when they set one, else the machine's. */
      status,
      /** The engine's status, shown beside an editors' verdict. */
      machineStatus: status,
      /** The editors' verdict from content/claims/<id>.md, if they set one. */
      editorStatus: status.nullable(),
      /** The editors' note, rendered and sanitised; and as plain text. */
      noteHtml: z.string().nullable(),
      noteText: z.string().nullable(),
      /** Why, in one sentence: the editors' verdict and their note's first sentence when they set one. */
      reason: z.string(),
      /** The engine's reason, shown beside an editors' verdict. */
      machineReason: z.string(),
      sourceCount: z.number(),
      evidence: z.array(z.object({
        source: z.string(), sourceLabel: z.string(), sourceTitle: z.string(), sentenceId: z.string(), sentence: z.string(),
        stance, speaker: z.string(), speakerKind: z.enum(['named', 'source']),
        /** Site path to the sentence: /sources/<id>/#<sentence id>. */
        href: z.string(),
      })),
    }),
  };
}

type Schemas = ReturnType<typeof entrySchemas>;
/** A story page's data. */
export type StoryEntry = Z.infer<Schemas['story']>;
/** An archived source page's data. */
export type SourceEntry = Z.infer<Schemas['source']>;
/** A claim page's (and card's) data. */
export type ClaimEntry = Z.infer<Schemas['claim']>;
