/** Turns figures as written ("$11.8 billion", "4 per cent", "87 million") into comparable numbers. */
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };

/** Parses the numeric value of a figure, or null when it has no digits (e.g. "Monday"). */
export function figureValue(text: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|k|m)?\b/i.exec(text);
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(n) ? n * (m[2] ? SCALE[m[2].toLowerCase()] : 1) : null;
}

/** Keeps the figures that can conflict (percentages, sums, counts) with their values. */
export function readFigures(figures: readonly { value: string; type: string }[]): { type: string; value: number; text: string }[] {
  return figures
    .filter((f) => f.type === 'PERCENT' || f.type === 'MONEY' || f.type === 'CARDINAL')
    .map((f) => ({ type: f.type, value: figureValue(f.value), text: f.value }))
    .filter((f): f is { type: string; value: number; text: string } => f.value !== null);
}
