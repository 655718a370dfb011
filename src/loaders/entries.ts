/**
 * Zod schemas of the collections' entries: the contract between the loader and the pages. Built as small
 * factories over the zod instance Astro hands out (astro/zod), so the schemas validate at build time.
 */
import type { z as Z } from 'zod';

type Zod = typeof Z;

/** Schemas of the three collections, given Astro's zod. */
export function entrySchemas(z: Zod) {
  const status = z.enum(['reported', 'disputed', 'denied', 'unaddressed']);
  const stance = z.enum(['agree', 'disagree', 'discuss']);
  const sentence = z.object({
    /** Anchor id (the `id` attribute on the page). */
    id: z.string(),
    /** Sentence text exactly as in the source. */
    text: z.string(),
    /** Claims this sentence is evidence for; `n` is the claim's marker number on its source page. */
    claims: z.array(z.object({ id: z.string(), text: z.string(), n: z.number() })),
  });
  /** A date as YYYY-MM-DD. */
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  /** One change in the corrections log (see corrections.ts). */
  const change = z.object({
    claim: z.string(), change: z.enum(['new', 'status', 'retired']), text: z.string(),
    from: status.optional(), to: status.optional(), editors: z.boolean().optional(),
  });
  /** A source that states a claim, with what is known of where and when it was first published. */
  const appearance = z.object({
    source: z.string(), label: z.string(), title: z.string(),
    /** The original article (http(s)), or null when the seed does not give it. */
    url: z.string().url().nullable(),
    /** Site path of the archived copy. */
    archive: z.string(),
    published: date.nullable(), outlet: z.string().nullable(), author: z.string().nullable(),
  });
  return {
    story: z.object({
      id: z.string(),
      title: z.string(),
      /** Editors' summary from content/stories/<id>.md. */
      summary: z.string().nullable(),
      /** Editors' note, rendered and sanitised. */
      noteHtml: z.string().nullable(),
      counts: z.object({ reported: z.number(), disputed: z.number(), denied: z.number(), unaddressed: z.number() }),
      sources: z.array(z.object({
        id: z.string(), title: z.string(), label: z.string(), url: z.string().nullable(),
        outlet: z.string().nullable(), published: date.nullable(),
      })),
      claims: z.array(z.object({
        id: z.string(), text: z.string(), status, editorial: z.boolean(), sources: z.number(),
        /** A key claim (the story page leads with these), posed by the editors or not. */
        key: z.boolean(), posed: z.boolean(),
        /** Coverage grid row: per story source (same order), its strongest stance on the claim and the sentence. */
        cells: z.array(z.object({ stance, href: z.string(), sentence: z.string() }).nullable()),
      })),
      /** First and latest dates in the corrections log (null before the first build records it). */
      published: date.nullable(),
      updated: date.nullable(),
      /**
       * The corrections log, oldest first; `live` says whether the claim still has a page, `movedTo` names the
       * claim a retired id was merged into.
       */
      history: z.array(z.object({ date, changes: z.array(change.extend({ live: z.boolean(), movedTo: z.string().optional() })) })),
      /**
       * Ids this story published or locked that no claim holds now, but whose sentences a claim holds (merged
       * into it, or into a claim the editors pose): their claim page sends readers on to `to`, and their card
       * shows that claim, so old links and embeds keep working.
       */
      moved: z.array(z.object({ id: z.string(), to: z.string() })),
      /** Ids retired from the corrections log whose sentences no claim holds now: their page says so. */
      retired: z.array(z.object({ id: z.string(), text: z.string(), date })),
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
      /** The claims this source's sentences bear on, numbered as their markers are. */
      claims: z.array(z.object({ n: z.number(), id: z.string(), text: z.string(), status })),
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
      /** Posed by the editors (content/claims/<id>.md with `story` and `claim`). */
      posed: z.boolean(),
      /** A key claim of its story. */
      key: z.boolean(),
      evidence: z.array(z.object({
        source: z.string(), sourceLabel: z.string(), sourceTitle: z.string(), sentenceId: z.string(), sentence: z.string(),
        stance, speaker: z.string(), speakerKind: z.enum(['named', 'source']),
        /** "article": the stance is the article model's reading of the whole source, not this sentence's words. */
        basis: z.literal('article').optional(),
        /** Site path to the sentence: /sources/<id>/#<sentence id>. */
        href: z.string(),
      })),
      /** Sources stating the claim, earliest published first: the first is its first appearance. */
      appearances: z.array(appearance),
      /** When the site first published the claim, its status last changed, and the coverage was last re-read. */
      published: date.nullable(),
      updated: date.nullable(),
      checked: date.nullable(),
      /** This claim's entries in the corrections log, oldest first. */
      history: z.array(change.omit({ claim: true, text: true }).extend({ date, entry: z.number() })),
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
