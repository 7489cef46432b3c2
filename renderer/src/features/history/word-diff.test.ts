import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnchanged, wordDiff, wordTokens } from './word-diff.ts';

test('a Vietnamese syllable with tone marks is one token, even when typed as NFD', () => {
  const tokens = wordTokens('Đặng Hoàng Giang'.normalize('NFD'));
  assert.deepEqual(tokens, ['Đặng', ' ', 'Hoàng', ' ', 'Giang']);
});

test('changing one tone mark replaces the whole syllable, not a letter', () => {
  const parts = wordDiff('Hội nghị tổng kết', 'Hội nghị tông kết');
  assert.deepEqual(parts, [
    { kind: 'same', text: 'Hội nghị ' },
    { kind: 'deleted', text: 'tổng' },
    { kind: 'inserted', text: 'tông' },
    { kind: 'same', text: ' kết' },
  ]);
});

test('inserted words appear as one insertion and the rest stays the same', () => {
  const parts = wordDiff('Đề án 161.', 'Đề án 161 của Chính phủ.');
  assert.ok(parts);
  assert.deepEqual(parts.filter((p) => p.kind !== 'same'), [{ kind: 'inserted', text: ' của Chính phủ' }]);
  assert.equal(parts.filter((p) => p.kind !== 'deleted').map((p) => p.text).join(''), 'Đề án 161 của Chính phủ.');
  assert.equal(parts.filter((p) => p.kind !== 'inserted').map((p) => p.text).join(''), 'Đề án 161.');
});

test('identical texts (up to normalization) are unchanged', () => {
  assert.equal(isUnchanged(wordDiff('Việt Nam', 'Việt Nam'.normalize('NFD'))!), true);
  assert.equal(isUnchanged(wordDiff('Việt Nam', 'Viet Nam')!), false);
});

test('texts that differ by more than the bound give null (too many changes to show), not a long stall', () => {
  const before = Array.from({ length: 200 }, (_, i) => `câu ${i} cũ`).join('. ');
  const after = Array.from({ length: 200 }, (_, i) => `đoạn ${i} mới`).join('. ');
  assert.equal(wordDiff(before, after, { maxEditLength: 50, timeoutMs: 60_000 }), null);
  // Within the bound the same texts are compared.
  assert.notEqual(wordDiff(before, after, { maxEditLength: 100_000, timeoutMs: 60_000 }), null);
});

test('a long document with a small edit is compared under the default bound', () => {
  const paragraphs = Array.from({ length: 3000 }, (_, i) => `Đoạn ${i + 1}: Việt Nam tiếp tục tham gia tích cực vào các hoạt động của ASEAN.`);
  const before = paragraphs.join('\n\n');
  const after = [...paragraphs.slice(0, 1500), 'Đoạn chèn thêm.', ...paragraphs.slice(1500)].join('\n\n');
  const parts = wordDiff(before, after);
  assert.ok(parts);
  assert.deepEqual(parts.filter((p) => p.kind === 'deleted'), []);
  // The inserted tokens are exactly the new paragraph and its separator (where they align is jsdiff's choice).
  assert.deepEqual(parts.filter((p) => p.kind === 'inserted').map((p) => p.text).join('').split(/\s+/).filter(Boolean).sort(), ['chèn', 'thêm.', 'Đoạn'].sort());
  assert.equal(parts.filter((p) => p.kind !== 'deleted').map((p) => p.text).join(''), after);
});
