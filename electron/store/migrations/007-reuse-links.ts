import type { Migration } from './types.ts';

/**
 * Where past sections have been reused (issue 11): one row per (draft, source review, source section),
 * with how many of the draft's top-level blocks came from it. Derived from the provenance the editor
 * stores on inserted blocks, rewritten for a draft on each of its saves (electron/reuse/links.ts), so
 * it always matches the drafts' content. The library shows "reused N times" from it.
 * IF NOT EXISTS: a development library migrated while branches numbered their migrations differently
 * (user_version is a count) may already have the table; running the step again must not fail.
 */
export const migration007: Migration = {
  name: '007-reuse-links',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS reuse_links (
        draft_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL,
        source_section TEXT NOT NULL DEFAULT '',
        blocks INTEGER NOT NULL CHECK (blocks > 0),
        PRIMARY KEY (draft_id, source_id, source_section)
      ) STRICT;
      CREATE INDEX IF NOT EXISTS reuse_links_by_source ON reuse_links(source_id, source_section);
    `);
  },
};
