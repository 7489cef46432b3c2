// The document symbols a caps heading keeps as written (electron/shared/doc-symbols.ts): the exporter's and the editor's rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capsSensitiveSymbols, splitAtCapsSensitiveSymbols } from '../shared/doc-symbols.ts';

const found = (text: string) => capsSensitiveSymbols(text).map((r) => text.slice(r.start, r.end));

test('symbols with a lower-case letter are found, with their year and number', () => {
  assert.deepEqual(found('Triển khai Quyết định 155/QĐ-TTg và Quyết định 47/2025/QĐ-TTg'), ['155/QĐ-TTg', '47/2025/QĐ-TTg']);
  assert.deepEqual(found('Chỉ thị số 07/CT-TTg, ngày 1/3'), ['07/CT-TTg']);
  assert.deepEqual(found('(Quyết định 161/QĐ-TTg).'), ['161/QĐ-TTg']);
});

test('symbols that caps leave as they are, dates and ordinary words are not listed', () => {
  assert.deepEqual(found('Kết luận 59-KL/TW, Nghị định 30/2020/NĐ-CP, Báo cáo 12/BC-BNV'), []);
  assert.deepEqual(found('ngày 20/01/2026, giai đoạn 2026-2030, tỷ lệ 3/4, COVID-19'), []);
  assert.deepEqual(found('Hội nghị ASEAN lần thứ 47'), []);
  // Part of a longer token is not a symbol of its own.
  assert.deepEqual(found('x155/QĐ-TTg'), []);
});

test('the text is cut at the symbols, and the pieces join back to it', () => {
  const text = 'Triển khai Quyết định 155/QĐ-TTg năm 2026';
  const pieces = splitAtCapsSensitiveSymbols(text);
  assert.deepEqual(pieces, [
    { text: 'Triển khai Quyết định ', symbol: false },
    { text: '155/QĐ-TTg', symbol: true },
    { text: ' năm 2026', symbol: false },
  ]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(splitAtCapsSensitiveSymbols('155/QĐ-TTg'), [{ text: '155/QĐ-TTg', symbol: true }]);
  assert.deepEqual(splitAtCapsSensitiveSymbols(''), [{ text: '', symbol: false }]);
});
