/** Turns figures as written ("$11.8 billion", "4 per cent", "87 million") into comparable numbers. */
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/** Parses the numeric value of a figure, or null when it has no digits (e.g. "Monday"). */
export function figureValue(text: string): number | null {
  // A common fraction, alone or after a whole number: "1/2" is 0.5, "6 1/2" is 6.5 ("9/11" is no fraction).
  const fraction = (a: string, b: string) => (Number(a) < Number(b) ? Number(a) / Number(b) : null);
  const m = /(\d[\d,]*(?:\.\d+)?)(?:\s+([1-9])\/(2|3|4|5|8|10|16)\b)?\s*(thousand|million|billion|trillion|bn|mn|tn|k|m|b)?\b/i.exec(text);
  if (!m) return null;
  const alone = /^([1-9])\/(2|3|4|5|8|10|16)\b/.exec(text.slice(m.index));
  let n = alone ? fraction(alone[1], alone[2]) : null;
  if (n === null) n = Number(m[1].replace(/,/g, '')) + (m[2] ? fraction(m[2], m[3]) ?? 0 : 0);
  const scale = alone ? /^\S+\s*(thousand|million|billion|trillion|bn|mn|tn|k|m|b)?\b/i.exec(text.slice(m.index))?.[1] : m[4];
  return Number.isFinite(n) ? n * (scale ? SCALE[scale.toLowerCase()] : 1) : null;
}

/** Keeps the figures that can conflict (percentages, sums, counts) with their values. */
export function readFigures(figures: readonly { value: string; type: string }[]): { type: string; value: number; text: string }[] {
  return figures
    .filter((f) => f.type === 'PERCENT' || f.type === 'MONEY' || f.type === 'CARDINAL')
    .map((f) => ({ type: f.type, value: figureValue(f.value), text: f.value }))
    .filter((f): f is { type: string; value: number; text: string } => f.value !== null);
}

/**
 * The figures of a statement with what each counts: the noun right after it, past one adjective or name ("150 women",
 * "a $7 million reward", "13 Syrian nuns"). A figure followed by no noun counts nothing that can be compared.
 */
export function countedFigures(a: { words: string[]; lemmas: string[]; pos: string[]; offsets: number[]; figures: { value: string; type: string }[] }, text: string): { type: string; value: number; text: string; counts: string; noun: string }[] {
  const out: { type: string; value: number; text: string; counts: string; noun: string }[] = [];
  let cursor = 0;
  for (const f of readFigures(a.figures)) {
    const at = text.indexOf(f.text, cursor);
    if (at < 0) continue;
    cursor = at + f.text.length;
    let k = a.offsets.findIndex((o) => o >= cursor);
    if (k < 0) continue;
    if ((a.pos[k] === 'ADJ' || a.pos[k] === 'PROPN') && a.pos[k + 1] === 'NOUN') k++;
    if (a.pos[k] === 'NOUN') out.push({ ...f, counts: a.lemmas[k], noun: a.words[k] });
  }
  return out;
}
