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
  assert.deepEqual(parts.filter((p) => p.kind !== 'same'), [{ kind: 'inserted', text: ' của Chính phủ' }]);
  assert.equal(parts.filter((p) => p.kind !== 'deleted').map((p) => p.text).join(''), 'Đề án 161 của Chính phủ.');
  assert.equal(parts.filter((p) => p.kind !== 'inserted').map((p) => p.text).join(''), 'Đề án 161.');
});

test('identical texts (up to normalization) are unchanged', () => {
  assert.equal(isUnchanged(wordDiff('Việt Nam', 'Việt Nam'.normalize('NFD'))), true);
  assert.equal(isUnchanged(wordDiff('Việt Nam', 'Viet Nam')), false);
});
