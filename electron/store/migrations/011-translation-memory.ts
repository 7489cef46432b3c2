import type { Migration } from './types.ts';

/**
 * The translation memory (issue 12).
 * - tm_pairs: each linked VI/EN pair that has been aligned, with both reviews' updatedAt at that time;
 *   a pair whose reviews changed since (or that has no row) is aligned again before the memory is read.
 * - tm_units: the aligned sentence beads of each pair, in order (a side may be empty: a sentence with
 *   no translation); `vi_first`/`en_first` index the pair's sentence lists.
 * - tm_corrections: the user's corrections of an alignment, by sentence text (so they survive edits
 *   elsewhere in either review); the aligner keeps them as fixed beads.
 * - tm_reviews_fingerprint: a covering index for the memory's "did any review change?" query.
 * - tm_segments: the sentences of a version made by "Create the English/Vietnamese version": the
 *   source sentence, what was pre-filled, the match and its score, and whether the user accepted it.
 */
export const migration011: Migration = {
  name: '011-translation-memory',
  up(db) {
    db.exec(`
      CREATE TABLE tm_pairs (
        vi_review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        en_review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        vi_updated_at TEXT NOT NULL,
        en_updated_at TEXT NOT NULL,
        aligned_at TEXT NOT NULL,
        PRIMARY KEY (vi_review_id, en_review_id)
      ) STRICT;

      CREATE TABLE tm_units (
        id INTEGER PRIMARY KEY,
        vi_review_id TEXT NOT NULL,
        en_review_id TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        vi_first INTEGER NOT NULL,
        vi_count INTEGER NOT NULL CHECK (vi_count BETWEEN 0 AND 2),
        en_first INTEGER NOT NULL,
        en_count INTEGER NOT NULL CHECK (en_count BETWEEN 0 AND 2),
        vi_text TEXT NOT NULL,
        en_text TEXT NOT NULL,
        confidence REAL NOT NULL,
        corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
        FOREIGN KEY (vi_review_id, en_review_id) REFERENCES tm_pairs(vi_review_id, en_review_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX tm_units_by_pair ON tm_units(vi_review_id, en_review_id, ordinal);

      CREATE TABLE tm_corrections (
        id INTEGER PRIMARY KEY,
        vi_review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        en_review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        vi_sentences TEXT NOT NULL,
        en_sentences TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tm_corrections_by_pair ON tm_corrections(vi_review_id, en_review_id);

      -- The memory checks before each lookup whether any review changed (store/tm.ts reviewsFingerprint):
      -- this covering index makes that an index-only scan instead of reading every review's content.
      CREATE INDEX tm_reviews_fingerprint ON reviews(updated_at, deleted_at, translation_of);

      CREATE TABLE tm_segments (
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        unit_index INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        source_text TEXT NOT NULL,
        target_text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('exact', 'fuzzy', 'none')),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        match_source TEXT,
        match_review_id TEXT,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted')),
        PRIMARY KEY (review_id, unit_index, sentence_index)
      ) STRICT;
    `);
  },
};
