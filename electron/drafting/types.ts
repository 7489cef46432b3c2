// Drafting results that cross the IPC boundary (types only, no Node: the renderer's typecheck reads them).
import type { Lang, ReviewKind, ReviewMeta } from '../shared/review.ts';

export interface NewReviewResult {
  review: ReviewMeta;
  template: string;
  builtOn: ReviewMeta | null;
  carried: number;
  /** Carried items left in the previous review's language (no translation in the memory). */
  untranslated: number;
  /** Names of fields left empty (to fill) and filled from unconfirmed facts. */
  empty: string[];
  unconfirmed: string[];
}

export interface TemplateInfo {
  id: string;
  name: string;
  kind: ReviewKind;
  lang: Lang;
  file: string;
  origin: 'bundled' | 'user';
  description: string;
  fields: string[];
}

