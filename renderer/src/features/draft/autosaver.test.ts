import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Autosaver, UnsavedDraftError, type SaveReason, type SaveStatus } from './autosaver.ts';
import { doc, paragraph } from '../../../../electron/shared/doc-build.ts';
import { docText } from '../../../../electron/shared/doc-build.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { VirtualClock } from './virtualClock.ts';
import { CHANGE_DEBOUNCE_MS, CHANGE_MAX_WAIT_MS, createMaxWaitDebounce } from '../../editor/changeDebounce.ts';

/** A fake store with the real rule the service applies: expectedUpdatedAt must match. */
function harness(opts: { failNext?: number; staleOnce?: boolean } = {}) {
  let updatedAt = 't0';
  let counter = 0;
  let failures = opts.failNext ?? 0;
  let stale = opts.staleOnce ?? false;
  const saved: { text: string; reason: SaveReason }[] = [];
  const statuses: SaveStatus['kind'][] = [];
  const timers: (() => void)[] = [];
  const saver = new Autosaver('t0', {
    async save(content: DocState, reason: SaveReason, expected: string) {
      if (stale) { stale = false; throw Object.assign(new Error('stale'), { code: 'stale-save' }); }
      if (failures > 0) { failures--; throw new Error('disk full'); }
      if (expected !== updatedAt) throw Object.assign(new Error('stale'), { code: 'stale-save' });
      updatedAt = `t${++counter}`;
      saved.push({ text: docText(content), reason });
      return { updatedAt };
    },
    onStatus: (status) => statuses.push(status.kind),
    isStale: (error) => (error as { code?: string }).code === 'stale-save',
    setTimer: (fn) => { timers.push(fn); return timers.length - 1; },
    clearTimer: (handle) => { timers[handle as number] = () => {}; },
  });
  const fireTimers = async () => {
    const due = timers.splice(0);
    for (const fn of due) fn();
    await saver.whenIdle();
  };
  return { saver, saved, statuses, fireTimers, store: () => updatedAt };
}

const state = (text: string) => doc([paragraph(text)]);

test('changes are coalesced: only the last content is written when the timer fires', async () => {
  const h = harness();
  h.saver.change(state('a'));
  h.saver.change(state('ab'));
  h.saver.change(state('abc'));
  assert.equal(h.saved.length, 0);
  assert.equal(h.saver.status.kind, 'dirty');
  await h.fireTimers();
  assert.deepEqual(h.saved, [{ text: 'abc', reason: 'autosave' }]);
  assert.equal(h.saver.status.kind, 'saved');
});

test('a manual save writes now with reason manual, and chained saves expect the latest updatedAt', async () => {
  const h = harness();
  h.saver.change(state('first'));
  await h.saver.saveManual(state('first'));
  h.saver.change(state('second'));
  await h.fireTimers();
  assert.deepEqual(h.saved, [{ text: 'first', reason: 'manual' }, { text: 'second', reason: 'autosave' }]);
  assert.equal(h.saver.baseUpdatedAt, h.store());
});

test('a failed save keeps the draft and the next change saves the newest text', async () => {
  const h = harness({ failNext: 1 });
  h.saver.change(state('Tiếng Việt'));
  await h.fireTimers();
  assert.equal(h.saver.status.kind, 'error');
  assert.equal(h.saver.hasPending, true);
  assert.equal(h.saved.length, 0);
  h.saver.change(state('Tiếng Việt có dấu'));
  await h.fireTimers();
  assert.deepEqual(h.saved.map((s) => s.text), ['Tiếng Việt có dấu']);
  assert.equal(h.saver.status.kind, 'saved');
});

test('a failed flush is retried by the next flush without another change', async () => {
  const h = harness({ failNext: 1 });
  h.saver.change(state('x'));
  await h.saver.flush();
  assert.equal(h.saved.length, 0);
  await h.saver.flush();
  assert.deepEqual(h.saved.map((s) => s.text), ['x']);
});

test('a stale save stops autosaving, keeps the draft, and reset() resumes from the store', async () => {
  const h = harness({ staleOnce: true });
  h.saver.change(state('mine'));
  await h.fireTimers();
  assert.equal(h.saver.status.kind, 'stale');
  h.saver.change(state('mine, more'));
  await h.fireTimers();
  assert.equal(h.saved.length, 0, 'no write while stale');
  assert.equal(h.saver.hasPending, true);
  h.saver.reset(h.store());
  h.saver.change(state('after reload'));
  await h.fireTimers();
  assert.deepEqual(h.saved.map((s) => s.text), ['after reload']);
});

test('run() writes pending content first and adopts the other write\'s updatedAt', async () => {
  const h = harness();
  h.saver.change(state('draft'));
  const meta = await h.saver.run(async () => ({ updatedAt: 'renamed-at', title: 'x' }));
  assert.equal(meta.title, 'x');
  assert.deepEqual(h.saved.map((s) => s.text), ['draft']);
  assert.equal(h.saver.baseUpdatedAt, 'renamed-at');
});

test('Ctrl+S with nothing pending still writes the current content as a manual save (a version)', async () => {
  const h = harness();
  await h.saver.saveManual(state('unchanged text'));
  assert.deepEqual(h.saved, [{ text: 'unchanged text', reason: 'manual' }]);
  assert.equal(h.saver.hasPending, false);
});

test('a Ctrl+S with nothing pending does not turn the next autosave into a manual one', async () => {
  const h = harness();
  await h.saver.saveManual(state('a'));
  await h.saver.flush(); // a flush with nothing pending (blur, leaving) changes nothing either
  h.saver.change(state('ab'));
  await h.fireTimers();
  assert.deepEqual(h.saved, [{ text: 'a', reason: 'manual' }, { text: 'ab', reason: 'autosave' }]);
});

test('a Ctrl+S while the review is stale writes nothing, and after reset the next save is an autosave', async () => {
  const h = harness({ staleOnce: true });
  h.saver.change(state('mine'));
  await h.fireTimers();
  await h.saver.saveManual(state('mine'));
  assert.equal(h.saved.length, 0);
  h.saver.reset(h.store());
  h.saver.change(state('after reload'));
  await h.fireTimers();
  assert.deepEqual(h.saved, [{ text: 'after reload', reason: 'autosave' }]);
});

test('run() refuses to write over a draft whose save failed, and keeps the draft', async () => {
  const h = harness({ failNext: 1 });
  h.saver.change(state('typed before the restore'));
  let wrote = false;
  await assert.rejects(
    h.saver.run(async () => { wrote = true; return { updatedAt: 'restored' }; }),
    (error: unknown) => error instanceof UnsavedDraftError && (error.cause as Error).message === 'disk full',
  );
  assert.equal(wrote, false, 'the other write did not run');
  assert.equal(h.saver.hasPending, true);
  assert.equal(docText(h.saver.pendingContent!), 'typed before the restore');
  assert.equal(h.saver.baseUpdatedAt, 't0');
  // Once the store accepts the draft again, the same write goes through.
  const meta = await h.saver.run(async () => ({ updatedAt: 'restored' }));
  assert.equal(meta.updatedAt, 'restored');
  assert.deepEqual(h.saved.map((s) => s.text), ['typed before the restore']);
});

test('run() refuses while the review is stale (changed elsewhere)', async () => {
  const h = harness({ staleOnce: true });
  h.saver.change(state('mine'));
  await h.fireTimers();
  await assert.rejects(h.saver.run(async () => ({ updatedAt: 'x' })), UnsavedDraftError);
  assert.equal(h.saver.hasPending, true);
});

test('ensureSaved() resolves when the draft is written and throws when it could not be', async () => {
  const ok = harness();
  ok.saver.change(state('to export'));
  await ok.saver.ensureSaved();
  assert.deepEqual(ok.saved.map((s) => s.text), ['to export']);

  const failing = harness({ failNext: 1 });
  failing.saver.change(state('to export'));
  await assert.rejects(failing.saver.ensureSaved(), UnsavedDraftError);
  assert.equal(failing.saver.status.kind, 'error');
});

test('typing that arrives while run() is saving is saved too, and the other write goes ahead', async () => {
  const saved: string[] = [];
  const saver: Autosaver = new Autosaver('t0', {
    save: async (content) => {
      const text = JSON.stringify(content);
      saved.push(text);
      if (saved.length === 1) {
        // While the first save is in flight, the editor hands over newer content.
        saver.change(doc([paragraph('mới hơn')]));
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
      return { updatedAt: `t${saved.length}` };
    },
    onStatus: () => undefined,
    isStale: () => false,
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  saver.change(doc([paragraph('cũ')]));
  const result = await saver.run(async () => ({ updatedAt: 'renamed' }));
  assert.equal(result.updatedAt, 'renamed');
  assert.equal(saved.length, 2);
  assert.match(saved[1]!, /mới hơn/);
  assert.equal(saver.hasPending, false);
});

// Continuous typing (no pause the editor's debounce could wait for): the editor's max-wait debounce and
// the saver's max wait together keep the store at most 1 s behind the typist, on a virtual clock.
test('continuous typing for 10 s: "Chưa lưu" at the first keystroke, and the store is never more than 1 s behind', async () => {
  const clock = new VirtualClock();
  const SAVE_MS = 250; // a 200-page review's serialize + save, the slow end
  let typed = 0;
  let exports = 0;
  const commits: { at: number; keystrokes: number }[] = [];
  const statuses: SaveStatus['kind'][] = [];
  let updatedAt = 't0';
  const saver = new Autosaver(updatedAt, {
    async save(content) {
      await clock.sleep(SAVE_MS);
      commits.push({ at: clock.now(), keystrokes: docText(content).length });
      updatedAt = `t${commits.length}`;
      return { updatedAt };
    },
    onStatus: (status) => statuses.push(status.kind),
    isStale: () => false,
    pull: () => debounce.flush(),
    ...clock.timers(),
  });
  const debounce = createMaxWaitDebounce({
    waitMs: CHANGE_DEBOUNCE_MS, maxWaitMs: CHANGE_MAX_WAIT_MS,
    onStart: () => saver.markDirty(),
    onFire: () => { exports++; saver.change(state('x'.repeat(typed))); },
    ...clock.timers(),
  });
  const typedAt: number[] = [];
  for (let t = 0; t < 10_000; t += 30) {
    typed++;
    typedAt.push(clock.now());
    debounce.touch();
    if (typed === 1) assert.equal(saver.status.kind, 'dirty', 'unsaved from the first keystroke');
    // What the store holds now, against what was typed up to 1 s ago.
    const inStore = commits.at(-1)?.keystrokes ?? 0;
    const dueBy = typedAt.filter((at) => at <= clock.now() - 1000).length;
    assert.ok(inStore >= dueBy, `at ${clock.now()} ms: ${inStore} keystrokes stored, ${dueBy} typed more than 1 s ago`);
    assert.notEqual(saver.status.kind, 'saved', 'never "saved" while typing goes on');
    await clock.advance(30);
  }
  const gaps = commits.slice(1).map((c, i) => c.at - commits[i]!.at);
  assert.ok(commits.length >= 10, `${commits.length} saves in 10 s`);
  assert.ok(Math.max(...gaps) <= 1000, `longest gap between saves ${Math.max(...gaps)} ms`);
  // The editor serializes once per save (pulled), not on a timer of its own: typing stays light.
  assert.ok(exports <= commits.length + 1, `${exports} serializations for ${commits.length} saves`);
  await clock.advance(2000);
  assert.equal(commits.at(-1)?.keystrokes, typed, 'everything saved once typing stops');
  assert.equal(saver.status.kind, 'saved');
});

test('markDirty: dirty at once, and a batch with no change (the loaded text re-reported) settles back to saved', async () => {
  const h = harness();
  const kind = (): SaveStatus['kind'] => h.saver.status.kind;
  h.saver.markDirty();
  assert.equal(kind(), 'dirty');
  assert.equal(h.saver.isDirty, true);
  h.saver.discardDirtyMark();
  assert.equal(kind(), 'saved');
  assert.equal(h.saver.isDirty, false);
  // Typing during a save: the save's end reports dirty, not saved, until the newer text is written.
  h.saver.change(state('a'));
  const first = h.saver.flush();
  h.saver.markDirty();
  await first;
  assert.equal(kind(), 'dirty');
  h.saver.change(state('ab'));
  await h.fireTimers();
  assert.equal(kind(), 'saved');
  assert.deepEqual(h.saved.map((s) => s.text), ['a', 'ab']);
});
