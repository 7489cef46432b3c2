import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutList, rowBounds, scrollToShow, visibleSlices, type ListMetrics } from './virtualLayout.ts';

const M: ListMetrics = { row: 50, head: 40, chrome: 2, gap: 10 };

test('years stack with their heading, rows and gap; the flat index runs across years', () => {
  const layout = layoutList([3, 2], M);
  assert.deepEqual(layout.groups, [
    { top: 0, height: 192, firstIndex: 0, count: 3 },
    { top: 202, height: 142, firstIndex: 3, count: 2 },
  ]);
  assert.equal(layout.height, 354);
  assert.equal(layout.rows, 5);
});

test('only the rows inside the window are rendered, per year', () => {
  const layout = layoutList([3, 2], M);
  // Rows of year 0 start at 41 (border + heading): 41–91, 91–141, 141–191.
  assert.deepEqual(visibleSlices(layout, 0, 60), [{ group: 0, start: 0, end: 1 }]);
  assert.deepEqual(visibleSlices(layout, 100, 260), [{ group: 0, start: 1, end: 3 }, { group: 1, start: 0, end: 1 }]);
  assert.deepEqual(visibleSlices(layout, 400, 500), []);
  // A window over a heading only renders the year with no rows (its heading shows).
  assert.deepEqual(visibleSlices(layout, 205, 230), [{ group: 1, start: 0, end: 0 }]);
});

test('10,000 reviews in 12 years: a 900 px window renders about 20 rows', () => {
  const counts = Array.from({ length: 12 }, (_, i) => (i === 0 ? 10_000 - 11 * 833 : 833));
  const layout = layoutList(counts);
  const slices = visibleSlices(layout, 200_000, 200_900);
  const rendered = slices.reduce((n, s) => n + s.end - s.start, 0);
  assert.ok(rendered >= 17 && rendered <= 20, `${rendered} rows`);
});

test('row bounds and scrolling a row into view', () => {
  const layout = layoutList([3, 2], M);
  assert.deepEqual(rowBounds(layout, 0), { top: 41, bottom: 91 });
  assert.deepEqual(rowBounds(layout, 3), { top: 243, bottom: 293 });
  assert.equal(rowBounds(layout, 5), null);
  assert.equal(scrollToShow(0, 100, 243, 293), 193);
  assert.equal(scrollToShow(300, 100, 243, 293, 40), 203);
  assert.equal(scrollToShow(200, 100, 243, 293), 200);
});
