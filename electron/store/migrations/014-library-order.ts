import type { Migration } from './types.ts';

// library (issue 15): the library list is read a page at a time (LIMIT/OFFSET in list order) and its
// year groups are counted, at 10,000 reviews on every visit. A partial index over the live reviews in
// exactly the list's order (id breaks ties, so pages never overlap or skip) serves both without a sort.
// Each page also carries its rows' translations: an index on translation_of finds the versions that
// point to a row without reading every review.
export const migration014: Migration = {
  name: '014-library-order',
  up(db) {
    db.exec(`
      CREATE INDEX IF NOT EXISTS reviews_live_order ON reviews(year DESC, updated_at DESC, id)
        WHERE deleted_at IS NULL;
      CREATE INDEX IF NOT EXISTS reviews_by_translation_of ON reviews(translation_of);
    `);
  },
};
