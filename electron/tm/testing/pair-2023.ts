// Test helper: the 2023 pair (seeds 000 VI and 003 EN) imported through the real importer, and the
// hand-checked sentence pairs of the two articles: each Vietnamese sentence (by its opening words)
// with the English sentence(s) that translate it. Checked by reading both articles side by side;
// the English has a title sentence, two photo credits and a closing sentence split in two that the
// Vietnamese does not (the Vietnamese seed starts at the attendance line).
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Services } from '../../services/index.ts';
import type { Review } from '../../shared/review.ts';
import { defaultResourcesDir } from '../../services/index.ts';
import { readdirSync } from 'node:fs';
import { runImport } from '../../library/import/jobs.ts';

export const HAND_CHECKED_2023: readonly (readonly [string, readonly string[]])[] = [
  ['Khoảng 80 đại biểu', ['Nearly 80 delegates']],
  ['Điểm lại các hoạt động của ASEAN', ["Reviewing ASEAN's activities"]],
  ['Điều này càng có ý nghĩa', ['This is especially meaningful']],
  ['Trước sự vận động đan xen', ['Faced with the intertwining']],
  ['Các sáng kiến, khuôn khổ', ['Initiatives and frameworks']],
  ['Đây chính là các tiền đề', ['These are important premises']],
  ['Một kết quả nổi bật khác', ['Another outstanding result']],
  ['Quan hệ đối ngoại của ASEAN', ["ASEAN's foreign relations"]],
  ['Vai trò, tiếng nói, vị thế', ["ASEAN's role, voice and position"]],
  ['Tổng kết sự tham gia', ["Summarizing Vietnam's participation"]],
  ['Các quan điểm, đề xuất', ["Vietnam's viewpoints"]],
  ['Chia sẻ các kết quả', ['Sharing the results']],
  ['Các ưu tiên, chương trình', ['Priorities, programs']],
  ['Trong kết quả chung của ASEAN', ['In the overall results']],
  ['Nhiều ý tưởng của Việt Nam', ['Many Vietnamese ideas']],
  ['Cũng tại cuộc họp', ['Also at the meeting']],
  ['Đây là văn bản chỉ đạo', ['This is the first comprehensive']],
  ['Nhiều nhóm giải pháp', ['Many groups of solutions']],
  ['Trên cơ sở đó', ['On that basis']],
  ['Các đại biểu đã trao đổi', ['The delegates had in-depth']],
  ['Phát biểu bế mạc cuộc họp', ['Speaking at the closing', 'Along with that']],
];

const SAMPLES = join(defaultResourcesDir(), 'data', 'samples');

/** Imports seeds 000 and 003 (the importer links them as translations). */
export async function importPair2023(services: Services): Promise<{ vi: Review; en: Review }> {
  const files = readdirSync(SAMPLES).filter((f) => /^(000|003)_.*\.txt$/u.test(f)).sort().map((f) => join(SAMPLES, f));
  const outcomes = await runImport(services, files);
  const ids = outcomes.map((o) => { assert.equal(o.status, 'imported'); return o.status === 'imported' ? o.reviewId : ''; });
  const reviews = ids.map((id) => services.reviews.get(id));
  const vi = reviews.find((r) => r.lang === 'vi')!;
  const en = reviews.find((r) => r.lang === 'en')!;
  assert.equal(en.translationOf ?? vi.translationOf, en.translationOf ? vi.id : en.id, 'the importer links the 2023 pair');
  return { vi, en };
}
