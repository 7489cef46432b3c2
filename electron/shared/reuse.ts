// Types of the reuse panel, roll-forward and the stale-fact check (issue 11), shared by the services,
// the IPC contract, the CLI and the renderer. Types only.
import type { DocBlock, RollMarkRule } from './doc.ts';
import type { Lang, ReviewKind } from './review.ts';
import type { SectionKey } from './sections.ts';

export interface Bilingual { vi: string; en: string }

/** Where a paragraph of the library is. */
export interface ParagraphRef {
  reviewId: string;
  title: string;
  year: number;
  lang: Lang;
  kind: ReviewKind;
  section: SectionKey | null;
  blockIndex: number;
}

export interface DiffPart { kind: 'same' | 'added' | 'removed'; text: string }

export interface SimilarParagraph {
  /** 0–100, rounded down (a TM's fuzzy-match percentage). */
  score: number;
  text: string;
  /** Newest first: places this paragraph occurs (at most 20; `total` says how many in all). */
  occurrences: ParagraphRef[];
  total: number;
  /** The match against the query, word by word. */
  diff: DiffPart[];
}

export interface ConcordanceLine {
  ref: ParagraphRef;
  /** The sentence, split around the matched phrase. */
  before: string;
  match: string;
  after: string;
}

/** One past review's section with the same key, for the reuse panel (newest first). */
export interface SectionVersion {
  reviewId: string;
  title: string;
  year: number;
  lang: Lang;
  kind: ReviewKind;
  key: SectionKey;
  sectionTitle: string;
  blockStart: number;
  blockEnd: number;
  /** Plain text of each non-empty block (with its index in that review), for reading and picking. */
  paragraphs: { blockIndex: number; text: string }[];
  /** How many drafts have reused blocks of this section. */
  reusedIn: number;
}

export interface RollChangeInfo { old: string; new: string; rule: RollMarkRule }

export interface RolledInsert {
  blocks: DocBlock[];
  changes: RollChangeInfo[];
  /** Phrases that could not be brought forward (the reference does not know the new value). */
  notes: { text: string; rule: RollMarkRule }[];
}

export const FINDING_KINDS = ['year', 'chair', 'theme', 'summit', 'anniversary', 'title', 'ministry', 'expired', 'unconfirmed-fact', 'pending-mark'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface CheckFinding {
  kind: FindingKind;
  /** Top-level block, for jump-to. */
  blockIndex: number;
  /** What the text says, and (when known) what it should say. */
  found: string;
  /** Where `found` starts in the block's text (blockText), for the highlight on jump and the replacement. */
  at?: number;
  proposal?: string;
  message: Bilingual;
  /** A few words around it. */
  excerpt: string;
}

export interface ReuseCount { reviewId: string; section: string | null; drafts: { reviewId: string; title: string; year: number; blocks: number }[] }
