// Library filters without a query, the search query's filters and the reversed-range check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_FILTERS, filterReviews, hasListFilters, reversedRange, toSearchFilters } from './filters.ts';

const reviews = [
  { id: 'a', year: 2023, lang: 'vi', kind: 'report' },
  { id: 'b', year: 2023, lang: 'en', kind: 'report' },
  { id: 'c', year: 2025, lang: 'en', kind: 'press' },
  { id: 'd', year: 2026, lang: 'vi', kind: 'report' },
] as const;

test('year range (inclusive), language and kind narrow the list', () => {
  assert.deepEqual(filterReviews(reviews, { ...NO_FILTERS, lang: 'en', yearFrom: '2025' }).map((r) => r.id), ['c']);
  assert.deepEqual(filterReviews(reviews, { ...NO_FILTERS, yearFrom: '2023', yearTo: '2025' }).map((r) => r.id), ['a', 'b', 'c']);
  assert.deepEqual(filterReviews(reviews, { ...NO_FILTERS, kind: 'report', lang: 'vi' }).map((r) => r.id), ['a', 'd']);
  assert.equal(filterReviews(reviews, NO_FILTERS).length, 4);
});

test('the section filter does not narrow the list (it needs a search); half-typed years are ignored', () => {
  assert.equal(filterReviews(reviews, { ...NO_FILTERS, section: 'orientations' }).length, 4);
  assert.equal(hasListFilters({ ...NO_FILTERS, section: 'orientations' }), false);
  assert.equal(filterReviews(reviews, { ...NO_FILTERS, yearFrom: '20' }).length, 4);
  assert.deepEqual(toSearchFilters({ ...NO_FILTERS, yearFrom: '20', yearTo: '2024', section: 'meeting' }), { yearTo: 2024, section: 'meeting' });
});

test('a reversed year range is reported, a normal one is not', () => {
  assert.deepEqual(reversedRange({ ...NO_FILTERS, yearFrom: '2025', yearTo: '2023' }), { from: 2025, to: 2023 });
  assert.equal(reversedRange({ ...NO_FILTERS, yearFrom: '2023', yearTo: '2025' }), null);
  assert.equal(reversedRange({ ...NO_FILTERS, yearFrom: '2025' }), null);
});
