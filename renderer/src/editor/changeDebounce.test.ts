import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMaxWaitDebounce } from './changeDebounce.ts';
import { VirtualClock } from '../features/draft/virtualClock.ts';

function harness(waitMs = 150, maxWaitMs = 300) {
  const clock = new VirtualClock();
  const events: string[] = [];
  const debounce = createMaxWaitDebounce({
    waitMs, maxWaitMs,
    onStart: () => events.push(`start@${clock.now()}`),
    onFire: () => events.push(`fire@${clock.now()}`),
    ...clock.timers(),
  });
  return { clock, events, debounce };
}

test('a pause fires once, waitMs after the last change; the batch start is reported at the first change', async () => {
  const h = harness();
  h.debounce.touch();
  await h.clock.advance(100);
  h.debounce.touch();
  await h.clock.advance(100);
  assert.deepEqual(h.events, ['start@0']);
  await h.clock.advance(100);
  assert.deepEqual(h.events, ['start@0', 'fire@250']);
  assert.equal(h.debounce.pending, false);
});

test('continuous changes (no pause at all) still fire every maxWaitMs', async () => {
  const h = harness();
  for (let i = 0; i < 100; i++) { h.debounce.touch(); await h.clock.advance(10); }
  const fires = h.events.filter((e) => e.startsWith('fire')).map((e) => Number(e.split('@')[1]));
  assert.deepEqual(fires, [300, 600, 900]);
  // Each batch reports its start: the first keystroke after a fire.
  assert.deepEqual(h.events.filter((e) => e.startsWith('start')), ['start@0', 'start@300', 'start@600', 'start@900']);
});

test('flush fires an open batch now, and does nothing when none is open; cancel drops it', async () => {
  const h = harness();
  h.debounce.flush();
  assert.deepEqual(h.events, []);
  h.debounce.touch();
  h.debounce.flush();
  assert.deepEqual(h.events, ['start@0', 'fire@0']);
  h.debounce.touch();
  h.debounce.cancel();
  await h.clock.advance(1000);
  assert.deepEqual(h.events, ['start@0', 'fire@0', 'start@0']);
});
