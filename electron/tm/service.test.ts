// The TM service over a real library: the memory from the 2023 pair, the English version of a
// Vietnamese review (100 % and fuzzy pre-fills, the changed words shown), the reverse direction,
// linking, corrections that survive a restart, and the glossary check ("Vụ ASEAN").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDir, tempServices } from '../test/temp.ts';
import { createServices } from '../services/index.ts';
import { doc, heading, list, paragraph } from '../shared/doc-build.ts';
import { docSentences } from './pairs.ts';
import { importPair2023 } from './testing/pair-2023.ts';

const CHANGED_VI = 'Trước sự vận động đan xen của các cơ hội và thách thức, ASEAN đã chứng tỏ khả năng linh hoạt thích ứng, từng bước điều chỉnh để chủ động nắm bắt và tận dụng các xu hướng mới phục vụ mục tiêu tăng trưởng bao trùm.';
const EN_OF_IT = 'Faced with the intertwining movement of opportunities and challenges, ASEAN has demonstrated its ability to flexibly adapt, gradually adjusting to proactively grasp and take advantage of new trends to serve the goal of sustainable development.';

test('the English version of a 2023 paragraph is pre-filled at 100 %; a sentence changed by a few words gets a fuzzy match with the changed words', async (t) => {
  const services = tempServices(t);
  const { vi } = await importPair2023(services);
  const paragraph2023 = docSentences(vi.content).find((s) => s.text.startsWith('Điểm lại các hoạt động'))!;
  const unitText = vi.content.root.children.map((b) => b).find((b) => b.type === 'paragraph' && JSON.stringify(b).includes('Điểm lại các hoạt động'));
  assert.ok(unitText && paragraph2023);
  const draft = services.reviews.create({
    title: 'Thông cáo 2024', year: 2024, lang: 'vi', kind: 'press',
    content: doc([heading(1, 'I. Kết quả'), unitText, list('bullet', [CHANGED_VI, 'Một câu hoàn toàn mới chưa có trong bộ nhớ dịch của thư viện.'])]),
  });
  const { review, segments, summary } = services.tm.translate(draft.id, 'en');
  assert.equal(review.lang, 'en');
  assert.equal(review.translationOf, draft.id);
  const made = services.reviews.get(review.id);
  // Same structure: a heading, a paragraph, a list of two items.
  assert.deepEqual(made.content.root.children.map((b) => b.type), ['heading', 'paragraph', 'list']);
  const bySource = (start: string) => segments.find((s) => s.sourceText.startsWith(start))!;
  const exact1 = bySource('Điểm lại các hoạt động');
  assert.equal(exact1.score, 100);
  assert.equal(exact1.kind, 'exact');
  assert.match(exact1.targetText, /^Reviewing ASEAN's activities over the past year/);
  assert.match(bySource('Điều này càng').targetText, /^This is especially meaningful/);
  const fuzzy = bySource('Trước sự vận động');
  assert.equal(fuzzy.kind, 'fuzzy');
  assert.ok(fuzzy.score >= 70 && fuzzy.score < 100, String(fuzzy.score));
  assert.equal(fuzzy.targetText, EN_OF_IT);
  assert.deepEqual(fuzzy.diff.filter((d) => d.op !== 'same').map((d) => `${d.op}:${d.text}`), ['removed:phát triển bền vững', 'added:tăng trưởng bao trùm']);
  const none = bySource('Một câu hoàn toàn mới');
  assert.equal(none.kind, 'none');
  assert.equal(none.targetText, none.sourceText);
  // The heading and the new sentence have no match.
  assert.deepEqual(summary, { total: segments.length, exact: segments.filter((s) => s.kind === 'exact').length, fuzzy: 1, none: 2 });
  // The text of the new review is what the segments say, sentence by sentence.
  const text = docSentences(made.content).map((s) => s.text).join(' ');
  assert.equal(text, segments.map((s) => s.targetText).join(' '));
  // Stored: the panel reads them back with the differences; the user accepts the fuzzy one.
  const stored = services.tm.segments(review.id);
  assert.equal(stored.length, segments.length);
  const storedFuzzy = stored.find((s) => s.kind === 'fuzzy')!;
  assert.equal(storedFuzzy.status, 'pending');
  assert.ok(storedFuzzy.diff.some((d) => d.op === 'added'));
  const accepted = services.tm.acceptSegment(review.id, storedFuzzy.unitIndex, storedFuzzy.sentenceIndex);
  assert.equal(accepted.status, 'accepted');
  // The library shows the link both ways (translationOf on the new one).
  assert.equal(services.reviews.getMeta(review.id).translationOf, draft.id);
});

test('tm lookup: best matches both ways, numbers carried over, nothing below 70 %', async (t) => {
  const services = tempServices(t);
  await importPair2023(services);
  const [best] = services.tm.matches('Khoảng 80 đại biểu đại diện các bộ, ban, ngành đã tham gia Hội nghị.');
  assert.equal(best?.score, 100);
  assert.match(best!.target, /^Nearly 80 delegates/);
  const [numbers] = services.tm.matches('Khoảng 90 đại biểu đại diện các bộ, ban, ngành đã tham gia Hội nghị.');
  assert.ok(numbers && numbers.score < 100 && numbers.score >= 70);
  assert.match(numbers.adapted ?? '', /^Nearly 90 delegates/);
  const [back] = services.tm.matches('Nearly 80 delegates representing ministries/departments/sectors attended the Conference.', { from: 'en' });
  assert.match(back!.target, /^Khoảng 80 đại biểu/);
  assert.deepEqual(services.tm.matches('Một câu không liên quan gì đến hội nghị ASEAN cả.'), []);
});

test('the reverse direction: a Vietnamese version of an English review', async (t) => {
  const services = tempServices(t);
  const { en } = await importPair2023(services);
  const { review, summary } = services.tm.translate(en.id, 'vi');
  assert.equal(review.lang, 'vi');
  const made = docSentences(services.reviews.get(review.id).content).map((s) => s.text);
  assert.ok(made.some((s) => s.startsWith('Khoảng 80 đại biểu')));
  assert.ok(summary.exact >= 20, JSON.stringify(summary));
  assert.throws(() => services.tm.translate(review.id, 'vi'), /already in Vietnamese/);
});

test("the English version of a draft with field chips: where no sentence is in the memory, the chips keep their place and take their English values", (t) => {
  const services = tempServices(t);
  const chip = (name: string, value: string) => ({ type: 'field' as const, version: 1 as const, name, text: value, confirmed: true, format: 0, style: '', mode: 'token' as const, detail: 0 });
  const text = (value: string) => ({ type: 'text' as const, version: 1 as const, text: value, format: 0, style: '', mode: 'normal' as const, detail: 0 });
  const vi = services.reviews.create({ title: 'Thông cáo 2026', year: 2026, lang: 'vi', kind: 'press', content: doc([
    { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children: [
      text('Ngày '), chip('meetingDate', '9/12/2026'), text(', dưới sự điều phối của '), chip('chair', 'Phi-líp-pin'), text(', Hội nghị Cấp cao lần thứ '), chip('summits', '48 và 49'), text('.'),
    ] },
  ]) });
  const { review } = services.tm.translate(vi.id, 'en');
  const fields: string[] = [];
  const walk = (node: unknown): void => {
    const n = node as { type?: string; name?: string; text?: string; children?: unknown[] };
    if (n.type === 'field') fields.push(`${n.name}=${n.text}`);
    n.children?.forEach(walk);
  };
  services.reviews.get(review.id).content.root.children.forEach(walk);
  assert.deepEqual(fields, ['meetingDate=9 December 2026', 'chair=the Philippines', 'summits=48th and 49th']);
  // The Vietnamese review is untouched.
  fields.length = 0;
  services.reviews.get(vi.id).content.root.children.forEach(walk);
  assert.deepEqual(fields, ['meetingDate=9/12/2026', 'chair=Phi-líp-pin', 'summits=48 và 49']);
});

test('link and unlink two reviews as translations; the memory follows', async (t) => {
  const services = tempServices(t);
  const a = services.reviews.create({ title: 'VI', year: 2024, lang: 'vi', content: doc([paragraph('Hội nghị đã thông qua Tuyên bố chung về hợp tác khu vực năm 2024.')]) });
  const b = services.reviews.create({ title: 'EN', year: 2024, lang: 'en', content: doc([paragraph('The meeting adopted the Joint Statement on regional cooperation in 2024.')]) });
  const c = services.reviews.create({ title: 'VI 2', year: 2024, lang: 'vi' });
  const before = services.reviews.getMeta(a.id).updatedAt;
  assert.equal(services.tm.matches('Hội nghị đã thông qua Tuyên bố chung về hợp tác khu vực năm 2024.').length, 0);
  services.tm.link(a.id, b.id);
  assert.equal(services.reviews.getMeta(b.id).translationOf, a.id);
  assert.equal(services.reviews.getMeta(a.id).updatedAt, before, 'linking is not a write an open editor would see as a conflict');
  assert.equal(services.tm.matches('Hội nghị đã thông qua Tuyên bố chung về hợp tác khu vực năm 2024.')[0]?.score, 100);
  assert.throws(() => services.tm.link(a.id, c.id), /same language/);
  assert.throws(() => services.tm.link(a.id, a.id), /itself/);
  assert.equal(services.tm.unlink(b.id), 1);
  assert.equal(services.reviews.getMeta(b.id).translationOf, null);
  assert.equal(services.tm.matches('Hội nghị đã thông qua Tuyên bố chung về hợp tác khu vực năm 2024.').length, 0);
  // Trashing one side takes the pair out of the memory.
  services.tm.link(b.id, a.id);
  assert.equal(services.tm.matches('The meeting adopted the Joint Statement on regional cooperation in 2024.').length, 1);
  services.reviews.trash(a.id);
  assert.equal(services.tm.matches('The meeting adopted the Joint Statement on regional cooperation in 2024.').length, 0);
});

test('a correction of the alignment is kept (and survives a restart and edits elsewhere)', async (t) => {
  const dir = tempDir(t);
  let services = createServices({ dataDir: dir, mode: 'cli' });
  const { vi, en } = await importPair2023(services);
  const before = services.tm.alignment(vi.id);
  const v = before.viSentences.findIndex((s) => s.startsWith('Nhiều ý tưởng của Việt Nam'));
  // A (deliberately odd) correction: the Vietnamese sentence pairs with the next English one as well.
  const e0 = before.enSentences.findIndex((s) => s.startsWith('Many Vietnamese ideas'));
  const e = e0 + 1;
  const after = services.tm.correct(vi.id, undefined, [v], [e0, e]);
  const unit = after.units.find((u) => u.viFirst === v)!;
  assert.deepEqual([unit.enFirst, unit.enCount, unit.corrected], [e0, 2, true]);
  assert.equal(after.corrections, 1);
  services.close();
  services = createServices({ dataDir: dir, mode: 'cli' });
  t.after(() => services.close());
  // An edit elsewhere in the English realigns the pair; the correction holds.
  const enNow = services.reviews.get(en.id);
  services.reviews.save(en.id, { root: { ...enNow.content.root, children: [...enNow.content.root.children, paragraph('An added closing line.')] } }, 'manual');
  const again = services.tm.alignment(en.id);
  const kept = again.units.find((u) => u.viFirst === v)!;
  assert.deepEqual([kept.enCount, kept.corrected], [2, true]);
  // Resetting drops it.
  const reset = services.tm.resetCorrections(vi.id);
  assert.equal(reset.corrections, 0);
  assert.equal(reset.units.find((u) => u.viFirst === v)!.enCount, 1);
  assert.throws(() => services.tm.correct(vi.id, undefined, [0, 2], []), /consecutive/);
});

test('the glossary check: "Vụ ASEAN" not as "ASEAN Department" is flagged; a term rendered two ways is inconsistent', async (t) => {
  const services = tempServices(t);
  const { vi } = await importPair2023(services);
  const { review } = services.tm.translate(vi.id, 'en');
  assert.equal(services.tm.check(review.id).filter((f) => f.termKey === 'vu-asean').length, 0);
  const made = services.reviews.get(review.id);
  const json = JSON.stringify(made.content)
    .replace('the ASEAN Department, Ministry of Foreign Affairs', 'the ASEAN Division, Ministry of Foreign Affairs')
    .replace('implementing the Master Plans for Community building', 'implementing the Blueprints for Community building');
  services.reviews.save(review.id, JSON.parse(json), 'manual');
  const findings = services.tm.check(review.id);
  const vu = findings.filter((f) => f.termKey === 'vu-asean');
  assert.equal(vu.length, 1);
  assert.equal(vu[0]!.kind, 'glossary-term');
  assert.deepEqual(vu[0]!.expected, ['ASEAN Department']);
  assert.match(vu[0]!.sentence, /ASEAN Division/);
  assert.match(vu[0]!.message.en, /“Vụ ASEAN” should be translated as “ASEAN Department”/);
  // "Kế hoạch tổng thể" is "Master Plan" elsewhere in the draft ("master plan to participate"), "Blueprint" here.
  const inconsistent = findings.filter((f) => f.kind === 'glossary-inconsistent' && f.termKey === 'ke-hoach-tong-the');
  assert.equal(inconsistent.length, 1, JSON.stringify(findings.map((f) => [f.kind, f.termKey, f.found, f.sentence.slice(0, 60)])));
  // The linked pair itself (no segments): the 2023 English is checked against its Vietnamese through the alignment.
  const pairFindings = services.tm.check(vi.id);
  assert.ok(Array.isArray(pairFindings));
});

test('a long pair being edited is realigned at most once a minute (lookups never wait for it)', (t) => {
  const services = tempServices(t);
  const n = 450;
  const viDoc = (changed: boolean) => doc(Array.from({ length: n }, (_, k) => paragraph(k === 3 && changed ? 'Câu số 3 nói về hợp tác ASEAN trong năm.' : `Câu số ${k} nói về ASEAN trong năm.`)));
  const enDoc = (changed: boolean) => doc(Array.from({ length: n }, (_, k) => paragraph(k === 3 && changed ? 'Sentence 3 is about ASEAN cooperation in the year.' : `Sentence ${k} is about ASEAN in the year.`)));
  const vi = services.reviews.create({ title: 'VI dài', year: 2024, lang: 'vi', content: viDoc(false) });
  const en = services.reviews.create({ title: 'EN long', year: 2024, lang: 'en', content: enDoc(false), translationOf: vi.id });
  assert.equal(services.tm.matches('Câu số 3 nói về ASEAN trong năm.')[0]?.score, 100);
  t.mock.timers.enable({ apis: ['Date'], now: Date.now() });
  services.reviews.save(vi.id, viDoc(true), 'manual');
  services.reviews.save(en.id, enDoc(true), 'manual');
  // Within the minute: the previous alignment still serves.
  assert.notEqual(services.tm.matches('Câu số 3 nói về hợp tác ASEAN trong năm.')[0]?.score, 100);
  t.mock.timers.tick(61_000);
  const [now] = services.tm.matches('Câu số 3 nói về hợp tác ASEAN trong năm.');
  assert.equal(now?.score, 100);
  assert.equal(now?.target, 'Sentence 3 is about ASEAN cooperation in the year.');
});
