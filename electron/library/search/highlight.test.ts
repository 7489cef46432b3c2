// Search highlights the matched terms and phrases only (issue 8 item 12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './query.ts';
import { snippet } from './snippet.ts';

const marked = (text: string, q: string) => snippet(text, parseQuery(q)).filter((p) => p.hit).map((p) => p.text);

test('words typed together are marked where they stand together, not stray elsewhere', () => {
  assert.deepEqual(marked('Thứ trưởng Đặng Hoàng Giang chủ trì cuộc họp. (Ảnh: An Đăng/TTXVN)', 'dang hoang giang'), ['Đặng Hoàng Giang']);
  assert.deepEqual(marked('Triển khai Đề án 161 và bảo đảm An ninh, an toàn.', 'de an 161'), ['Đề án 161']);
  // The longest stretch found: "Đề án" together, then "2030" on its own.
  assert.deepEqual(marked('Đề án về An ninh đến năm 2030.', 'de an 2030'), ['Đề án', '2030']);
});

test('a word of the query found only on its own is still marked; quoted phrases and prefixes keep working', () => {
  assert.deepEqual(marked('Ông Giang phát biểu; bà Hoàng ghi nhận.', 'dang hoang giang'), ['Giang', 'Hoàng']);
  assert.deepEqual(marked('Kết luận số 59-KL/TW của Bộ Chính trị; kết luận khác.', '"ket luan so 59"'), ['Kết luận số 59']);
  assert.deepEqual(marked('Cộng đồng ASEAN và cộng tác.', 'cong dong'), ['Cộng đồng']);
  assert.deepEqual(marked('Hợp tác ASEAN, hợp tác quốc tế.', 'hop tac'), ['Hợp tác', 'hợp tác']);
});
