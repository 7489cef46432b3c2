import type { Migration } from './types.ts';

/**
 * Sections of each review and the full-text index over its top-level blocks.
 * - sections: the keyed block ranges; `corrected` marks a key the user set by hand.
 * - search_blocks: one row per non-empty top-level block, with the ORIGINAL text (for snippets) and its
 *   section key (for the section filter).
 * - search_fts: contentless FTS5 over the FOLDED text (library/fold.ts), rowid = search_blocks.id.
 *   Folding needs JavaScript, so rows are written by library/search/index-review.ts, not by triggers;
 *   the one trigger removes index entries when a block row goes (including by cascade from reviews).
 * - search_vocab: fts5vocab over search_fts (documents per term), read by the search planner.
 * - library_index: which reviews are indexed, and by which detector version. Reviews missing here (a
 *   library from before this migration, or a new detector) are indexed by attachLibraryIndex at start,
 *   not here: the migration stays a pure schema step.
 */
export const migration004: Migration = {
  name: '004-sections-search',
  up(db) {
    db.exec(`
      CREATE TABLE sections (
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        block_start INTEGER NOT NULL,
        block_end INTEGER NOT NULL,
        corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
        PRIMARY KEY (review_id, ordinal)
      ) STRICT;
      CREATE INDEX sections_by_key ON sections(key, review_id);

      CREATE TABLE search_blocks (
        id INTEGER PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        block_index INTEGER NOT NULL,
        section TEXT,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX search_blocks_by_review ON search_blocks(review_id, block_index);

      CREATE VIRTUAL TABLE search_fts USING fts5(
        folded, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
      -- Document frequency of each folded term: lets search decide whether ranking every match is affordable.
      CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
      CREATE TRIGGER search_blocks_unindex AFTER DELETE ON search_blocks BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
      END;

      CREATE TABLE library_index (
        review_id TEXT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
        detector INTEGER NOT NULL,
        indexed_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
