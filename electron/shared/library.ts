// Import jobs and search results, shared by the library services, the contract and the renderer.
import type { Lang, ReviewKind } from './review.ts';
import type { SectionKey } from './sections.ts';
import type { UserMessage } from './errors.ts';

export type ImportOutcome =
  | { file: string; status: 'imported'; reviewId: string; title: string; notes: UserMessage[] }
  | { file: string; status: 'duplicate'; existingId: string; title: string; /** The existing review is in the trash. */ inTrash: boolean }
  | { file: string; status: 'error'; code: string; message: UserMessage }
  /** Left out of a folder import (unsupported kind, hidden, Word lock file), with the reason. */
  | { file: string; status: 'skipped'; reason: UserMessage };

export interface ImportJobStatus {
  jobId: string;
  total: number;
  done: number;
  current: string | null;
  state: 'running' | 'finished' | 'cancelled';
  results: ImportOutcome[];
}

export interface SearchQuery {
  q: string;
  yearFrom?: number;
  yearTo?: number;
  lang?: Lang;
  kind?: ReviewKind;
  section?: SectionKey;
  limit?: number;
}

/** A snippet as plain-text pieces; `hit` pieces are the matched words (the renderer marks them). */
export interface SnippetPart { text: string; hit: boolean }

export interface SearchHit {
  reviewId: string;
  title: string;
  year: number;
  lang: Lang;
  kind: ReviewKind;
  section: SectionKey | null;
  /** Index of the top-level block in the review's content, for scroll-to-paragraph. */
  blockIndex: number;
  snippet: SnippetPart[];
  rank: number;
}
