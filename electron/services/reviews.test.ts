import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempServices } from '../test/temp.ts';
import { doc, heading, paragraph, docText, text } from '../shared/doc-build.ts';
import type { DocBlock } from '../shared/doc.ts';
import { AUTOSAVES_KEPT } from './reviews.ts';
import { meetingDateChip } from '../drafting/fields/meeting-date.ts';
import { createServices } from './index.ts';

test('create, list newest year first, rename, duplicate', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'Báo cáo 2024', year: 2024, lang: 'vi' });
  const b = s.reviews.create({ title: 'Review 2025', year: 2025, lang: 'en', kind: 'press' });
  assert.deepEqual(s.reviews.list().map((r) => r.id), [b.id, a.id]);
  const renamed = s.reviews.update(a.id, { title: '  Báo cáo tổng kết 2024 ' });
  assert.equal(renamed.title, 'Báo cáo tổng kết 2024');
  assert.equal(s.reviews.getMeta(a.id).title, 'Báo cáo tổng kết 2024');
  s.reviews.save(a.id, doc([paragraph('Nội dung')]), 'manual');
  const copy = s.reviews.duplicate(a.id);
  assert.equal(copy.title, 'Báo cáo tổng kết 2024 (bản sao)');
  assert.equal(docText(s.reviews.get(copy.id).content), 'Nội dung');
  assert.notEqual(copy.id, a.id);
  // A second copy, and a copy of the copy, never look like the first one.
  assert.equal(s.reviews.duplicate(a.id).title, 'Báo cáo tổng kết 2024 (bản sao 2)');
  assert.equal(s.reviews.duplicate(copy.id).title, 'Báo cáo tổng kết 2024 (bản sao 3)');
  assert.equal(s.reviews.duplicate(b.id, ' (copy)').title, 'Review 2025 (copy)');
});

test('trash, restore and empty the trash', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'A', year: 2025, lang: 'vi' });
  const b = s.reviews.create({ title: 'B', year: 2025, lang: 'vi' });
  s.reviews.trash(a.id);
  assert.deepEqual(s.reviews.list().map((r) => r.id), [b.id]);
  assert.deepEqual(s.reviews.list(true).map((r) => r.id), [a.id]);
  assert.throws(() => s.reviews.save(a.id, doc([paragraph('x')]), 'autosave'), { code: 'in-trash' });
  s.reviews.restore(a.id);
  assert.equal(s.reviews.list().length, 2);
  s.reviews.trash(b.id);
  // Only what the user saw listed is deleted: a review trashed since (say by the CLI) stays.
  const c = s.reviews.create({ title: 'C', year: 2025, lang: 'vi' });
  s.reviews.trash(c.id);
  assert.equal(s.reviews.emptyTrash([b.id, a.id]), 1);
  assert.deepEqual(s.reviews.list(true).map((r) => r.id), [c.id]);
  assert.equal(s.reviews.emptyTrash(), 1);
  assert.throws(() => s.reviews.get(b.id), { code: 'review-not-found' });
  assert.equal(s.versions.list(a.id).length, 1);
});

test('saved text is NFC whatever the input method sent', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'Tie\u0302\u0301ng Vie\u0323\u0302t', year: 2025, lang: 'vi' });
  const decomposed = 'Tie\u0302\u0301ng Vie\u0323\u0302t có dấu: \u0110a\u0306\u0323ng Hoa\u0300ng Giang'.normalize('NFD');
  s.reviews.save(a.id, doc([heading(1, decomposed)]), 'autosave');
  const text = docText(s.reviews.get(a.id).content);
  assert.equal(text, 'Tiếng Việt có dấu: Đặng Hoàng Giang');
  assert.equal(text, text.normalize('NFC'));
  assert.equal(s.reviews.getMeta(a.id).title, 'Tiếng Việt');
});

test('a save with a stale expectedUpdatedAt is refused and changes nothing', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'A', year: 2025, lang: 'vi' });
  const first = s.reviews.save(a.id, doc([paragraph('một')]), 'autosave', a.updatedAt);
  assert.throws(() => s.reviews.save(a.id, doc([paragraph('hai')]), 'autosave', a.updatedAt), { code: 'stale-save' });
  assert.equal(docText(s.reviews.get(a.id).content), 'một');
  s.reviews.save(a.id, doc([paragraph('ba')]), 'autosave', first.updatedAt);
  assert.equal(docText(s.reviews.get(a.id).content), 'ba');
});

test('manual saves always leave a version; autosaves at most once a minute, thinned to the last 50 + one per day', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'A', year: 2025, lang: 'vi' });
  s.reviews.save(a.id, doc([paragraph('1')]), 'autosave');
  s.reviews.save(a.id, doc([paragraph('2')]), 'manual');
  s.reviews.save(a.id, doc([paragraph('3')]), 'manual');
  assert.deepEqual(s.versions.list(a.id).map((v) => v.reason), ['manual', 'manual', 'create']);
  // Age the history: 70 autosaves spread over 3 days, older than a minute.
  const insert = s.db.prepare("INSERT INTO versions (review_id, reason, content, words, created_at) VALUES (?, 'autosave', '{}', 0, ?)");
  for (let i = 0; i < 70; i++) {
    const day = i < 10 ? 10 : 11 + Math.floor(i / 30);
    insert.run(a.id, `2025-01-${day}T0${Math.floor((i % 25) / 10)}:${String(i % 10).padStart(2, '0')}:00.000Z`);
  }
  s.reviews.save(a.id, doc([paragraph('4')]), 'autosave');
  const reasons = s.versions.list(a.id).map((v) => v.reason);
  assert.equal(reasons.filter((r) => r === 'manual').length, 2);
  assert.equal(reasons.filter((r) => r === 'create').length, 1);
  // 50 newest autosaves kept; of the older ones only each day's newest survives (day 10's 10th here).
  assert.equal(reasons.filter((r) => r === 'autosave').length, AUTOSAVES_KEPT + 1);
});

test('restoring a version keeps the current state as a pre-restore version', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'A', year: 2025, lang: 'vi' });
  s.reviews.save(a.id, doc([paragraph('bản một')]), 'manual');
  const v1 = s.versions.list(a.id)[0]!;
  s.reviews.save(a.id, doc([paragraph('bản hai')]), 'manual');
  const restored = s.versions.restore(a.id, v1.id);
  assert.equal(docText(restored.content), 'bản một');
  const [latest, pre] = s.versions.list(a.id);
  assert.equal(latest?.reason, 'restore');
  assert.equal(pre?.reason, 'pre-restore');
  assert.equal(docText(s.versions.get(pre!.id).content), 'bản hai');
  const other = s.reviews.create({ title: 'B', year: 2025, lang: 'vi' });
  assert.throws(() => s.versions.restore(other.id, v1.id), { code: 'not-found' });
});

test('everything is still there after closing and reopening the library', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi' });
  s.reviews.save(a.id, doc([paragraph('Đã lưu')]), 'autosave');
  s.settings.set({ locale: 'en', lastOpenReviewId: a.id });
  const dataDir = s.options.dataDir;
  s.close();
  const again = createServices({ dataDir, mode: 'cli' });
  t.after(() => again.close());
  assert.equal(docText(again.reviews.get(a.id).content), 'Đã lưu');
  assert.deepEqual(again.settings.get(), { locale: 'en', lastOpenReviewId: a.id, window: null });
});

test('saveBlocks splices the changed blocks into the content saved at its base, and refuses any other base', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'A', year: 2025, lang: 'vi' });
  const first = s.reviews.save(a.id, doc([heading(1, 'I. Mở đầu'), paragraph('Một'), paragraph('Hai')]), 'autosave', a.updatedAt);
  const [changed] = doc([paragraph('Một, sửa')]).root.children;
  const [added] = doc([paragraph('Mới')]).root.children;
  const second = s.reviews.saveBlocks(a.id, { baseUpdatedAt: first.updatedAt, start: 1, deleteCount: 1, blocks: [changed!, added!], blockCount: 4 }, 'autosave');
  assert.equal(docText(s.reviews.get(a.id).content), 'I. Mở đầu\n\nMột, sửa\n\nMới\n\nHai');

  // The base is not the stored content any more (another writer, a rename): refused, nothing written.
  assert.throws(() => s.reviews.saveBlocks(a.id, { baseUpdatedAt: first.updatedAt, start: 0, deleteCount: 1, blocks: [], blockCount: 3 }, 'autosave'), { code: 'stale-save' });
  // The splice does not fit what is stored (the two sides disagree on the block count): refused.
  assert.throws(() => s.reviews.saveBlocks(a.id, { baseUpdatedAt: second.updatedAt, start: 3, deleteCount: 2, blocks: [], blockCount: 2 }, 'autosave'), { code: 'invalid-argument' });
  assert.throws(() => s.reviews.saveBlocks(a.id, { baseUpdatedAt: second.updatedAt, start: 0, deleteCount: 0, blocks: [added!], blockCount: 4 }, 'autosave'), { code: 'invalid-argument' });
  assert.equal(s.reviews.getMeta(a.id).updatedAt, second.updatedAt);
  assert.equal(docText(s.reviews.get(a.id).content), 'I. Mở đầu\n\nMột, sửa\n\nMới\n\nHai');
});

test('saveBlocks starts from the content it saved last only while that is what is stored; new blocks are stored in NFC', (t) => {
  const s = tempServices(t);
  const a = s.reviews.create({ title: 'A', year: 2025, lang: 'vi' });
  const first = s.reviews.save(a.id, doc([paragraph('Một'), paragraph('Hai')]), 'autosave', a.updatedAt);
  // Another writer (a restore, the CLI, another window) replaces the content: the next splice is refused, and
  // one on the new base splices into what that writer stored, not into the content saved here before.
  const other = s.reviews.save(a.id, doc([paragraph('Khác'), paragraph('Hai')]), 'manual');
  assert.throws(() => s.reviews.saveBlocks(a.id, { baseUpdatedAt: first.updatedAt, start: 1, deleteCount: 1, blocks: [], blockCount: 1 }, 'autosave'), { code: 'stale-save' });
  const [nfd] = doc([paragraph('x')]).root.children as [DocBlock & { children: { text: string }[] }];
  nfd.children[0]!.text = 'Việt Nam'.normalize('NFD'); // as Unikey may send it
  s.reviews.saveBlocks(a.id, { baseUpdatedAt: other.updatedAt, start: 1, deleteCount: 1, blocks: [nfd], blockCount: 2 }, 'autosave');
  const stored = s.reviews.get(a.id).content;
  assert.equal(docText(stored), 'Khác\n\nViệt Nam');
  assert.equal(docText(stored), docText(stored).normalize('NFC'));
  assert.notEqual(docText(stored), docText(stored).normalize('NFD'));
  // The caller's blocks are not changed in place.
  assert.equal(nfd.children[0]!.text, 'Việt Nam'.normalize('NFD'));
});

test("a meeting date typed in the document's chip becomes the review's, on save and on a splice; a Properties value stays until the chip changes", (t) => {
  const s = tempServices(t);
  const field = (value: string) => ({ type: 'field' as const, version: 1 as const, name: 'meetingDate', text: value, confirmed: value !== '', format: 0, style: '', mode: 'token' as const, detail: 0 });
  const opening = (value: string, more = ''): DocBlock => paragraph([text('Ngày '), field(value), text(`, Bộ Ngoại giao đã tổ chức Cuộc họp.${more}`)]);
  const a = s.reviews.create({ title: 'Báo cáo 2026', year: 2026, lang: 'vi', content: doc([opening(''), paragraph('Nội dung')]) });
  assert.equal(s.reviews.getMeta(a.id).fields.meetingDate, undefined);
  const first = s.reviews.save(a.id, doc([opening('9/12/2026'), paragraph('Nội dung')]), 'autosave');
  assert.equal(first.fields.meetingDate, '2026-12-09', 'returned to the editor');
  assert.equal(s.reviews.getMeta(a.id).fields.meetingDate, '2026-12-09', 'stored');
  // Properties says otherwise: the chip follows (the editor does the same to its copy), and typing
  // elsewhere in the chip's paragraph keeps that day.
  const edited = s.reviews.update(a.id, { fields: { meetingDate: '2026-12-10' } });
  assert.equal(meetingDateChip(s.reviews.get(a.id).content.root.children), '10/12/2026', 'the chip names the new day');
  assert.equal(edited.updatedAt, s.reviews.getMeta(a.id).updatedAt, 'the editor gets the base of its next save');
  const second = s.reviews.saveBlocks(a.id, { baseUpdatedAt: edited.updatedAt, start: 0, deleteCount: 1, blocks: [opening('10/12/2026', ' Thêm.')], blockCount: 2 }, 'autosave');
  assert.equal(second.fields.meetingDate, '2026-12-10');
  // A value that names no day, or the same day written another way, leaves the chip as the drafter wrote it.
  s.reviews.update(a.id, { fields: { meetingDate: 'cuối tháng 12/2026' } });
  s.reviews.update(a.id, { fields: { meetingDate: '10/12/2026' } });
  assert.equal(meetingDateChip(s.reviews.get(a.id).content.root.children), '10/12/2026');
  s.reviews.update(a.id, { fields: { meetingDate: '2026-12-10' } });
  // The chip changed: it wins again.
  const third = s.reviews.saveBlocks(a.id, { baseUpdatedAt: s.reviews.getMeta(a.id).updatedAt, start: 0, deleteCount: 1, blocks: [opening('ngày 11 tháng 12 năm 2026')], blockCount: 2 }, 'autosave');
  assert.equal(third.fields.meetingDate, '2026-12-11');
  assert.equal(s.reviews.getMeta(a.id).fields.meetingDate, '2026-12-11');
  // A value that names no day changes nothing.
  s.reviews.save(a.id, doc([opening('cuối tháng 12'), paragraph('Nội dung')]), 'manual');
  assert.equal(s.reviews.getMeta(a.id).fields.meetingDate, '2026-12-11');
});
