// Review metadata shared by the store, the IPC contract and the renderer.
import type { DocState } from './doc.ts';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** report: the inter-sectoral review meeting report; press: press article/release; pillar: a pillar review. */
export const REVIEW_KINDS = ['report', 'press', 'pillar', 'talking-points', 'other'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_STATUSES = ['draft', 'final'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Free-form metadata detected at import or typed by the user (meeting date, chair, …). */
export interface ReviewFields {
  meetingDate?: string;
  place?: string;
  chairName?: string;
  chairTitle?: string;
  delegates?: number;
  ministries?: number;
  source?: string;
  [key: string]: string | number | boolean | null | undefined;
}

export interface ReviewMeta {
  id: string;
  title: string;
  kind: ReviewKind;
  lang: Lang;
  year: number;
  status: ReviewStatus;
  fields: ReviewFields;
  /** Id of the review this one translates (same text, other language), if any. */
  translationOf: string | null;
  createdAt: string;
  updatedAt: string;
  /** Set when the review is in the trash. */
  deletedAt: string | null;
}

export interface Review extends ReviewMeta {
  content: DocState;
}

export const VERSION_REASONS = ['create', 'autosave', 'manual', 'pre-restore', 'import', 'restore'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export interface VersionMeta {
  id: number;
  reviewId: string;
  reason: VersionReason;
  createdAt: string;
  words: number;
}

export interface Version extends VersionMeta {
  content: DocState;
}

export interface Settings {
  locale: Lang;
  lastOpenReviewId: string | null;
  window: { x?: number; y?: number; width: number; height: number; maximized: boolean } | null;
}
