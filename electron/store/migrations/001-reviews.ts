import type { Migration } from './types.ts';

export const migration001: Migration = {
  name: '001-reviews',
  up(db) {
    db.exec(`
      CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
        year INTEGER NOT NULL,
        status TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '{}',
        content TEXT NOT NULL,
        translation_of TEXT REFERENCES reviews(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX reviews_by_year ON reviews(year DESC, updated_at DESC);

      CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        content TEXT NOT NULL,
        words INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX versions_by_review ON versions(review_id, id DESC);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
