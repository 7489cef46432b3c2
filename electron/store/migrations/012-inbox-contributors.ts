import type { Migration } from './types.ts';

/**
 * The ministries' contributions (issue 14), part 1: who is asked to contribute to a review, by when.
 * - inbox_rounds: one row per review that has a contributors list: the deadline (YYYY-MM-DD), the
 *   meeting date, the request letter's number and when the draft went out for comments.
 * - inbox_contributors: the expected contributors, in the user's order. `ministry` is a current
 *   ministry's reference key (data/reference/ministries.yaml) or "x-…" for an agency the user added
 *   by name. asked_at / reminded_at: when the request / the last reminder letter went out.
 * Rows go with their review when it is purged from the trash.
 */
export const migration012: Migration = {
  name: '012-inbox-contributors',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS inbox_rounds (
        review_id TEXT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
        deadline TEXT,
        meeting_date TEXT,
        letter_number TEXT NOT NULL DEFAULT '',
        circulated_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS inbox_contributors (
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        ministry TEXT NOT NULL,
        name_vi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        asked_at TEXT,
        reminded_at TEXT,
        PRIMARY KEY (review_id, ministry)
      ) STRICT;
    `);
  },
};
