import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDraftRecovery, type KeyValueStore } from './draftRecovery.ts';
import { doc, docText, paragraph } from '../../../../electron/shared/doc-build.ts';

function mapStore(opts: { quota?: number } = {}): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (opts.quota !== undefined && value.length > opts.quota) throw new Error('QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => { map.delete(key); },
  };
}

test('a kept draft is read back for its review only, with the time it was kept, until dropped', () => {
  const store = mapStore();
  const slot = createDraftRecovery(store);
  slot.keep('r1', doc([paragraph('Bản nháp chưa lưu')]), new Date('2026-11-24T10:00:00Z'));
  assert.equal(slot.read('r2'), null);
  // A new window (another instance over the same storage) sees it too.
  const again = createDraftRecovery(store).read('r1');
  assert.equal(docText(again!.content), 'Bản nháp chưa lưu');
  assert.equal(again!.keptAt, '2026-11-24T10:00:00.000Z');
  slot.drop('r1');
  assert.equal(createDraftRecovery(store).read('r1'), null);
});

test('a newer draft replaces the older one', () => {
  const slot = createDraftRecovery(mapStore());
  slot.keep('r1', doc([paragraph('cũ')]));
  slot.keep('r1', doc([paragraph('mới')]));
  assert.equal(docText(slot.read('r1')!.content), 'mới');
});

test('a draft the storage refuses (quota) is kept in memory, and no older copy shadows it', () => {
  const store = mapStore({ quota: 400 });
  const slot = createDraftRecovery(store);
  slot.keep('r1', doc([paragraph('ngắn')]));
  assert.equal(store.map.size, 1);
  slot.keep('r1', doc([paragraph('dài '.repeat(500))]));
  assert.equal(store.map.size, 0);
  assert.match(docText(slot.read('r1')!.content), /^dài dài/);
  slot.drop('r1');
  assert.equal(slot.read('r1'), null);
});

test('a corrupt or foreign entry is not offered as a draft', () => {
  const store = mapStore();
  store.setItem('rd:unsaved-draft:r1', '{not json');
  store.setItem('rd:unsaved-draft:r2', JSON.stringify({ reviewId: 'r2', keptAt: 'x', content: { root: { type: 'paragraph' } } }));
  store.setItem('rd:unsaved-draft:r3', JSON.stringify({ reviewId: 'other', keptAt: 'x', content: doc([]) }));
  const slot = createDraftRecovery(store);
  assert.equal(slot.read('r1'), null);
  assert.equal(slot.read('r2'), null);
  assert.equal(slot.read('r3'), null);
});

test('without any storage the draft lives in memory', () => {
  const slot = createDraftRecovery(null);
  slot.keep('r1', doc([paragraph('x')]));
  assert.equal(docText(slot.read('r1')!.content), 'x');
});
