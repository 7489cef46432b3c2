// Library rows: the date column and the copy suffix (translation links: electron/library/page.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIsoDay, meetingDay, splitCopySuffix } from './rows.ts';

test('the date column shows the meeting date, else the document date, as dd/mm/yyyy', () => {
  assert.equal(meetingDay({ fields: { meetingDate: '2025-11-20' } }), '20/11/2025');
  assert.equal(meetingDay({ fields: { docDate: '2024-01-05' } }), '05/01/2024');
  assert.equal(meetingDay({ fields: {} }), null);
  assert.equal(formatIsoDay('tháng 12/2023'), 'tháng 12/2023');
  assert.equal(formatIsoDay('2023-12'), '12/2023');
});

test('a copy suffix is split off the title so the row always shows it', () => {
  assert.deepEqual(splitCopySuffix('Báo cáo tổng kết 2025 (bản sao)'), { base: 'Báo cáo tổng kết 2025', copy: 'bản sao' });
  assert.deepEqual(splitCopySuffix('Review 2025 (copy 2)'), { base: 'Review 2025', copy: 'copy 2' });
  assert.deepEqual(splitCopySuffix('Báo cáo (dự thảo)'), { base: 'Báo cáo (dự thảo)', copy: null });
  assert.deepEqual(splitCopySuffix('(bản sao)'), { base: '(bản sao)', copy: null });
});
