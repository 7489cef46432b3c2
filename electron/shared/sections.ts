// Section keys shared by every review, every year and both languages (derived from the seed documents).
export const SECTION_KEYS = [
  'meeting',        // date, chair, attendance, purpose
  'asean-results',  // ASEAN's results in the year
  'vn-participation', // Viet Nam's participation and contributions
  'pillar-political-security',
  'pillar-economic',
  'pillar-socio-cultural',
  'connectivity',
  'policy',         // Conclusion 59-KL/TW, Regulation 142, Project 161 …
  'orientations',   // orientations and priorities for the next year
  'closing',        // closing remarks and tasks
  'other',
  // drafting (issue 10): keys the templates need
  'context',            // the regional and international context of the year
  'external-relations', // ASEAN's relations with its partners
  'assessment',         // overall assessment: strengths, shortcomings and causes, lessons
  'recommendations',    // recommendations (kiến nghị, đề xuất)
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A run of top-level blocks [blockStart, blockEnd) of a review's content under one key. */
export interface Section {
  reviewId: string;
  ordinal: number;
  key: SectionKey;
  title: string;
  blockStart: number;
  blockEnd: number;
  /** True when the user corrected the detected key; corrections survive re-detection. */
  corrected: boolean;
}
