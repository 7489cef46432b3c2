import type { Migration } from './types.ts';

/**
 * drafting (issue 10): section keys grew (context, external-relations, assessment, recommendations). A key
 * stored in `sections` must be one the app knows; this migration records that rule for the new keys in a
 * table the sections panel and search filters can read (`section_keys`: key, first app version that knew
 * it), and marks every review for re-detection (library_index cleared), so reviews already in the library
 * get the new keys at the next start. The user's corrections are kept: re-detection maps them forward.
 */
export const SECTION_KEYS_006 = [
  'meeting', 'asean-results', 'vn-participation', 'pillar-political-security', 'pillar-economic', 'pillar-socio-cultural',
  'connectivity', 'policy', 'orientations', 'closing', 'other', 'context', 'external-relations', 'assessment', 'recommendations',
] as const;

export const migration006: Migration = {
  name: '006-drafting-section-keys',
  up(db) {
    db.exec(`
      CREATE TABLE section_keys (
        key TEXT PRIMARY KEY,
        added_in TEXT NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO section_keys (key, added_in) VALUES (?, ?)');
    for (const key of SECTION_KEYS_006) insert.run(key, ['context', 'external-relations', 'assessment', 'recommendations'].includes(key) ? '006' : '004');
    db.exec('DELETE FROM library_index');
  },
};
