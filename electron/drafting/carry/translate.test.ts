// drafting (issue 10): carried orientations across languages (pure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocCarryItem } from '../../shared/doc.ts';
import { translateCarryItems, type TranslateLookup } from './translate.ts';

const items: DocCarryItem[] = [
  { id: 'a', text: 'Tiếp tục phát huy vai trò thành viên chủ động', status: null, result: '' },
  { id: 'b', text: 'Kiện toàn bộ máy', status: 'done', result: 'Đã kiện toàn' },
];
const memory = new Map([['Tiếp tục phát huy vai trò thành viên chủ động.', 'Continue to uphold its role as a proactive member.']]);
const lookup: TranslateLookup = (text) => memory.get(text) ?? null;

test('an item the memory translates (here only with its final stop) takes the translation and keeps the original', () => {
  const out = translateCarryItems(items, 'vi', 'en', lookup);
  assert.deepEqual(out[0], { id: 'a', text: 'Continue to uphold its role as a proactive member', status: null, result: '', sourceText: 'Tiếp tục phát huy vai trò thành viên chủ động' });
});

test('an item without a translation keeps last year’s wording, marked with its language', () => {
  const out = translateCarryItems(items, 'vi', 'en', lookup);
  assert.deepEqual(out[1], { ...items[1], untranslated: 'vi' });
  assert.ok(translateCarryItems(items, 'vi', 'en', null).every((i) => i.untranslated === 'vi'), 'no memory: every item is marked');
});

test('the same language: items unchanged, no marks', () => {
  const out = translateCarryItems(items, 'vi', 'vi', () => { throw new Error('not looked up'); });
  assert.deepEqual(out, items);
  assert.notEqual(out[0], items[0]);
});
