import type { Migration } from './types.ts';

// inbox (issue 15's review of the contributions board): the board kept its own meeting date, next to the
// review's (Properties, the document's chip), so the request letter and the report could name two days.
// The meeting date is now the review's alone: a board's date moves into a review that has none, and the
// round's column is emptied (SQLite keeps the column; nothing reads it).
export const migration016: Migration = {
  name: '016-inbox-meeting-date',
  up(db) {
    db.exec(`
      UPDATE reviews SET fields = json_set(fields, '$.meetingDate', (SELECT meeting_date FROM inbox_rounds r WHERE r.review_id = reviews.id))
       WHERE id IN (SELECT review_id FROM inbox_rounds WHERE meeting_date IS NOT NULL)
         AND coalesce(json_extract(fields, '$.meetingDate'), '') = '';
      UPDATE inbox_rounds SET meeting_date = NULL WHERE meeting_date IS NOT NULL;
    `);
  },
};
