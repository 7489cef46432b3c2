import type { Migration } from './types.ts';

// library (issue 15, lib2): the trash is read a page at a time (LIMIT/OFFSET, most recently trashed first)
// and counted each time it is shown. A partial index over the trashed reviews in that order (id breaks
// ties) serves both without sorting or scanning the live reviews.
export const migration015: Migration = {
  name: '015-trash-order',
  up(db) {
    db.exec('CREATE INDEX IF NOT EXISTS reviews_trash_order ON reviews(deleted_at DESC, id) WHERE deleted_at IS NOT NULL;');
  },
};
