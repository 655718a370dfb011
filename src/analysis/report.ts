import type { Story } from './types.ts';

/** The analysis JSON contract other tools read (`npm run analyze`); names are fixed, see README. */
export interface AnalysisReport {
  stories: {
    id: string;
    title: string;
    sources: { id: string; file: string; title: string; outlet: string | null; url: string | null }[];
    claims: {
      id: string;
      text: string;
      status: string;
      reason: string;
      /** Present, and true, only for a claim the editors pose. */
      posed?: true;
      /** `basis: "article"` only where the stance is the article model's reading, not the sentence's own words. */
      evidence: { source: string; sentence: string; stance: string; speaker: string; basis?: 'article' }[];
    }[];
  }[];
}

/** Projects analysed stories onto the analysis JSON contract. */
export function toReport(stories: readonly Story[]): AnalysisReport {
  return {
    stories: stories.map((s) => ({
      id: s.id,
      title: s.title,
      sources: s.sources.map(({ id, file, title, outlet, url }) => ({ id, file, title, outlet, url })),
      claims: s.claims.map((c) => ({
        id: c.id, text: c.text, status: c.status, reason: c.reason, ...(c.posed ? { posed: true as const } : {}),
        evidence: c.evidence.map((e) => ({ source: e.source, sentence: e.sentence, stance: e.stance, speaker: e.speaker.name, ...(e.basis ? { basis: e.basis } : {}) })),
      })),
    })),
  };
}
