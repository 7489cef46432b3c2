// Roll-forward over the bundled reference data (data/reference), as the app runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadReference } from '../drafting/reference/load.ts';
import { rollReferenceFrom } from './reference-adapter.ts';
import { rollText } from './roll/roll.ts';

const reference = rollReferenceFrom(loadReference({ resourcesDir: resolve(import.meta.dirname, '../..') }).data);

test('the bundled data drives Chair, theme, Summits, SOM head and the renamed ministries', () => {
  const r = rollText('hỗ trợ Chủ tịch Lào trong năm ASEAN 2024 với chủ đề "ASEAN: Thúc đẩy kết nối và tự cường"; Hội nghị Cấp cao ASEAN lần thứ 45; Bộ Thông tin và Truyền thông.', { fromYear: 2023, toYear: 2025, reference });
  assert.equal(r.text, 'hỗ trợ Chủ tịch Phi-líp-pin trong năm ASEAN 2026 với chủ đề "' + reference.chairs.find((c) => c.year === 2026)!.themeVi + '"; Hội nghị Cấp cao ASEAN lần thứ 49; Bộ Khoa học và Công nghệ.');
  const som = rollText('Thứ trưởng Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam, năm 2024', { fromYear: 2024, toYear: 2025, reference });
  assert.match(som.text, /Đặng Hoàng Giang, Trưởng SOM ASEAN Việt Nam, năm 2025/u);
  const en = rollText('supporting the Lao Chairmanship in ASEAN 2024', { fromYear: 2023, toYear: 2024, reference });
  assert.equal(en.text, 'supporting the Malaysian Chairmanship in ASEAN 2025');
});
