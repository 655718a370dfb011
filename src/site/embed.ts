/**
 * The copy-paste embed code, its no-script height, and the oEmbed answer for a claim card.
 *
 * The card (/embed/claims/<id>/) posts its height to the page embedding it; the optional /embed.js on that page
 * sizes the iframe from the message. Without the script the iframe keeps the height written in the code, so
 * that height must show the whole card at the narrowest width the card supports (320 px). It is estimated
 * from the card's text with deliberately wide letters, so it errs on the side of white space below the card.
 */
import { count, STATUS_WORD } from './words.ts';

/** The card reads from this width up to CARD_MAX_WIDTH; the no-script height is sized for this width. */
export const CARD_MIN_WIDTH = 320;
export const CARD_MAX_WIDTH = 600;

/**
 * The card's type sizes (px) and the estimate's assumptions. Widths per character are an upper bound for the
 * system sans-serif fonts the card uses (DejaVu Sans, the widest common fallback, averages ~0.55 em).
 */
export const CARD_METRICS = {
  padX: 14, padY: 12, border: 1, lineHeight: 1.45,
  label: 12, claim: 17, body: 15, meta: 13,
  charEm: 0.6, boldCharEm: 0.66,
  /** Space between blocks, px. */
  gap: 8,
  /** Extra lines for words that do not fill a line before wrapping. */
  wrapSlack: 1.12,
} as const;

/** The text blocks of a card, top to bottom, as the card page renders them. */
export interface CardText {
  label: string;
  claim: string;
  badge: string;
  reason: string;
  meta: string;
}

function lines(text: string, fontPx: number, em: number, width: number): number {
  const perLine = Math.max(8, Math.floor(width / (fontPx * em)));
  return Math.max(1, Math.ceil((text.length / perLine) * CARD_METRICS.wrapSlack));
}

/** Height (px) that shows the whole card at `width` px without the sizing script. */
export function cardHeight(card: CardText, width = CARD_MIN_WIDTH): number {
  const m = CARD_METRICS;
  const inner = width - 2 * (m.padX + m.border);
  const block = (text: string, px: number, bold = false) => lines(text, px, bold ? m.boldCharEm : m.charEm, inner) * px * m.lineHeight;
  const content = block(card.label, m.label) + block(card.claim, m.claim, true) + block(card.badge, m.body, true)
    + block(card.reason, m.body) + block(card.meta, m.meta);
  return Math.ceil(content + 4 * m.gap + 2 * (m.padY + m.border) + m.gap);
}

/** The card's last line: how much evidence, then the link to it. */
export function cardMeta(claim: { evidence: unknown[]; sourceCount: number }): string {
  return `${count(claim.evidence.length, 'piece', 'pieces')} of evidence from ${count(claim.sourceCount, 'source', 'sources')}`;
}

/** The card's text blocks for a claim (the card page renders exactly these). */
export function cardText(
  claim: { text: string; status: keyof typeof STATUS_WORD; reason: string; editorStatus: unknown; machineStatus?: keyof typeof STATUS_WORD; machineReason?: string },
  meta: string, label: string,
): CardText {
  // An editors' verdict shows the machine's reading under the reason: its line counts toward the card's height.
  const machine = claim.editorStatus !== null && claim.machineStatus ? ` Machine reading: ${STATUS_WORD[claim.machineStatus]}. ${claim.machineReason ?? ''}` : '';
  return { label, claim: claim.text, badge: `● ${STATUS_WORD[claim.status]}${claim.editorStatus !== null ? " · editors' verdict" : ''}`, reason: claim.reason + machine, meta: `${meta} · Read the evidence` };
}

const attr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The iframe plus the optional sizing script, as a newsroom pastes it. */
export function embedCode(opts: { src: string; script: string; title: string; height: number }): string {
  return `<iframe src="${attr(opts.src)}" title="${attr(opts.title)}" style="width:100%;max-width:${CARD_MAX_WIDTH}px;height:${opts.height}px;border:0" loading="lazy"></iframe>\n`
    + `<script async src="${attr(opts.script)}"></script>`;
}

/** The message the card posts to its parent page; embed.js checks its shape and the sender's origin. */
export const CARD_MESSAGE = 'factcheck-card-height';
/** What embed.js sends a card that loaded before it, so the card posts its height again (public/embed.js). */
export const CARD_ASK = 'factcheck-card-measure';
