import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrations } from './index.ts';
import { databaseBefore, insertReviewRow } from './testing.ts';

test("016 moves a board's meeting date into a review that has none, and keeps a review's own", (t) => {
  assert.equal(migrations.at(-1)?.name, '016-inbox-meeting-date');
  const { db, up } = databaseBefore(t, '016-inbox-meeting-date');
  for (const id of ['none', 'own', 'no-date', 'no-round']) insertReviewRow(db, { id });
  db.prepare(`UPDATE reviews SET fields = '{"meetingDate":"2026-12-09","place":"Hà Nội"}' WHERE id = 'own'`).run();
  db.prepare(`UPDATE reviews SET fields = '{"place":"Hà Nội"}' WHERE id = 'none'`).run();
  const round = db.prepare("INSERT INTO inbox_rounds (review_id, meeting_date, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  round.run('none', '2026-12-10');
  round.run('own', '2026-12-11');
  round.run('no-date', null);
  up();
  up(); // safe to run again

  const fields = (id: string) => JSON.parse((db.prepare('SELECT fields FROM reviews WHERE id = ?').get(id) as { fields: string }).fields) as Record<string, unknown>;
  assert.deepEqual(fields('none'), { place: 'Hà Nội', meetingDate: '2026-12-10' });
  assert.deepEqual(fields('own'), { meetingDate: '2026-12-09', place: 'Hà Nội' }, "the review's own date wins");
  assert.deepEqual(fields('no-date'), {});
  assert.deepEqual(fields('no-round'), {});
  const left = db.prepare('SELECT count(*) AS n FROM inbox_rounds WHERE meeting_date IS NOT NULL').get() as { n: number };
  assert.equal(left.n, 0);
  db.close();
});
