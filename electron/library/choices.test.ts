import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { tempServices } from '../test/temp.ts';
import { withTransaction } from '../store/db.ts';
import { reviewChoices, trashIdsUpTo, trashPage } from './choices.ts';
import { createHandlers } from '../ipc/handlers/index.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { doc, paragraph } from '../shared/doc-build.ts';

function seed(t: Parameters<typeof tempServices>[0], count: number) {
  const services = tempServices(t);
  const ids: string[] = [];
  withTransaction(services.db, () => {
    for (let i = 0; i < count; i++) {
      ids.push(services.reviews.create({ title: `Review ${i}`, year: 2000 + (i % 5), lang: i % 2 ? 'en' : 'vi', kind: i % 3 ? 'report' : 'press', content: doc([paragraph(`p ${i}`)]) }).id);
    }
  });
  return { services, ids };
}

test('the trash a page at a time: most recently trashed first, no gaps or overlaps, live reviews left out', async (t) => {
  const { services, ids } = seed(t, 140);
  for (const [n, id] of ids.slice(0, 120).entries()) {
    services.reviews.trash(id);
    if (n % 40 === 39) await sleep(3); // a few distinct trash times, and ties inside each
  }
  const seen: string[] = [];
  for (let offset = 0; offset < 150; offset += 50) {
    const page = trashPage(services.db, offset, 50);
    assert.equal(page.total, 120);
    assert.equal(page.offset, offset);
    assert.ok(page.rows.every((r) => r.deletedAt !== null));
    seen.push(...page.rows.map((r) => r.id));
  }
  assert.equal(seen.length, 120);
  assert.deepEqual(new Set(seen), new Set(ids.slice(0, 120)));
  const all = trashPage(services.db, 0, 1000).rows;
  assert.deepEqual(all.map((r) => r.id), seen, 'pages follow one order');
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [all[i - 1]!, all[i]!];
    assert.ok(a.deletedAt! > b.deletedAt! || (a.deletedAt === b.deletedAt && a.id < b.id), `order at ${i}`);
  }
  assert.equal(all[0]!.id !== undefined && ids.slice(80, 120).includes(all[0]!.id), true, 'the last trashed come first');
});

test('emptying the trash deletes what the user saw, not a review trashed after', async (t) => {
  const { services, ids } = seed(t, 6);
  for (const id of ids.slice(0, 3)) services.reviews.trash(id);
  const seen = trashPage(services.db, 0, 100);
  await sleep(3);
  services.reviews.trash(ids[3]!);
  const handlers = createHandlers(services);
  const emptied = await dispatch(handlers, 'library:emptyTrash', { upTo: seen.rows[0]!.deletedAt }) as { ok: boolean; value: { deleted: number } };
  assert.ok(emptied.ok);
  assert.equal(emptied.value.deleted, 3);
  assert.deepEqual(trashPage(services.db, 0, 100).rows.map((r) => r.id), [ids[3]], 'the later one stays in the trash');
  assert.deepEqual(trashIdsUpTo(services.db, seen.rows[0]!.deletedAt!), []);
  assert.equal(services.reviews.list(false).length, 2, 'live reviews untouched');
  const refused = await dispatch(handlers, 'library:emptyTrash', { upTo: 'yesterday' }) as { ok: boolean };
  assert.equal(refused.ok, false);
});

test('review choices: filters, the newest year first and titles in Vietnamese order, a limit with the total', (t) => {
  const { services } = seed(t, 0);
  const make = (title: string, year: number, lang: 'vi' | 'en' = 'vi', kind: 'report' | 'press' = 'report') =>
    services.reviews.create({ title, year, lang, kind, content: doc([paragraph('x')]) });
  make('Đề án hợp tác', 2024);
  make('Báo cáo tổng kết', 2024);
  make('Dự thảo', 2024);
  make('Annual report', 2024, 'en');
  make('Thông cáo báo chí', 2025, 'vi', 'press');
  const gone = make('Báo cáo cũ', 2023);
  services.reviews.trash(gone.id);

  const all = reviewChoices(services.db, { limit: 100 });
  assert.equal(all.total, 5, 'trashed reviews are not offered');
  assert.deepEqual(all.rows.map((r) => r.title), ['Thông cáo báo chí', 'Annual report', 'Báo cáo tổng kết', 'Dự thảo', 'Đề án hợp tác'],
    'year 2025 first; in 2024 D before Đ (Vietnamese collation)');
  assert.deepEqual(Object.keys(all.rows[0]!).sort(), ['id', 'kind', 'lang', 'title', 'year'], 'picker columns only');

  const limited = reviewChoices(services.db, { limit: 2 });
  assert.equal(limited.total, 5);
  assert.deepEqual(limited.rows.map((r) => r.title), ['Thông cáo báo chí', 'Annual report']);

  assert.deepEqual(reviewChoices(services.db, { lang: 'en', limit: 10 }).rows.map((r) => r.title), ['Annual report']);
  assert.deepEqual(reviewChoices(services.db, { kind: 'press', limit: 10 }).rows.map((r) => r.title), ['Thông cáo báo chí']);
  // Words in any order, case and Vietnamese marks ignored, the year included.
  assert.deepEqual(reviewChoices(services.db, { query: 'bao cao', limit: 10 }).rows.map((r) => r.title), ['Thông cáo báo chí', 'Báo cáo tổng kết']);
  assert.deepEqual(reviewChoices(services.db, { query: 'TỔNG  báo', limit: 10 }).rows.map((r) => r.title), ['Báo cáo tổng kết']);
  assert.deepEqual(reviewChoices(services.db, { query: 'de an', limit: 10 }).rows.map((r) => r.title), ['Đề án hợp tác']);
  assert.deepEqual(reviewChoices(services.db, { query: '2025', limit: 10 }).rows.map((r) => r.year), [2025]);
  assert.equal(reviewChoices(services.db, { query: 'không có', limit: 10 }).total, 0);
  assert.deepEqual(reviewChoices(services.db, { query: 'ĐỀ ÁN', limit: 10 }).rows.map((r) => r.title), ['Đề án hợp tác']);
});

test('review choices for linking: not the review itself nor its translations (either direction)', (t) => {
  const { services } = seed(t, 0);
  const vi = services.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi', content: doc([paragraph('a')]) });
  const en = services.reviews.create({ title: 'Report', year: 2025, lang: 'en', translationOf: vi.id, content: doc([paragraph('a')]) });
  const other = services.reviews.create({ title: 'Other report', year: 2024, lang: 'en', content: doc([paragraph('a')]) });
  assert.deepEqual(reviewChoices(services.db, { lang: 'en', notLinkedTo: vi.id, limit: 10 }).rows.map((r) => r.id), [other.id]);
  assert.deepEqual(reviewChoices(services.db, { lang: 'vi', notLinkedTo: en.id, limit: 10 }).rows.map((r) => r.id), []);
  services.tm.unlink(en.id);
  assert.deepEqual(reviewChoices(services.db, { lang: 'en', notLinkedTo: vi.id, limit: 10 }).rows.map((r) => r.id), [en.id, other.id]);
});

test('the edge refuses bad trash and choice requests', async (t) => {
  const { services } = seed(t, 3);
  const handlers = createHandlers(services);
  const ok = await dispatch(handlers, 'library:choices', { limit: 2 }) as { ok: boolean; value: { rows: unknown[]; total: number } };
  assert.ok(ok.ok);
  assert.equal(ok.value.rows.length, 2);
  assert.equal(ok.value.total, 3);
  for (const [channel, bad] of [
    ['library:choices', { limit: 0 }], ['library:choices', { limit: 501 }], ['library:choices', { limit: 5, lang: 'fr' }],
    ['library:choices', { limit: 5, query: 'x'.repeat(201) }], ['library:trashPage', { offset: -1, limit: 5 }], ['library:trashPage', { offset: 0, limit: 1001 }],
  ] as const) {
    const refused = await dispatch(handlers, channel, bad) as { ok: boolean };
    assert.equal(refused.ok, false, `${channel} ${JSON.stringify(bad)}`);
  }
});

test('New review\'s default "build on" reads last year\'s reviews in the language only (the list-order index), same choice as before', (t) => {
  const { services } = seed(t, 0);
  const make = (title: string, year: number, lang: 'vi' | 'en', kind: 'report' | 'press') => services.reviews.create({ title, year, lang, kind, content: doc([paragraph('x')]) });
  const finalReport = make('Báo cáo 2024 (hoàn thành)', 2024, 'vi', 'report');
  services.reviews.update(finalReport.id, { status: 'final' });
  make('Báo cáo 2024 (dự thảo, sửa sau)', 2024, 'vi', 'report');
  make('Report 2024', 2024, 'en', 'report');
  const press = make('Thông cáo 2023', 2023, 'vi', 'press');
  const gone = make('Báo cáo 2023 (đã xoá)', 2023, 'vi', 'report');
  services.reviews.trash(gone.id);
  assert.equal(services.drafting.defaultBuildOn(2025, 'vi', 'report')?.id, finalReport.id, 'a final review before a newer draft');
  assert.equal(services.drafting.defaultBuildOn(2025, 'en', 'report')?.title, 'Report 2024');
  assert.equal(services.drafting.defaultBuildOn(2024, 'vi', 'report')?.id, press.id, 'last year\'s press article serves a report; a trashed report does not');
  assert.equal(services.drafting.defaultBuildOn(2030, 'vi', 'report'), null);
  const plan = (services.db.prepare('EXPLAIN QUERY PLAN SELECT id FROM reviews WHERE deleted_at IS NULL AND year = ? AND lang = ? ORDER BY updated_at DESC, id')
    .all(2024, 'vi') as { detail: string }[]).map((row) => row.detail).join('\n');
  assert.doesNotMatch(plan, /^SCAN reviews$/m, plan);
});
