// Types of the ministries' contributions (issue 14): contributors, contribution files, the board, the
// merge panel and commented returns. Shared by the services, the IPC contract, the CLI and the renderer.
import type { DocBlock } from './doc.ts';
import type { Lang } from './review.ts';
import type { SectionKey } from './sections.ts';

/** How the sending ministry was told: the file's agency header, its number's symbol, its name, its text, or the user. */
export const DETECTED_BY = ['header', 'number', 'name', 'text', 'user'] as const;
export type DetectedBy = (typeof DETECTED_BY)[number];

export const CONTRIBUTOR_STATES = ['not-asked', 'asked', 'late', 'received', 'merged'] as const;
export type ContributorState = (typeof CONTRIBUTOR_STATES)[number];

export interface MinistryName { key: string; nameVi: string; nameEn: string }

/** What detection found in a file: the current ministry, and the former name when the file used one. */
export interface MinistryDetection {
  ministry: MinistryName | null;
  by: DetectedBy | null;
  /** The words of the file that gave it away ("BỘ CÔNG THƯƠNG", "BCT", …). */
  evidence: string;
  /** A pre-2025 name the file used (e.g. Bộ Kế hoạch và Đầu tư → Bộ Tài chính). */
  former: MinistryName | null;
  /** Other current ministries that took over part of a former one's work (the user picks). */
  alternatives: MinistryName[];
}

export interface ContributionMeta {
  id: string;
  reviewId: string;
  ministry: MinistryName;
  detectedBy: DetectedBy;
  fileName: string;
  docNumber: string;
  /** The date written on the file (YYYY-MM-DD), when it has one. */
  docDate: string | null;
  receivedAt: string;
  version: number;
  supersedes: string | null;
  /** Set when a later version from the same ministry replaced this one. */
  supersededBy: string | null;
  lang: Lang;
  words: number;
  blocks: number;
  sections: { key: SectionKey; title: string; blockStart: number; blockEnd: number }[];
}

export interface ContributorRow {
  ministry: MinistryName;
  state: ContributorState;
  askedAt: string | null;
  remindedAt: string | null;
  /** The newest version received, if any. */
  latest: ContributionMeta | null;
  versions: number;
  /** Received after the deadline. */
  receivedLate: boolean;
  /** Blocks of the newest version used in the draft, of how many. */
  usedBlocks: number;
  totalBlocks: number;
}

export interface Board {
  reviewId: string;
  deadline: string | null;
  letterNumber: string;
  circulatedAt: string | null;
  /** Today (YYYY-MM-DD) as the board saw it: late means asked, nothing received, deadline before today. */
  today: string;
  rows: ContributorRow[];
  /** Contributors still owing their input. */
  missing: MinistryName[];
  counts: Record<ContributorState, number>;
  /** Contributions not yet used anywhere in the draft. */
  unused: ContributionMeta[];
  returns: ReturnInfo[];
}

export type AddOutcome =
  | { file: string; status: 'filed'; contribution: ContributionMeta; detection: MinistryDetection; superseded: ContributionMeta | null }
  | { file: string; status: 'needs-ministry'; detection: MinistryDetection }
  | { file: string; status: 'duplicate'; existing: ContributionMeta }
  | { file: string; status: 'error'; code: string; message: { vi: string; en: string; detail?: string } };

/** Detection before filing: what the app thinks, for the user to confirm. */
export type InspectOutcome =
  | { file: string; status: 'ok'; detection: MinistryDetection; title: string; docNumber: string; docDate: string | null; duplicateOf: ContributionMeta | null }
  | { file: string; status: 'error'; code: string; message: { vi: string; en: string; detail?: string } };

/** One paragraph-level difference between two versions of a contribution. */
export interface VersionChange { kind: 'added' | 'removed' | 'changed'; before: string; after: string }

export interface VersionDiff {
  from: ContributionMeta;
  to: ContributionMeta;
  changes: VersionChange[];
  unchanged: number;
}

/** The merge panel: what each ministry sent for one section of the draft. */
export interface SectionContribution {
  contribution: ContributionMeta;
  sectionTitle: string;
  blockStart: number;
  blockEnd: number;
  /** used: already inserted in the draft; similarInDraft: the best match (%) among the draft section's paragraphs, when ≥ 70. */
  paragraphs: { blockIndex: number; text: string; used: boolean; similarInDraft?: number }[];
}

export interface ContributionInsert { blocks: DocBlock[] }

/** A Word comment or tracked change from a returned file that could not be placed on the draft. */
export interface UnanchoredItem {
  kind: 'comment' | 'insertion' | 'deletion';
  author: string;
  text: string;
  /** The words it was attached to in the returned file. */
  context: string;
}

export interface ReturnInfo {
  id: string;
  ministry: MinistryName | null;
  fileName: string;
  importedAt: string;
  comments: number;
  changes: number;
  unanchored: UnanchoredItem[];
}

export type ReturnOutcome =
  | { file: string; status: 'imported'; returnId: string; ministry: MinistryName | null; comments: number; changes: number; unanchored: UnanchoredItem[] }
  | { file: string; status: 'duplicate'; returnId: string }
  | { file: string; status: 'error'; code: string; message: { vi: string; en: string; detail?: string } };
