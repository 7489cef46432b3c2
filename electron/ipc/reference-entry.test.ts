// The edge of reference:setEntry and reference:forms: malformed arguments are refused before the service;
// a well-formed entry with a value that does not fit comes back as refusals by field, not as an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './handlers/types.ts';
import { referenceHandlers } from './handlers/drafting.ts';
import { tempServices } from '../test/temp.ts';
import type { EntrySave } from '../drafting/reference/entry.ts';
import type { RefForms } from '../drafting/reference/fields.ts';
import type { Reference } from '../drafting/reference/build.ts';

function handlersFor(t: Parameters<typeof tempServices>[0]): Handlers {
  return referenceHandlers(tempServices(t)) as unknown as Handlers;
}

test('reference:setEntry refuses malformed arguments at the edge', async (t) => {
  const h = handlersFor(t);
  const good = { kind: 'chairs', mode: 'add', key: '', values: { year: '2031', chair: 'ID' } };
  for (const bad of [
    { ...good, mode: 'replace' },
    { ...good, values: { year: 2031 } },
    { ...good, values: 'year=2031' },
    { ...good, values: { '': 'x' } },
    { ...good, values: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`f${i}`, 'x'])) },
    { ...good, key: 'k'.repeat(101) },
    { ...good, kind: '' },
    { kind: 'chairs', key: '', values: {} },
    null,
  ]) {
    const result = await dispatch(h, 'reference:setEntry', bad);
    assert.equal(!result.ok && result.error.code, 'invalid-argument', JSON.stringify(bad)?.slice(0, 80));
  }
  const unknownKind = await dispatch(h, 'reference:setEntry', { ...good, kind: 'rulers' });
  assert.equal(!unknownKind.ok && unknownKind.error.code, 'reference-kind');
  const saved = await dispatch(h, 'reference:setEntry', good);
  assert.equal(saved.ok && (saved.value as EntrySave).ok, true, JSON.stringify(saved));
});

test('reference:setEntry answers a value that does not fit with refusals by field', async (t) => {
  const h = handlersFor(t);
  const result = await dispatch(h, 'reference:setEntry', { kind: 'chairs', mode: 'add', key: '', values: { year: 'next', chair: 'ID' } });
  assert.equal(result.ok, true);
  const value = (result.ok ? result.value : null) as EntrySave | null;
  assert.equal(value?.ok, false);
  if (value && !value.ok) assert.deepEqual(value.refusals.map((r) => r.field), ['year']);
  const list = await dispatch(h, 'reference:list', {});
  const chairs = list.ok ? (list.value as Reference).data.chairs : [];
  assert.ok(chairs.length > 0);
  assert.equal(chairs.some((c) => c.year === 2031), false, 'nothing was saved');
});

test('reference:forms lists the fields of every kind', async (t) => {
  const result = await dispatch(handlersFor(t), 'reference:forms', {});
  const forms = (result.ok ? result.value : null) as RefForms | null;
  assert.equal(forms?.chairs.keyFrom, 'year');
  assert.equal(forms?.chairs.fields.find((f) => f.name === 'chair')?.input, 'member');
});
