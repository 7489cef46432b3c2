// A 2026 draft built on the 2025 sample article, the way "New review" and `new` make it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempServices } from '../test/temp.ts';
import { defaultResourcesDir, type Services } from '../services/index.ts';
import { runImport } from '../library/import/jobs.ts';
import { doc, docText, paragraph } from '../shared/doc-build.ts';
import type { DocCarryChecklist, DocField, DocState } from '../shared/doc.ts';
import { visitFields } from './templates/format.ts';
import { listSections } from '../library/search/service.ts';
import { createSampleReportOnce } from './sample.ts';

const SEED_2025 = join(defaultResourcesDir(), 'data', 'samples', '002_a06ca1df537d2285.txt');

async function with2025(services: Services): Promise<string> {
  const [outcome] = await runImport(services, [SEED_2025]);
  assert.equal(outcome?.status, 'imported');
  return outcome!.status === 'imported' ? outcome!.reviewId : '';
}

function fields(content: DocState): Map<string, DocField> {
  const out = new Map<string, DocField>();
  visitFields(content, (f) => { if (!out.has(f.name)) out.set(f.name, f); });
  return out;
}

function checklist(content: DocState): DocCarryChecklist {
  const c = content.root.children.find((b): b is DocCarryChecklist => b.type === 'carry-checklist');
  assert.ok(c, 'the draft has a carry-forward checklist');
  return c;
}

test('a 2026 Vietnamese report draft from the 2025 article: years, Chairs, themes, checklist, cleared meeting facts', async (t) => {
  const s = tempServices(t);
  const prevId = await with2025(s);
  const result = s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', from: 'auto' });
  assert.equal(result.builtOn?.id, prevId, 'auto picks last year’s article of the same language');
  const review = s.reviews.get(result.review.id);
  assert.equal(review.year, 2026);
  assert.equal(review.title, 'Báo cáo tổng kết tình hình hợp tác ASEAN và sự tham gia của Việt Nam năm 2026, phương hướng năm 2027');
  const f = fields(review.content);
  assert.equal(f.get('year')?.text, '2026');
  assert.equal(f.get('nextYear')?.text, '2027');
  assert.equal(f.get('chair')?.text, 'Phi-líp-pin');
  assert.equal(f.get('chair')?.confirmed, true);
  assert.equal(f.get('chairTheme')?.text, 'Cùng chèo lái tương lai chung');
  assert.equal(f.get('nextChair')?.text, 'Singapore');
  assert.equal(f.get('nextChairTheme')?.text, '');
  assert.equal(f.get('nextChairTheme')?.confirmed, false, 'Singapore’s theme is not announced');
  assert.equal(f.get('nextAnniversaries')?.text, 'kỷ niệm 60 năm thành lập ASEAN và kỷ niệm 20 năm ký kết Hiến chương ASEAN');
  assert.equal(f.get('chairingOfficial')?.text, 'Đặng Hoàng Giang');
  assert.equal(f.get('chairingOfficial')?.confirmed, false, 'carried from last year: to confirm');
  for (const name of ['meetingDate', 'delegates']) {
    assert.equal(f.get(name)?.text, '', `${name} is cleared`);
  }
  assert.ok(result.empty.includes('meetingDate'));
  assert.ok(result.unconfirmed.includes('chairingOfficial'));
  const text = docText(review.content);
  assert.ok(!/\{\{|\}\}/.test(text), 'no field syntax in the text');
  assert.match(text, /PHƯƠNG HƯỚNG NĂM 2027/);
  assert.doesNotMatch(text, /9\/12/, 'last year’s meeting date is not carried');

  const items = checklist(review.content).items;
  assert.equal(checklist(review.content).fromReviewId, prevId);
  assert.ok(items.length >= 2, JSON.stringify(items.map((i) => i.text)));
  assert.match(items[0]!.text, /^Tiếp tục phát huy vai trò thành viên chủ động, tích cực và trách nhiệm/);
  assert.ok(items.some((i) => /Kết luận số 59-KL\/TW/.test(i.text)), 'the 59-KL/TW orientation is an item');
  assert.ok(items.every((i) => i.status === null && i.result === ''));
  assert.ok(!items.some((i) => /^Trao đổi về/.test(i.text)), 'the lead-in is dropped');

  // The template's section keys are the review's sections.
  const keys = listSections(s.db, review.id).map((x) => x.key);
  for (const k of ['context', 'external-relations', 'assessment', 'orientations', 'recommendations']) assert.ok(keys.includes(k as never), `${k} in ${keys.join(',')}`);

  // check lists empty fields, unconfirmed facts and checklist items without status.
  const findings = s.drafting.check(review.id);
  // (The stale-fact kinds of issue 11 are tested with the reuse checks.)
  const kinds = new Set(findings.map((x) => x.kind).filter((k) => ['carry-no-status', 'empty-field', 'unconfirmed-field'].includes(k)));
  assert.deepEqual([...kinds].sort(), ['carry-no-status', 'empty-field', 'unconfirmed-field']);
  assert.ok(findings.some((x) => x.kind === 'empty-field' && x.target.field === 'meetingDate'));
  assert.equal(findings.filter((x) => x.kind === 'carry-no-status').length, items.length);
});

test('the same in English: 2026 under review, 2027 orientations, the Philippines and Singapore', async (t) => {
  const s = tempServices(t);
  const prevId = await with2025(s);
  const result = s.drafting.newReview({ year: 2026, lang: 'en', kind: 'report', from: prevId });
  const review = s.reviews.get(result.review.id);
  assert.equal(review.lang, 'en');
  assert.equal(review.title, "Report on ASEAN cooperation and Viet Nam's participation in 2026, and orientations for 2027");
  const f = fields(review.content);
  assert.equal(f.get('chair')?.text, 'the Philippines', '“under the Chairmanship of the Philippines”');
  assert.equal(f.get('chairTheme')?.text, 'Navigating Our Future, Together');
  assert.equal(f.get('chairTheme')?.confirmed, true);
  assert.equal(f.get('nextChair')?.text, 'Singapore');
  assert.equal(f.get('nextChairTheme')?.confirmed, false);
  assert.equal(f.get('summits')?.text, '48th and 49th');
  // 2027's Summits are not in the reference yet: the two after 2026's are proposed, to be confirmed.
  assert.deepEqual([f.get('nextSummits')?.text, f.get('nextSummits')?.confirmed], ['50th and 51st', false]);
  // Carried from the Vietnamese article in English: the name as English text writes it, the title and
  // the agency in English.
  assert.equal(f.get('chairingOfficial')?.text, 'Dang Hoang Giang');
  assert.equal(f.get('chairingTitle')?.text, 'Deputy Minister of Foreign Affairs');
  assert.equal(f.get('agency')?.text, 'the Ministry of Foreign Affairs');
  assert.doesNotMatch(docText(review.content).split('\n')[0]!, /Bộ|Thứ trưởng|Đặng/, 'the opening paragraph is English through');
  assert.ok(checklist(review.content).items.length >= 2);
  assert.match(docText(review.content), /ORIENTATIONS FOR 2027/);
});

test('a 2026 pillar review on the 2025 one: the ministry that met (named in its chair’s title), not the Foreign Ministry', (t) => {
  const s = tempServices(t);
  const pillar = s.reviews.create({ title: 'Hội nghị đánh giá hợp tác Cộng đồng Văn hóa - Xã hội ASEAN năm 2025', year: 2025, lang: 'vi', kind: 'pillar',
    fields: { chairName: 'Lưu Quang Tuấn', chairTitle: 'Vụ trưởng Vụ Hợp tác quốc tế, Bộ Nội vụ' }, content: doc([paragraph('Hội nghị tổng kết trụ cột Văn hóa - Xã hội năm 2025.')]) });
  const result = s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'pillar', from: pillar.id });
  const f = fields(s.reviews.get(result.review.id).content);
  assert.equal(f.get('agency')?.text, 'Bộ Nội vụ');
  assert.equal(f.get('chairingTitle')?.text, 'Vụ trưởng Vụ Hợp tác quốc tế');
  assert.equal(f.get('chairingOfficial')?.text, 'Lưu Quang Tuấn');
});

test('a pillar review on nothing: the ministry of the template’s header meets, not the Foreign Ministry', (t) => {
  const s = tempServices(t);
  const result = s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'pillar', from: 'none' });
  assert.equal(fields(s.reviews.get(result.review.id).content).get('agency')?.text, 'Bộ Nội vụ');
  const report = s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', from: 'none' });
  assert.equal(fields(s.reviews.get(report.review.id).content).get('agency')?.text, 'Bộ Ngoại giao');
});

test('an English title with an empty field names it in English', (t) => {
  const s = tempServices(t);
  const result = s.drafting.newReview({ year: 2026, lang: 'en', kind: 'press', from: 'none' });
  assert.equal(s.reviews.get(result.review.id).title, '[Chairing official’s title] [Chairing official] chairs the inter-sectoral meeting reviewing ASEAN cooperation in 2026');
});

test('building on none gives the template with facts and no checklist items; unknown template or year is a clear error', (t) => {
  const s = tempServices(t);
  const r = s.drafting.newReview({ year: 2027, lang: 'vi', kind: 'report', from: 'none' });
  const review = s.reviews.get(r.review.id);
  assert.equal(r.builtOn, null);
  assert.equal(checklist(review.content).items.length, 0);
  assert.equal(fields(review.content).get('chair')?.text, 'Singapore');
  assert.equal(fields(review.content).get('nextAnniversaries')?.text, '', 'no round anniversary in 2028');
  assert.throws(() => s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', template: 'nope' }), /no template “nope”/);
  assert.throws(() => s.drafting.newReview({ year: 20, lang: 'vi', kind: 'report' }), /not a valid year/);
  // No English pillar template: the Vietnamese one is offered rather than nothing.
  assert.equal(s.drafting.newReview({ year: 2026, lang: 'en', kind: 'pillar', from: 'none' }).template, 'pillar-review.vi');
});

test('the 2025 sample annual report: built once, labelled as a sample, and a 2026 draft builds on it', (t) => {
  const s = tempServices(t);
  const id = createSampleReportOnce(s);
  assert.ok(id);
  assert.equal(createSampleReportOnce(s), null, 'once per library');
  const sample = s.reviews.get(id);
  assert.equal(sample.year, 2025);
  assert.equal(sample.kind, 'report');
  assert.equal(sample.fields.sample, true);
  assert.match(sample.title, /^\(BẢN MẪU\) Báo cáo tổng kết tình hình hợp tác ASEAN và sự tham gia của Việt Nam năm 2025, phương hướng năm 2026$/);
  const text = docText(sample.content);
  assert.match(text, /^BẢN MẪU — văn bản minh họa/);
  assert.match(text, /Ma-lai-xi-a|Malaysia/);
  assert.match(text, /Bao trùm và Bền vững/);
  assert.match(text, /lần thứ 46 và 47 tại Kuala Lumpur/);
  assert.match(text, /30 năm Việt Nam đồng hành/);
  assert.doesNotMatch(text, /\{\{|…/);
  const next = s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report' });
  assert.equal(next.builtOn?.id, id, 'the sample is last year’s report');
  // The sample's metadata holds the Decree 30 header's agency in capitals; the body names it in a sentence.
  assert.equal(sample.fields.agency, 'BỘ NGOẠI GIAO');
  const nextText = docText(s.reviews.get(next.review.id).content);
  assert.match(nextText, /, Bộ Ngoại giao đã tổ chức Cuộc họp liên ngành/);
  assert.doesNotMatch(nextText, /BỘ NGOẠI GIAO/);
  // And the year after, built on that draft.
  const after = s.drafting.newReview({ year: 2027, lang: 'vi', kind: 'report', from: next.review.id });
  assert.doesNotMatch(docText(s.reviews.get(after.review.id).content), /BỘ NGOẠI GIAO/);
  const items = checklist(s.reviews.get(next.review.id).content).items.map((i) => i.text);
  assert.ok(items.includes('Tiếp tục phát huy vai trò thành viên chủ động, tích cực và trách nhiệm'), items.join(' | '));
  assert.ok(!items.some((i) => /đảm nhận vai trò Chủ tịch ASEAN/.test(i)), 'the outlook is not a task');
});

test('an English draft on the Vietnamese 2025 article: orientations in English where the memory has them, the rest marked untranslated', async (t) => {
  const s = tempServices(t);
  const prevId = await with2025(s);
  const first = checklist(s.reviews.get(s.drafting.newReview({ year: 2026, lang: 'en', kind: 'report', from: prevId }).review.id).content).items;
  assert.ok(first.length >= 2);
  assert.ok(first.every((i) => i.untranslated === 'vi'), 'no memory yet: every item says it is Vietnamese');
  // A linked pair in the library holding that orientation with its English translation.
  const vi = s.reviews.create({ title: 'Phương hướng', year: 2024, lang: 'vi', content: doc([paragraph('Tiếp tục phát huy vai trò thành viên chủ động, tích cực và trách nhiệm.')]) });
  s.reviews.create({ title: 'Orientations', year: 2024, lang: 'en', translationOf: vi.id, content: doc([paragraph('Continue to uphold its role as a proactive, positive and responsible member.')]) });
  const result = s.drafting.newReview({ year: 2026, lang: 'en', kind: 'report', from: prevId });
  const items = checklist(s.reviews.get(result.review.id).content).items;
  const done = items.filter((i) => !i.untranslated);
  assert.deepEqual(done.map((i) => [i.text, i.sourceText]), [['Continue to uphold its role as a proactive, positive and responsible member', 'Tiếp tục phát huy vai trò thành viên chủ động, tích cực và trách nhiệm']]);
  assert.equal(items.filter((i) => i.untranslated === 'vi').length, items.length - 1);
  assert.equal(result.untranslated, items.length - 1);
  // check lists each untranslated item (in English for the English UI).
  const findings = s.drafting.check(result.review.id).filter((f) => f.kind === 'carry-untranslated');
  assert.equal(findings.length, items.length - 1);
  assert.match(findings[0]!.message.en, /^Orientation not translated into English \(still in Vietnamese\): “/);
  assert.match(findings[0]!.message.vi, /^Phương hướng chưa dịch sang tiếng Anh/);
  // A Vietnamese draft on the same article has no such marks.
  const viItems = checklist(s.reviews.get(s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', from: prevId }).review.id).content).items;
  assert.ok(viItems.every((i) => i.untranslated === undefined && i.sourceText === undefined));
});

test("a second document of this year's meeting starts from the first one's meeting facts, in its own language; a sample never counts", async (t) => {
  const services = tempServices(t);
  createSampleReportOnce(services); // the 2025 sample report holds a meeting date: it is not a real meeting
  const report = services.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', from: 'none' });
  // The drafter fills this year's meeting in the report: the date, the attendance, who chaired.
  const content = services.reviews.get(report.review.id).content;
  const set: Record<string, string> = { meetingDate: '9/12/2026', delegates: '45', ministries: '20', chairingOfficial: 'Đặng Hoàng Giang', chairingTitle: 'Thứ trưởng Bộ Ngoại giao' };
  visitFields(content, (f) => { if (set[f.name] !== undefined) { f.text = set[f.name]!; f.confirmed = true; } });
  services.reviews.save(report.review.id, content, 'manual');

  const press = services.drafting.newReview({ year: 2026, lang: 'en', kind: 'press', from: 'none' });
  const made = fields(services.reviews.get(press.review.id).content);
  assert.equal(made.get('meetingDate')?.text, '9 December 2026');
  assert.equal(made.get('delegates')?.text, '45');
  assert.equal(made.get('chairingOfficial')?.text, 'Dang Hoang Giang');
  assert.equal(made.get('chairingTitle')?.text, 'Deputy Minister of Foreign Affairs');
  assert.equal(made.get('meetingDate')?.confirmed, false, 'to confirm, like anything carried');
  assert.equal(services.reviews.getMeta(press.review.id).fields.meetingDate, '2026-12-09', 'the review\'s own date (library, Properties)');
  assert.equal(press.review.title, 'Deputy Minister of Foreign Affairs Dang Hoang Giang chairs the inter-sectoral meeting reviewing ASEAN cooperation in 2026');

  // Another year's meeting is not this one; nor is the 2025 sample's.
  const next = fields(services.reviews.get(services.drafting.newReview({ year: 2027, lang: 'vi', kind: 'press', from: 'none' }).review.id).content);
  assert.equal(next.get('meetingDate')?.text, '');
  const sampleYear = fields(services.reviews.get(services.drafting.newReview({ year: 2025, lang: 'vi', kind: 'press', from: 'none' }).review.id).content);
  assert.equal(sampleYear.get('meetingDate')?.text, '', 'the sample report is not a meeting of 2025');
});

test('the English and Vietnamese annual reports have the same sections, key for key (Reuse and the TM pair them)', (t) => {
  const s = tempServices(t);
  const keysOf = (lang: 'vi' | 'en') => listSections(s.db, s.drafting.newReview({ year: 2026, lang, kind: 'report', from: 'none' }).review.id).map((x) => x.key);
  const vi = keysOf('vi');
  assert.deepEqual(keysOf('en'), vi);
  assert.ok(!vi.includes('other'), vi.join(' '));
});

test("the check says when a meeting fact differs from the same meeting's other document, across languages", (t) => {
  const services = tempServices(t);
  const fill = (id: string, set: Record<string, string>) => {
    const content = services.reviews.get(id).content;
    visitFields(content, (f) => { if (set[f.name] !== undefined) { f.text = set[f.name]!; f.confirmed = true; } });
    services.reviews.save(id, content, 'manual');
  };
  const report = services.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', from: 'none' });
  fill(report.review.id, { meetingDate: '9/12/2026', delegates: '45', chairingOfficial: 'Đặng Hoàng Giang' });
  const press = services.drafting.newReview({ year: 2026, lang: 'en', kind: 'press', from: 'none' });
  const mismatches = (id: string) => services.drafting.check(id).filter((f) => f.kind === 'meeting-mismatch').map((f) => [f.target.field, f.message.vi]);
  assert.deepEqual(mismatches(press.review.id), [], 'made from it: the same facts');
  // The press release's date is changed (and its attendance); its name, written in English, is the same person.
  fill(press.review.id, { meetingDate: '10 December 2026', delegates: '50' });
  assert.deepEqual(mismatches(press.review.id), [
    ['meetingDate', `“Ngày họp” là “10 December 2026”, nhưng “${report.review.title}” (cùng cuộc họp) ghi “9 December 2026”: kiểm tra lại một trong hai.`],
    ['delegates', `“Số đại biểu” là “50”, nhưng “${report.review.title}” (cùng cuộc họp) ghi “45”: kiểm tra lại một trong hai.`],
  ]);
  // The proposal sets the field as the other document has it, in this one's language.
  assert.deepEqual(services.drafting.check(press.review.id).filter((f) => f.kind === 'meeting-mismatch').map((f) => f.fieldFix),
    [{ field: 'meetingDate', value: '9 December 2026' }, { field: 'delegates', value: '45' }]);
  // And the report is told the other way round.
  assert.deepEqual(mismatches(report.review.id).map(([field]) => field), ['meetingDate', 'delegates']);
});
