import type { Migration } from './types.ts';

/** The export dialog's values, remembered per review (the last export's values seed new reviews). */
export const migration003: Migration = {
  name: '003-export-settings',
  up(db) {
    db.exec(`
      CREATE TABLE export_settings (
        review_id TEXT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
        settings TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
