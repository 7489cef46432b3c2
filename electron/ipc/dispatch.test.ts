import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from './dispatch.ts';
import { CHANNELS } from './contract.ts';
import type { Handlers } from './handlers/types.ts';
import { reviewsHandlers } from './handlers/reviews.ts';
import { tempServices } from '../test/temp.ts';
import { doc, paragraph } from '../shared/doc-build.ts';

function handlersFor(t: Parameters<typeof tempServices>[0]): Handlers {
  // Only the reviews domain is exercised here; the full table is covered by the e2e bridge.
  return reviewsHandlers(tempServices(t)) as unknown as Handlers;
}

test('unknown channels are refused with a message in both languages', async (t) => {
  const result = await dispatch(handlersFor(t), 'fs:readFile', { path: '/etc/passwd' });
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.error.code, 'invalid-argument');
    assert.match(result.error.message.vi, /không hợp lệ/);
    assert.match(result.error.message.en, /unknown channel fs:readFile/);
  }
});

test('bad arguments are refused before reaching a service', async (t) => {
  const h = handlersFor(t);
  for (const bad of [{ title: '', year: 2025, lang: 'vi' }, { title: 'x', year: 1900, lang: 'vi' }, { title: 'x', year: 2025, lang: 'fr' }, null, 'str']) {
    const result = await dispatch(h, 'reviews:create', bad);
    assert.equal(!result.ok && result.error.code, 'invalid-argument', JSON.stringify(bad));
  }
  const list = await dispatch(h, 'reviews:list', {});
  assert.deepEqual(list, { ok: true, value: [] });
  // A real review, so only the malformed content can be the reason for the refusal.
  const created = await dispatch(h, 'reviews:create', { title: 'Báo cáo', year: 2025, lang: 'vi' });
  const id = created.ok ? (created.value as { id: string }).id : '';
  // Content arrives as an object or as its JSON text (the editor's autosave): both are checked alike.
  for (const content of [{ root: { type: 'paragraph' } }, { root: { type: 'root', children: 'x' } }, 'text', '{"root":', '{"root":{"type":"paragraph"}}', null]) {
    const save = await dispatch(h, 'reviews:save', { id, content, reason: 'autosave' });
    assert.equal(!save.ok && save.error.code, 'invalid-argument', JSON.stringify(content));
  }
  const good = await dispatch(h, 'reviews:save', { id, content: doc([paragraph('Nội dung')]), reason: 'autosave' });
  assert.equal(good.ok, true);
  const asText = await dispatch(h, 'reviews:save', { id, content: JSON.stringify(doc([paragraph('Nội dung mới')])), reason: 'autosave' });
  assert.equal(asText.ok, true);
  const stored = await dispatch(h, 'reviews:get', { id });
  assert.match(JSON.stringify(stored.ok && stored.value), /Nội dung mới/);
});

test('service errors come back as user messages, values as envelopes', async (t) => {
  const h = handlersFor(t);
  const created = await dispatch(h, 'reviews:create', { title: 'Báo cáo', year: 2025, lang: 'vi' });
  assert.equal(created.ok, true);
  const id = created.ok ? (created.value as { id: string }).id : '';
  const saved = await dispatch(h, 'reviews:save', { id, content: doc([paragraph('x')]), reason: 'manual' });
  assert.equal(saved.ok, true);
  const missing = await dispatch(h, 'reviews:get', { id: 'no-such-id' });
  assert.equal(missing.ok, false);
  if (!missing.ok) assert.match(missing.error.message.vi, /Không tìm thấy báo cáo/);
});

test('every channel name has the domain:verb shape', () => {
  for (const channel of CHANNELS) assert.match(channel, /^[a-z]+:[a-zA-Z]+$/);
});
