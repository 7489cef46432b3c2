import type { Migration } from './types.ts';

/**
 * The ministries' contributions (issue 14), part 2: what came back.
 * - inbox_contributions: a contribution file filed under a review: the sending ministry (a current
 *   reference key, or "x-…"), how it was told (header | number | name | text | user), the file's own
 *   number and date, the parsed document (an editor state, JSON) and its detected sections. A second
 *   file from the same ministry is version 2 and `supersedes` the first (kept, for "what changed").
 *   The same bytes twice under one review are refused (UNIQUE file_hash). The supersedes link is
 *   checked at commit (DEFERRABLE): a library archive brings a review's versions in any order.
 * - inbox_returns: a circulated draft that came back with comments and tracked changes: which
 *   ministry, how many of each were placed on the draft, and those that could not be anchored (JSON),
 *   so they are listed, never dropped.
 */
export const migration013: Migration = {
  name: '013-inbox-contributions',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS inbox_contributions (
        id TEXT PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        ministry TEXT NOT NULL,
        detected_by TEXT NOT NULL CHECK (detected_by IN ('header', 'number', 'name', 'text', 'user')),
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        doc_number TEXT NOT NULL DEFAULT '',
        doc_date TEXT,
        received_at TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        supersedes TEXT REFERENCES inbox_contributions(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        lang TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
        content TEXT NOT NULL,
        sections TEXT NOT NULL DEFAULT '[]',
        words INTEGER NOT NULL,
        blocks INTEGER NOT NULL,
        UNIQUE (review_id, file_hash),
        UNIQUE (review_id, ministry, version)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS inbox_contributions_by_review ON inbox_contributions(review_id, ministry, version DESC);
      CREATE TABLE IF NOT EXISTS inbox_returns (
        id TEXT PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        ministry TEXT,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        comments INTEGER NOT NULL DEFAULT 0,
        changes INTEGER NOT NULL DEFAULT 0,
        unanchored TEXT NOT NULL DEFAULT '[]',
        UNIQUE (review_id, file_hash)
      ) STRICT;
    `);
  },
};
