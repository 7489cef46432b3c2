import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempServices } from '../test/temp.ts';
import { withTransaction } from '../store/db.ts';
import { findByTitlePrefix, libraryPage, translationsOf } from './page.ts';
import { createHandlers } from '../ipc/handlers/index.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { doc, paragraph } from '../shared/doc-build.ts';

function seed(t: Parameters<typeof tempServices>[0], count: number) {
  const services = tempServices(t);
  withTransaction(services.db, () => {
    for (let i = 0; i < count; i++) {
      services.reviews.create({ title: `Review ${i}`, year: 2000 + (i % 5), lang: i % 2 ? 'en' : 'vi', kind: i % 3 ? 'report' : 'press', content: doc([paragraph(`p ${i}`)]) });
    }
  });
  return services;
}

test('pages of the library list follow the full list order, without gaps or overlaps', (t) => {
  const services = seed(t, 230);
  const all = services.reviews.list(false);
  const ids: string[] = [];
  for (let offset = 0; offset < 260; offset += 40) {
    const page = libraryPage(services.db, { filters: {}, offset, limit: 40 });
    assert.equal(page.offset, offset);
    assert.equal(page.total, 230);
    ids.push(...page.rows.map((r) => r.id));
  }
  assert.deepEqual(ids, all.map((r) => r.id), 'same order as reviews:list (year, last edited)');
  const page = libraryPage(services.db, { filters: {}, offset: 0, limit: 0 });
  assert.deepEqual(page.rows, []);
  assert.deepEqual(page.years, [2004, 2003, 2002, 2001, 2000].map((year) => ({ year, count: 46 })));
});

test('filters narrow the pages and the year counts; the total stays the whole library', (t) => {
  const services = seed(t, 60);
  const page = libraryPage(services.db, { filters: { yearFrom: 2001, yearTo: 2003, lang: 'en' }, offset: 0, limit: 500 });
  const expected = services.reviews.list(false).filter((r) => r.year >= 2001 && r.year <= 2003 && r.lang === 'en');
  assert.deepEqual(page.rows.map((r) => r.id), expected.map((r) => r.id));
  assert.equal(page.years.reduce((n, y) => n + y.count, 0), expected.length);
  assert.deepEqual(page.years.map((y) => y.year), [2003, 2002, 2001]);
  assert.equal(page.total, 60);
  const press = libraryPage(services.db, { filters: { kind: 'press' }, offset: 0, limit: 500 });
  assert.ok(press.rows.length === 20 && press.rows.every((r) => r.kind === 'press'));
});

test('trashed reviews leave the list; an edited review moves to the top of its year; locate finds it', (t) => {
  const services = seed(t, 30);
  const list = libraryPage(services.db, { filters: {}, offset: 0, limit: 500 }).rows;
  const victim = list[3]!;
  services.reviews.trash(victim.id);
  const after = libraryPage(services.db, { filters: {}, offset: 0, limit: 500, locate: victim.id });
  assert.equal(after.total, 29);
  assert.ok(!after.rows.some((r) => r.id === victim.id));
  assert.equal(after.located, null, 'a trashed review is not in the list');

  const last = after.rows[after.rows.length - 1]!;
  services.reviews.update(last.id, { title: 'Edited' });
  const edited = libraryPage(services.db, { filters: {}, offset: 0, limit: 500, locate: last.id });
  const firstOfYear = edited.rows.findIndex((r) => r.year === last.year);
  assert.equal(edited.rows[firstOfYear]!.id, last.id);
  assert.equal(edited.located, firstOfYear);
  assert.equal(libraryPage(services.db, { filters: { lang: last.lang === 'vi' ? 'en' : 'vi' }, offset: 0, limit: 1, locate: last.id }).located, null);
});

test('rows carry their translations in both directions (live ones only)', (t) => {
  const services = seed(t, 0);
  const vi = services.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi', content: doc([paragraph('a')]) });
  const en = services.reviews.create({ title: 'Report', year: 2025, lang: 'en', translationOf: vi.id, content: doc([paragraph('a')]) });
  const other = services.reviews.create({ title: 'Other', year: 2025, lang: 'vi', content: doc([paragraph('b')]) });
  const rows = new Map(libraryPage(services.db, { filters: {}, offset: 0, limit: 10 }).rows.map((r) => [r.id, r]));
  assert.deepEqual(rows.get(vi.id)!.translations, [{ id: en.id, lang: 'en', title: 'Report' }]);
  assert.deepEqual(rows.get(en.id)!.translations, [{ id: vi.id, lang: 'vi', title: 'Báo cáo' }]);
  assert.deepEqual(rows.get(other.id)!.translations, []);
  // Only the source on the page: the translation is still found.
  const onlyVi = libraryPage(services.db, { filters: { lang: 'vi' }, offset: 0, limit: 10 }).rows.find((r) => r.id === vi.id)!;
  assert.deepEqual(onlyVi.translations.map((x) => x.id), [en.id]);
  services.reviews.trash(en.id);
  assert.deepEqual(libraryPage(services.db, { filters: {}, offset: 0, limit: 10 }).rows.find((r) => r.id === vi.id)!.translations, []);
});

test('type-ahead finds the next title with the letters typed, wrapping, Vietnamese letters in any case', (t) => {
  const services = seed(t, 0);
  for (const [title, year] of [['Đề án', 2025], ['Báo cáo', 2024], ['đề cương', 2023], ['Kế hoạch', 2022]] as const) {
    services.reviews.create({ title, year, lang: 'vi', content: doc([paragraph('x')]) });
  }
  assert.equal(findByTitlePrefix(services.db, {}, 'đ', 0), 0);
  assert.equal(findByTitlePrefix(services.db, {}, 'Đ', 1), 2);
  assert.equal(findByTitlePrefix(services.db, {}, 'đề á', 1), 0, 'wraps to the start');
  assert.equal(findByTitlePrefix(services.db, {}, 'z', 0), null);
  assert.equal(findByTitlePrefix(services.db, { yearTo: 2024 }, 'k', 0), 2, 'positions are in the filtered list');
});

test('the edge refuses bad page requests', async (t) => {
  const services = seed(t, 3);
  const handlers = createHandlers(services);
  const ok = await dispatch(handlers, 'library:page', { filters: {}, offset: 0, limit: 2 }) as { ok: boolean; value: { rows: unknown[] } };
  assert.ok(ok.ok);
  assert.equal(ok.value.rows.length, 2);
  for (const bad of [{ filters: {}, offset: -1, limit: 2 }, { filters: {}, offset: 0, limit: 501 }, { filters: { lang: 'fr' }, offset: 0, limit: 2 }, { offset: 0, limit: 2 }]) {
    const refused = await dispatch(handlers, 'library:page', bad) as { ok: boolean };
    assert.equal(refused.ok, false, JSON.stringify(bad));
  }
});

test('one review\'s translations, without the list', (t) => {
  const services = seed(t, 2);
  const vi = services.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi', content: doc([paragraph('a')]) });
  const en = services.reviews.create({ title: 'Report', year: 2025, lang: 'en', translationOf: vi.id, content: doc([paragraph('a')]) });
  assert.deepEqual(translationsOf(services.db, vi.id), [{ id: en.id, lang: 'en', title: 'Report' }]);
  assert.deepEqual(translationsOf(services.db, en.id), [{ id: vi.id, lang: 'vi', title: 'Báo cáo' }]);
  services.reviews.trash(vi.id);
  assert.deepEqual(translationsOf(services.db, en.id), []);
});
