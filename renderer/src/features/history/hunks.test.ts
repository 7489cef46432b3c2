import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffHunks } from './hunks.ts';
import { wordDiff } from './word-diff.ts';

const filler = (n: number, word = 'chữ') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

test('a change deep in a long text is shown with a few words either side, not the whole text', () => {
  const before = `${filler(200, 'đầu')} Hội nghị tổng kết năm 2025 tại Hà Nội ${filler(200, 'cuối')}`;
  const after = before.replace('năm 2025', 'năm 2026');
  const hunks = diffHunks(wordDiff(before, after)!, 3);
  assert.equal(hunks.length, 1);
  const text = hunks[0]!.parts.map((p) => `${p.kind[0]}:${p.text}`).join('|');
  assert.equal(text, 's:tổng kết năm |d:2025|i:2026|s: tại Hà Nội');
  assert.equal(hunks[0]!.gapBefore, true);
  assert.equal(hunks[0]!.gapAfter, true);
});

test('changes far apart are separate hunks; close ones share one', () => {
  const before = `Một hai ba bốn. ${filler(40)} Năm sáu bảy. ${filler(3, 'gần')} tám chín.`;
  const after = before.replace('hai', 'HAI').replace('sáu', 'SÁU').replace('chín', 'CHÍN');
  const hunks = diffHunks(wordDiff(before, after)!, 4);
  assert.equal(hunks.length, 2);
  assert.equal(hunks[0]!.gapBefore, false);
  assert.deepEqual(hunks[1]!.parts.filter((p) => p.kind === 'inserted').map((p) => p.text), ['SÁU', 'CHÍN']);
});

test('context stops at a paragraph break', () => {
  const before = 'Đoạn một dài dòng.\nĐoạn hai có lỗi.\nĐoạn ba.';
  const after = before.replace('lỗi', 'sửa');
  const [hunk] = diffHunks(wordDiff(before, after)!, 8);
  assert.equal(hunk!.parts.map((p) => p.text).join(''), 'Đoạn hai có lỗisửa.');
  assert.equal(hunk!.gapBefore, true);
  assert.equal(hunk!.gapAfter, true);
});

test('no change, no hunk', () => {
  assert.deepEqual(diffHunks(wordDiff('Việt Nam', 'Việt Nam')!), []);
});
