/** Patterns for what surrounds an article on a web page but is not the article. Data only. */

/** A paragraph that opens a block of links to other stories; it and everything after it are dropped. */
export const RELATED_BLOCK =
  /^(?:related(?: news| stories| articles| coverage| content| reading)?|top (?:news|stories)|more (?:news|stories|from [\w .'-]+)|read (?:more|next|also)|recommended(?: for you| stories)?|trending(?: now| stories)?|you (?:may|might) also like|most (?:popular|read)|latest (?:news|stories)|see also|also read|popular (?:now|stories)|editor'?s picks)\s*[:.]?$/i;

/**
 * A paragraph that is one link to another story under a label: "MORE: Man survives fall", "SEE ALSO: Apple's iOS 8
 * Is Brimming With Bugs", "Related roundup: ...": at most LINK_WORDS words, and no full stop at the end.
 */
export const RELATED_LINK =
  /^(?:more|see also|related(?: \w+)?|read (?:more|next|also)|also read|see video|watch|photos?|video)\s*:\s*\S/i;
export const LINK_WORDS = 30;

/** A sentence that is page code, not prose: "OO.ready(function() {", "var CasaleArgs = new Object();". */
export const CODE = /\bfunction\s*\(|[{}]|\bvar\s+[\w$]+\s*=|\b[\w$]+\.[\w$]+\(\s*['"]/;

/**
 * A post embedded in the page (a tweet, an Instagram photo): its link or signature — "pic.twitter.com/...",
 * "— Jane Doe (@jane) October 4, 2014", "A photo posted by Jane (@jane) on Jan 1, 2015" — or a reply that opens
 * with a handle ("@acme My phone ..."). The article may quote what was posted; the embed itself is no claim.
 */
export const EMBEDDED_POST =
  /pic\.twitter\.com\/|\(@\w{1,30}\)\s*(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|^@\w{1,30}\s/i;

/**
 * A sentence of page furniture inside a paragraph: asking the reader to follow someone (">> Follow Jane Doe (@jane)
 * on Twitter.", "Like us on ... | Follow us on ..."), to read on ("Read more about the iPhone 6.", "Read the full report
 * from 9to5Mac.", "Read our 5 reasons to buy ...", "Read the latest ... here."), to click or watch ("Click here to watch
 * the video.", "Watch the clip below, via CNN.", "See more details and images in the Design section, below."), a
 * filing trail ("Filed in Apple >Computers") or a time stamp ("Last updated Sat 24 Jan 2015").
 */
export const FURNITURE_SENTENCE =
  /^\W*(?:follow\b.{0,60}\bon (?:twitter|instagram|tiktok|youtube)\b|like us on \w+|read (?:more|the full|the rest|our|the latest)\b|filed (?:in|under)\b|last updated\b|click (?:here|for|to)\b|(?:watch|see|listen to) (?:the|our|more)\b[^.]{0,60}\b(?:below|above|here)\b)/i;

/** A web address, which is not a word of a statement. */
export const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$/i;

/** A byline: "By Jane Doe", optionally with a date or outlet after it. */
export const BYLINE = /^(?:by|written by|posted by|reporting by)\s+[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}\b/iu;

/** A dateline paragraph that is only a date/time stamp. */
export const DATELINE =
  /^(?:(?:published|updated|posted)\s*:?\s*)?(?:\w+day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?\.?$/i;

/** An author blurb sentence: "About Jane Doe", "Jane Doe is a reporter for The Times." */
export const AUTHOR_BLURB = [
  /^about (?:the author|[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3})\s*$/iu,
  /^[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3} (?:is|was|has been) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|author|analyst at [A-Z][\p{L}]+|intern)\b[^.!?]*[.!?]?/u,
];

/** Page furniture lines. */
export const FURNITURE =
  /^(?:advertisement|advertising|share (?:this|on \w+)|click here\b.*|sign up\b.*|subscribe\b.*|follow us\b.*|image (?:source|copyright).*|photo:.*|getty images|listen to this article|poll loading\W*|see more at:.*|\(?ap\)?|copyright .*|all rights reserved\.?)$/i;
