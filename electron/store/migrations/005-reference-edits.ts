import type { Migration } from './types.ts';

/**
 * The user's corrections and additions to the reference data (data/reference/*.yaml): one row per
 * (kind, entry key, field), the value as JSON. Kept in the library, not in the bundled files, so an
 * upgrade that replaces data/ keeps them; laid over the bundled entries when the reference is loaded.
 */
export const migration005: Migration = {
  name: '005-reference-edits',
  up(db) {
    db.exec(`
      CREATE TABLE reference_edits (
        kind TEXT NOT NULL,
        entry_key TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, entry_key, field)
      ) STRICT;
    `);
  },
};
