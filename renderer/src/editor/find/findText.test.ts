import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findInTexts, foldText, type FindOptions } from './findText.ts';

const exact: FindOptions = { matchCase: true, wholeWord: false, ignoreTones: false };
const loose: FindOptions = { matchCase: false, wholeWord: false, ignoreTones: true };
const slice = (texts: string[], options: FindOptions, q: string) => findInTexts(texts, q, options).map((m) => texts[m.block]!.slice(m.start, m.end));

test('exact search finds only the same spelling', () => {
  const texts = ['Năm 2025, năm 2025 và 20250.', 'Không có'];
  assert.deepEqual(findInTexts(texts, '2025', exact), [{ block: 0, start: 4, end: 8 }, { block: 0, start: 14, end: 18 }, { block: 0, start: 22, end: 26 }]);
  assert.deepEqual(slice(texts, exact, 'năm'), ['năm']);
  assert.deepEqual(slice(texts, exact, 'nam'), []);
});

test('ignoring tone marks: "dang hoang giang" finds "Đặng Hoàng Giang"; offsets are the original text\'s', () => {
  const texts = ['Thứ trưởng Đặng Hoàng Giang chủ trì.', 'hợp tác, HỢP TÁC, hop tac'];
  assert.deepEqual(slice(texts, loose, 'dang hoang giang'), ['Đặng Hoàng Giang']);
  assert.deepEqual(slice(texts, loose, 'hop tac'), ['hợp tác', 'HỢP TÁC', 'hop tac']);
  assert.deepEqual(slice(texts, { ...loose, matchCase: true }, 'hop tac'), ['hợp tác', 'hop tac']);
});

test('decomposed (NFD) text and queries still match, whole letters included', () => {
  const nfd = 'Việt Nam'.normalize('NFD');
  assert.deepEqual(slice([nfd], loose, 'viet'), ['Việt'.normalize('NFD')]);
  assert.deepEqual(slice(['Việt Nam'], exact, 'Việt'.normalize('NFD')), ['Việt']);
});

test('whole word: "an" is not found inside "An ninh"… words only', () => {
  const texts = ['An ninh, an toàn, Đề án 161, Lan'];
  const whole = { ...loose, wholeWord: true };
  assert.deepEqual(slice(texts, whole, 'an'), ['An', 'an', 'án']);
  assert.deepEqual(slice(texts, { ...exact, wholeWord: true }, 'an'), ['an']);
  assert.deepEqual(slice(['năm 2025/2026'], { ...exact, wholeWord: true }, '2025'), ['2025']);
});

test('an empty query finds nothing; folding keeps a map for every unit', () => {
  assert.deepEqual(findInTexts(['abc'], '', loose), []);
  const folded = foldText('Đặng', loose);
  assert.equal(folded.text, 'dang');
  assert.deepEqual(folded.origin, [0, 1, 2, 3, 4]);
});
