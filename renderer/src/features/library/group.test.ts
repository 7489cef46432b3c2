import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupByYear } from './group.ts';

test('groups by year, newest year first, most recently updated first within a year', () => {
  const groups = groupByYear([
    { id: 'a', year: 2016, updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'b', year: 2025, updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'c', year: 2023, updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'd', year: 2025, updatedAt: '2026-03-01T00:00:00.000Z' },
  ]);
  assert.deepEqual(groups.map((g) => [g.year, g.reviews.map((r) => r.id)]), [[2025, ['d', 'b']], [2023, ['c']], [2016, ['a']]]);
});
