/**
 * The engine's data model. Everything here is plain serialisable data: the Astro loader stores it as is,
 * and `npm run analyze` prints a projection of it.
 */

/** A seed file as read from disk, before any checks. */
export interface SeedFile {
  /** File name inside the story folder, e.g. `003_reuters.md`; used in every error message. */
  name: string;
  /** Raw bytes; the engine checks they are UTF-8 text. */
  bytes: Uint8Array;
}

/** Something wrong with one seed file that stops the build, phrased so an editor can fix it. */
export interface SeedProblem {
  /** Path of the file as the editor knows it (story folder / file name). */
  file: string;
  /** What is wrong, and what to do about it. */
  message: string;
}

/** What a seed says about its article (front matter, or the first line of a .txt). */
export interface ArticleMeta {
  /** File name inside the story folder. */
  file: string;
  /** The headline: front matter `title`, else the first line or heading. */
  title: string;
  /** Publishing outlet from front matter, if given. */
  outlet: string | null;
  /** Original article URL from front matter; always http(s) when present. */
  url: string | null;
  /** Publication date as written in front matter. */
  published: string | null;
  /** Byline from front matter. */
  author: string | null;
}

/** A seed once parsed, before boilerplate is stripped. */
export interface ParsedSeed extends ArticleMeta {
  /** Body paragraphs in order, plain text. */
  paragraphs: string[];
}

/** One sentence of an archived source. */
export interface Sentence {
  /** Anchor id, stable while the sentence's text is unchanged (derived from its words, not its position). */
  id: string;
  /** The sentence exactly as it stands in the source text. */
  text: string;
  /** Character offset of the first character in `Source.text`. */
  start: number;
  /** Character offset just past the last character in `Source.text`. */
  end: number;
  /** Index of the paragraph in `Source.paragraphs`; 0 is the headline. */
  paragraph: number;
}

/** An archived article: cleaned text, split into anchored sentences. */
export interface Source extends ArticleMeta {
  /** Site-wide id, `<story>--<file slug>`: stable while the file keeps its name (see source-ids.ts). */
  id: string;
  /** Headline then body paragraphs, boilerplate removed. */
  paragraphs: string[];
  /** `paragraphs` joined by blank lines; sentence offsets point into this. */
  text: string;
  sentences: Sentence[];
}

/** How a piece of evidence stands toward its claim (FNC-1's related labels). */
export type Stance = 'agree' | 'disagree' | 'discuss';

/**
 * The verdict on a claim. `unaddressed` only for a claim the editors pose that no source speaks to.
 */
export type Status = 'reported' | 'disputed' | 'denied' | 'unaddressed';

/** Who asserts a sentence. */
export interface Speaker {
  /** Display name: a person, organisation, outlet, or the source itself. */
  name: string;
  /** `named`: the sentence names who says it; `source`: the article says it in its own voice. */
  kind: 'named' | 'source';
}

/** One sentence that bears on a claim. */
export interface Evidence {
  /** Source id. */
  source: string;
  /** Sentence anchor id within the source. */
  sentenceId: string;
  /** The sentence exactly as it stands in the source. */
  sentence: string;
  stance: Stance;
  /** Who asserts it. */
  speaker: Speaker;
  /**
   * "article" when the stance is the article model's reading of the whole source and the sentence, the one
   * nearest that stance, does not say so in its own words (a source read as contradicting the claim whose
   * sentences say no such thing); absent when the sentence itself states, reports or contradicts the claim.
   */
  basis?: 'article';
}

/** A claim the editors pose for a story (content/claims/<id>.md with `story` and `claim`). */
export interface PosedClaim {
  /** The claim's id: the note's file stem. */
  id: string;
  /** The claim as the editors word it. */
  text: string;
}

/** A check-worthy statement made by the coverage (or posed by the editors), with its evidence and verdict. */
export interface Claim {
  /** Stable id: kept across rebuilds while any of its sentences survive (see assign-ids.ts). */
  id: string;
  /** The claim in one sentence, attribution removed. */
  text: string;
  status: Status;
  /** One sentence saying why: who said what, where. */
  reason: string;
  evidence: Evidence[];
  /** Keys of the sentences that state the claim; what stable ids are matched on. */
  keys: string[];
  /** True for a claim the editors pose. */
  posed: boolean;
  /** How much the claim matters to the story, 0 to 1 (see rank-claims.ts). */
  prominence: number;
  /** True for the claims the story page leads with. */
  key: boolean;
}

/** A story: its sources and the claims its coverage makes. */
export interface Story {
  id: string;
  title: string;
  sources: Source[];
  claims: Claim[];
  /**
   * Earlier claim ids whose claims were merged into another claim (a restatement of a posed claim, or two
   * claims found to be one), to the id that now holds their sentences: their URLs redirect there.
   */
  redirects: Record<string, string>;
}

/** Something the engine dropped or decided, and why: shown by `analyze --explain`, never in the contract. */
export interface Message {
  /** The stage that decided. */
  stage: string;
  /** Source id, when it concerns one source. */
  source?: string;
  /** The text concerned (a paragraph, a sentence, a claim). */
  text: string;
  /** What happened and why. */
  why: string;
}

/** Claim ids from an earlier run: id to the sentence keys it was made of. */
export type ClaimIdLock = Record<string, string[]>;
