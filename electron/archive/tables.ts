// What a library archive carries, table by table. To put a new table in archives (templates,
// reference-data edits, …) ADD AN ENTRY at the end of ARCHIVE_TABLES under a comment naming your area;
// nothing else in electron/archive/ needs to change. Rows are copied column by column as SQLite holds
// them; on import only the columns the local table has are accepted (names are never taken from the
// archive into SQL, see read.ts), so an entry needs no code.
//
// scope 'review': rows belonging to one review (reviewColumn names it); they travel with their review
//   and follow its conflict resolution. 'replace' rows are swapped for the archive's when the archive's
//   side of a review is taken; 'merge' rows are added when missing (by key) and never removed.
// scope 'library': rows of the whole library (templates, reference data); matched by key, a row present
//   on both sides with different values is a conflict the user resolves.
export interface ArchiveTable {
  name: string;
  scope: 'review' | 'library';
  /** review scope: the column holding the review id. */
  reviewColumn?: string;
  /** Columns identifying a row (besides the review, for review scope). */
  key: string[];
  /** review scope: how the rows of a review whose archive side is taken are written. */
  onTake?: 'replace' | 'merge';
  /** Columns left out (generated locally, e.g. an INTEGER PRIMARY KEY). */
  omit?: string[];
}

export const ARCHIVE_TABLES: readonly ArchiveTable[] = [
  // core (reviews first: the other review tables refer to it)
  { name: 'reviews', scope: 'review', reviewColumn: 'id', key: [], onTake: 'replace' },
  { name: 'versions', scope: 'review', reviewColumn: 'review_id', key: ['created_at', 'reason', 'content'], onTake: 'merge', omit: ['id'] },
  { name: 'sources', scope: 'review', reviewColumn: 'review_id', key: ['file_hash', 'text_hash'], onTake: 'merge', omit: ['id'] },
  { name: 'export_settings', scope: 'review', reviewColumn: 'review_id', key: [], onTake: 'replace' },
  // sections: the detector rebuilds them from the content; the archive's rows carry the user's corrections.
  { name: 'sections', scope: 'review', reviewColumn: 'review_id', key: ['ordinal'], onTake: 'replace' },
  // drafting (issue 10): the user's corrections of the reference data
  { name: 'reference_edits', scope: 'library', key: ['kind', 'entry_key', 'field'] },
  // reuse (issue 11): where a draft's reused blocks came from (the library's reuse counts)
  { name: 'reuse_links', scope: 'review', reviewColumn: 'draft_id', key: ['source_id', 'source_section'], onTake: 'replace' },
  // tm (issue 12): the user's alignment corrections and a translation's per-sentence matches. The aligned
  // pairs themselves (tm_pairs, tm_units) are rebuilt from the linked reviews, so they are not carried.
  { name: 'tm_corrections', scope: 'review', reviewColumn: 'vi_review_id', key: ['en_review_id', 'vi_sentences', 'en_sentences'], onTake: 'merge', omit: ['id'] },
  { name: 'tm_segments', scope: 'review', reviewColumn: 'review_id', key: ['unit_index', 'sentence_index'], onTake: 'replace' },
  // inbox (issue 14): a review's contributors and deadline, the contribution files filed under it and its
  // commented returns (a version's link to the one it supersedes is checked at commit: rows come in any order)
  { name: 'inbox_rounds', scope: 'review', reviewColumn: 'review_id', key: [], onTake: 'replace' },
  { name: 'inbox_contributors', scope: 'review', reviewColumn: 'review_id', key: ['ministry'], onTake: 'replace' },
  { name: 'inbox_contributions', scope: 'review', reviewColumn: 'review_id', key: ['id'], onTake: 'replace' },
  { name: 'inbox_returns', scope: 'review', reviewColumn: 'review_id', key: ['id'], onTake: 'replace' },
];

export function archiveTable(name: string): ArchiveTable | undefined {
  return ARCHIVE_TABLES.find((t) => t.name === name);
}
