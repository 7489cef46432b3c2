// The other-language version's carry-forward checklist (buildTranslation, pure, with a stub memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocCarryChecklist, DocState } from '../shared/doc.ts';
import type { TmMatch } from '../shared/tm.ts';
import { buildTranslation } from './translate.ts';

const match = (source: string, target: string, score: number, adapted: string | null = null): TmMatch => ({
  source, target, adapted, score, diff: [], from: 'vi', viReviewId: 'v', enReviewId: 'e', year: 2025, occurrences: 1,
});

test("a checklist's orientations take the memory's own translation, last year's words, or are marked untranslated", () => {
  const checklist: DocCarryChecklist = {
    type: 'carry-checklist', version: 1, fromReviewId: 'r2025', fromYear: 2025, items: [
      { id: 'a', text: 'Tiếp tục phát huy vai trò thành viên chủ động', status: 'done', result: 'Đã làm' },
      { id: 'b', text: 'Đưa Tầm nhìn 2045 vào triển khai', status: null, result: '' },
      { id: 'c', text: 'Promote the Vision 2045', status: null, result: '', untranslated: 'en' },
      { id: 'd', text: 'Ủng hộ Phi-líp-pin', sourceText: 'Support the Philippines', status: null, result: '' },
      { id: 'e', text: 'Tăng cường kết nối khu vực', status: null, result: '' },
    ],
  } as DocCarryChecklist;
  const source = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [checklist] } } as unknown as DocState;
  const memory = new Map<string, TmMatch>([
    // Held as a whole sentence, with its stop.
    ['Tiếp tục phát huy vai trò thành viên chủ động.', match('Tiếp tục phát huy vai trò thành viên chủ động.', 'Continue to promote its proactive role.', 100)],
    // Another sentence that merely looks alike: not a translation of this orientation.
    ['Tăng cường kết nối khu vực', match('Tăng cường kết nối khu vực và tiểu vùng', 'Enhance regional and sub-regional connectivity', 75)],
  ]);
  const made = buildTranslation(source, (s) => memory.get(s) ?? null, 'en');
  const items = (made.content.root.children[0] as DocCarryChecklist).items;
  assert.deepEqual(items.map((i) => [i.id, i.text, i.untranslated ?? null, i.sourceText ?? null]), [
    ['a', 'Continue to promote its proactive role', null, 'Tiếp tục phát huy vai trò thành viên chủ động'],
    ['b', 'Đưa Tầm nhìn 2045 vào triển khai', 'vi', null],
    ['c', 'Promote the Vision 2045', null, null],
    ['d', 'Support the Philippines', null, null],
    ['e', 'Tăng cường kết nối khu vực', 'vi', null],
  ]);
  assert.deepEqual(items.map((i) => [i.status, i.result]), [['done', 'Đã làm'], [null, ''], [null, ''], [null, ''], [null, '']], 'status and result kept');
  assert.equal((source.root.children[0] as DocCarryChecklist).items[0]!.text, 'Tiếp tục phát huy vai trò thành viên chủ động', 'the source is not changed');
});
