import type { Migration } from './types.ts';

/**
 * Where each imported review came from: the file's name, the SHA-256 of its bytes and of its
 * normalized text, so re-importing the same file (or the same text in another file) is refused.
 * Rows go with their review when it is purged from the trash.
 */
export const migration002: Migration = {
  name: '002-sources',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sources_by_file_hash ON sources(file_hash);
      CREATE INDEX sources_by_text_hash ON sources(text_hash);
      CREATE INDEX sources_by_review ON sources(review_id);
    `);
  },
};
