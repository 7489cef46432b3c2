// The reuse service over a real library (SQLite, the seed articles imported by the real importer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { tempServices } from '../test/temp.ts';
import type { Services } from '../services/index.ts';
import { defaultResourcesDir } from '../services/index.ts';
import type { Review } from '../shared/review.ts';
import { blockText, doc, docText, paragraph } from '../shared/doc-build.ts';
import { collectFiles } from '../library/import/collect.ts';
import { runImport } from '../library/import/jobs.ts';
import { listMarks, settleMarks } from './marks.ts';
import { createSampleReportOnce } from '../drafting/sample.ts';

async function importSeeds(services: Services): Promise<Map<string, Review>> {
  const outcomes = await runImport(services, await collectFiles([join(defaultResourcesDir(), 'data', 'samples')]));
  const out = new Map<string, Review>();
  for (const o of outcomes) if (o.status === 'imported') out.set(basename(o.file).slice(0, 3), services.reviews.get(o.reviewId));
  return out;
}

test("the 2025 orientations inserted into a 2026 draft: marks, accept all, reject one, provenance and reuse count", async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  const source = seeds.get('002')!;
  const draft = s.reviews.create({ title: 'Báo cáo 2026', year: 2026, lang: 'vi', kind: 'report' });

  const versions = s.reuse.sectionVersions({ reviewId: draft.id, key: 'orientations' });
  const v2025 = versions.find((v) => v.reviewId === source.id);
  assert.ok(v2025, 'the 2025 article has an orientations section');
  // The draft's language first (the English 2023 article after every Vietnamese one), newest first in each.
  const langs = versions.map((v) => v.lang);
  assert.ok(langs.includes('en') && langs.indexOf('en') > langs.lastIndexOf('vi'), langs.join(' '));
  for (const lang of ['vi', 'en'] as const) {
    const years = versions.filter((v) => v.lang === lang).map((v) => v.year);
    assert.deepEqual(years, [...years].sort((a, b) => b - a), `${lang}: newest first`);
  }

  const rolled = s.reuse.rollInsert({ sourceId: source.id, blockStart: v2025.blockStart, blockEnd: v2025.blockEnd, toYear: 2026 });
  const state = doc(rolled.blocks);
  const marks = listMarks(state);
  assert.ok(marks.length >= 2);
  assert.ok(marks.every((m) => m.mark.oldText === '2026' ? m.mark.text === '2027' : m.mark.oldText === '2025' ? m.mark.text === '2026' : true));
  const accepted = docText(settleMarks(state, 'accept'));
  assert.ok(!accepted.includes('2026'), 'every 2026 that meant the coming year is now 2027');
  assert.match(accepted, /hợp tác ASEAN năm 2027/u);
  assert.match(accepted, /Diễn đàn Tương lai ASEAN 2027/u);
  const original = docText(doc(source.content.root.children.slice(v2025.blockStart, v2025.blockEnd)));
  assert.equal(docText(settleMarks(state, 'reject')), original, 'rejecting restores the original words');
  assert.match(accepted, /đến năm 2030/u);
  assert.match(accepted, /Tầm nhìn Cộng đồng ASEAN 2045/u);
  assert.equal(listMarks(settleMarks(state, 'accept')).length, 0);

  const p = rolled.blocks[0]!;
  assert.equal(p.type === 'paragraph' && p.$?.provenance?.reviewId, source.id);
  s.reviews.save(draft.id, doc([paragraph('Mở đầu.'), ...rolled.blocks]), 'manual');
  assert.deepEqual(s.reuse.reuseOf(source.id).map((r) => [r.section, r.drafts.map((d) => d.reviewId)]), [['orientations', [draft.id]]]);
  assert.equal(s.reuse.reuseCounts()[source.id], 1);
  assert.equal(s.reuse.sectionVersions({ reviewId: draft.id, key: 'orientations' }).find((v) => v.reviewId === source.id)!.reusedIn, 1);

  // The check of the saved draft lists every pending mark, with its block.
  const pending = s.reuse.check(draft.id).filter((f) => f.kind === 'pending-mark');
  assert.equal(pending.length, marks.length);
  assert.ok(pending.every((f) => f.blockIndex >= 1));
});

test('similar paragraphs find the 2023 paragraph on ministries’ contributions; the draft itself is left out', async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  const draft = s.reviews.create({ title: 'Báo cáo 2026', year: 2026, lang: 'vi', kind: 'report' });
  const caret = 'Tổng kết sự tham gia của Việt Nam năm 2025, Thứ trưởng hoan nghênh các bộ, ngành đã phát huy tinh thần chủ động, tích cực, trách nhiệm, sáng tạo, đóng góp thiết thực cho thành công của ASEAN, có ý nghĩa quan trọng đối với thành tựu đối ngoại chung của đất nước.';
  s.reviews.save(draft.id, doc([paragraph(caret)]), 'manual');
  const hits = s.reuse.similar({ text: caret, excludeReviewId: draft.id });
  assert.ok(hits.length >= 1 && hits.length <= 5);
  assert.equal(hits[0]!.occurrences[0]!.reviewId, seeds.get('000')!.id);
  assert.equal(hits[0]!.occurrences[0]!.year, 2023);
  assert.ok(hits.every((h) => h.score >= 70));
  assert.ok(hits[0]!.diff.some((d) => d.kind !== 'same'), 'differences are shown');
  assert.ok(hits.every((h) => h.occurrences.every((o) => o.reviewId !== draft.id)));
  // Tone marks do not matter.
  const folded = s.reuse.similar({ text: 'tong ket su tham gia cua viet nam nam 2025, thu truong hoan nghenh cac bo, nganh da phat huy tinh than chu dong, tich cuc, trach nhiem, sang tao, dong gop thiet thuc cho thanh cong cua asean, co y nghia quan trong doi voi thanh tuu doi ngoai chung cua dat nuoc', excludeReviewId: draft.id });
  assert.equal(folded[0]!.score, hits[0]!.score);
  // A later edit of a past review is seen by the next query.
  const review2023 = seeds.get('000')!;
  s.reviews.save(review2023.id, doc([paragraph('Nội dung khác hẳn.')]), 'manual');
  assert.ok(!s.reuse.similar({ text: caret, excludeReviewId: draft.id }).some((h) => h.occurrences.some((o) => o.reviewId === review2023.id)));
});

test('phrase lookup lists every past sentence with the phrase, by year, tone-mark-insensitive', async (t) => {
  const s = tempServices(t);
  await importSeeds(s);
  const lines = s.reuse.concordance({ phrase: 'vai tro trung tam' });
  assert.ok(lines.length >= 4);
  assert.ok(lines.every((l) => l.match.normalize('NFC').toLowerCase() === 'vai trò trung tâm'));
  assert.deepEqual(lines.map((l) => l.ref.year), [...lines.map((l) => l.ref.year)].sort((a, b) => b - a));
  assert.ok(lines.every((l) => !/[.!?]\s+\S/u.test(l.before + l.match + l.after.replace(/[.!?;]+$/u, '')) ), 'one sentence each');
  assert.deepEqual(s.reuse.concordance({ phrase: 'không có cụm này ở đâu cả' }), []);
});

test('roll a section of a review for the CLI: text as accepted, then each change', async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  const result = s.reuse.rollSection({ reviewId: seeds.get('000')!.id, key: 'orientations', toYear: 2025 });
  const text = result.blocks.map(blockText).join('\n');
  assert.match(text, /Chủ tịch Phi-líp-pin trong năm ASEAN 2026/u, text);
  assert.ok(result.changes.some((c) => c.rule === 'chair' && c.old === 'Lào'));
});

test('"Same section" leaves out a section that is only its heading (its parts are sections of their own)', (t) => {
  const s = tempServices(t);
  createSampleReportOnce(s);
  const sample = s.reviews.list().find((r) => r.fields.sample === true)!;
  const draft = s.reviews.create({ title: 'Báo cáo 2026', year: 2026, lang: 'vi', kind: 'report' });
  assert.equal(s.reuse.sectionAt(sample.id, 2), 'asean-results', 'block 2 is the heading “I. TÌNH HÌNH…” alone');
  const versions = s.reuse.sectionVersions({ reviewId: draft.id, key: 'asean-results' });
  assert.ok(versions.length >= 1, 'the sample’s sections with text are offered');
  assert.ok(versions.every((v) => v.paragraphs.length > 1 || v.paragraphs[0]?.text !== v.sectionTitle), JSON.stringify(versions.map((v) => v.sectionTitle)));
  assert.ok(!versions.some((v) => v.sectionTitle.startsWith('I. ')), 'not "I. TÌNH HÌNH HỢP TÁC ASEAN NĂM 2025" alone');
  assert.ok(versions.some((v) => v.sectionTitle === '2. Kết quả chung'));
});
