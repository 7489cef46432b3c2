// Translation memory types shared by the main side (electron/tm), the IPC contract and the renderer.
import type { Lang, ReviewMeta } from './review.ts';

export type DiffOp = { op: 'same' | 'added' | 'removed'; text: string };

export interface TmMatch {
  /** The memory's sentence in the language looked up. */
  source: string;
  /** Its translation. */
  target: string;
  /** The translation with numbers brought over from the sentence looked up ("2023" → "2024"), when that is all that differs. */
  adapted: string | null;
  score: number;
  /** From the memory's source to the sentence looked up (removed = only in the memory). */
  diff: DiffOp[];
  from: Lang;
  viReviewId: string;
  enReviewId: string;
  year: number;
  /** How many times the memory holds this same pair. */
  occurrences: number;
}

export interface GlossaryTermView { key: string; vi: string; en: string[] }

export type SegmentKind = 'exact' | 'fuzzy' | 'none';
export type SegmentStatus = 'pending' | 'accepted';

export interface SegmentRow {
  reviewId: string;
  unitIndex: number;
  sentenceIndex: number;
  sourceText: string;
  targetText: string;
  kind: SegmentKind;
  score: number;
  matchSource: string | null;
  matchReviewId: string | null;
  status: SegmentStatus;
}

export interface SegmentView extends SegmentRow {
  /** From the memory's source sentence to this one (empty for exact matches and untranslated ones). */
  diff: DiffOp[];
}

export interface AlignedUnit {
  ordinal: number;
  viFirst: number;
  viCount: number;
  enFirst: number;
  enCount: number;
  viText: string;
  enText: string;
  confidence: number;
  corrected: boolean;
}

export interface Alignment {
  vi: Pick<ReviewMeta, 'id' | 'title' | 'year'>;
  en: Pick<ReviewMeta, 'id' | 'title' | 'year'>;
  viSentences: string[];
  enSentences: string[];
  units: AlignedUnit[];
  corrections: number;
}

export interface PairInfo { vi: ReviewMeta; en: ReviewMeta }

export interface TranslationSummary { total: number; exact: number; fuzzy: number; none: number }

export type GlossaryFindingKind = 'glossary-term' | 'glossary-inconsistent';

export interface GlossaryFinding {
  kind: GlossaryFindingKind;
  termKey: string;
  /** The term in the source language and what the glossary expects in the draft's language. */
  term: string;
  expected: string[];
  /** For an inconsistency: the rendering used here (the draft's main one is `expected`). */
  found?: string;
  unitIndex: number;
  sentenceIndex: number;
  sentence: string;
  message: { vi: string; en: string };
}
