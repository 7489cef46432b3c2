// The five seed documents as the sample library: years, languages, kinds, chrome removal, date
// prefixes, translation links, duplicates, and the once-per-library sample import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tempDir, tempServices } from '../../test/temp.ts';
import type { Services } from '../../services/index.ts';
import type { Review } from '../../shared/review.ts';
import { docText } from '../../shared/doc-build.ts';
import { collectFiles } from './collect.ts';
import { runImport } from './jobs.ts';
import { importSamplesOnFirstRun, SAMPLE_SOURCE } from './samples.ts';
import { defaultResourcesDir } from '../../services/index.ts';

const SAMPLES = join(defaultResourcesDir(), 'data', 'samples');

/** Imports data/samples; returns the reviews keyed by seed number ("000" … "004"). */
async function importSeeds(services: Services): Promise<Map<string, Review>> {
  const outcomes = await runImport(services, await collectFiles([SAMPLES]));
  const out = new Map<string, Review>();
  for (const o of outcomes) {
    assert.equal(o.status, 'imported', JSON.stringify(o));
    if (o.status === 'imported') out.set(basename(o.file).slice(0, 3), services.reviews.get(o.reviewId));
  }
  return out;
}

test('the five seeds become five reviews with the right years, languages and kinds', async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  assert.equal(s.reviews.list().length, 5);
  const summary = Object.fromEntries([...seeds].map(([key, r]) => [key, `${r.year} ${r.lang} ${r.kind}`]));
  assert.deepEqual(summary, {
    '000': '2023 vi press',
    '001': '2016 vi press',
    '002': '2025 vi press',
    '003': '2023 en press',
    '004': '2025 vi pillar',
  });
  // The meeting's name as title where the text states it.
  assert.match(seeds.get('002')!.title, /^Cuộc họp liên ngành tổng kết .* năm 2025 và phương hướng năm 2026$/);
  assert.match(seeds.get('003')!.title, /^Inter-sectoral meeting to review ASEAN cooperation/);
  assert.equal(seeds.get('004')!.fields.pillar, 'socio-cultural');
});

test('meeting metadata: date, place, chair, attendance', async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  assert.deepEqual(
    { ...seeds.get('001')!.fields, source: undefined },
    { meetingDate: '2016-12-14', place: 'Hà Nội', chairName: 'Nguyễn Quốc Dũng', chairTitle: 'Thứ trưởng Bộ Ngoại giao', ministries: 20, source: undefined },
  );
  const f002 = seeds.get('002')!.fields;
  assert.equal(f002.meetingDate, '2025-12-09');
  assert.equal(f002.chairName, 'Đặng Hoàng Giang');
  assert.match(String(f002.chairTitle), /^Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN/);
  assert.equal(f002.delegates, 60);
  assert.equal(seeds.get('000')!.fields.meetingDate, '2023-12'); // from the " date 2023-12" prefix
  assert.equal(seeds.get('003')!.fields.chairName, 'Do Hung Viet');
  assert.equal(seeds.get('003')!.fields.delegates, 80);
  assert.equal(seeds.get('004')!.fields.chairName, 'Lưu Quang Tuấn');
});

test('metadata is editable afterwards like any review field', async (t) => {
  const s = tempServices(t);
  const r = (await importSeeds(s)).get('000')!;
  s.reviews.update(r.id, { year: 2024, fields: { place: 'Hà Nội' } });
  const after = s.reviews.getMeta(r.id);
  assert.equal(after.year, 2024);
  assert.equal(after.fields.place, 'Hà Nội');
  assert.equal(after.fields.chairName, 'Đỗ Hùng Việt');
});

test('seeds 000 (vi) and 003 (en) are linked as translations; no other links', async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  assert.equal(seeds.get('003')!.translationOf, seeds.get('000')!.id);
  for (const key of ['000', '001', '002', '004']) assert.equal(seeds.get(key)!.translationOf, null, key);
});

test('web chrome and date prefixes are removed, the article kept', async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  const page = docText(seeds.get('001')!.content);
  for (const chrome of ['Trang chủ', 'Đăng ký nhận tin', 'Tìm kiếm', '©', 'Bản quyền', 'Banbientap@', 'Internet Explorer', 'Quay lại', 'Thứ hai, ngày 15']) {
    assert.ok(!page.includes(chrome), chrome);
  }
  assert.ok(page.startsWith('(Video) Thứ trưởng Ngoại giao Nguyễn Quốc Dũng'));
  assert.ok(page.includes('(MOFA) - Ngày 14/12/2016 tại Hà Nội'));
  assert.ok(page.includes('kỷ niệm 50 năm thành lập ASEAN tại Việt Nam và trên thế giới'));
  // The "+" paragraphs are a bullet list.
  assert.ok(seeds.get('001')!.content.root.children.some((b) => b.type === 'list' && b.children.length === 5));
  const en = docText(seeds.get('003')!.content);
  assert.ok(!/^Source$|^Comment \(0\)$/mu.test(en));
  for (const key of ['000', '002']) {
    const first = docText(seeds.get(key)!.content);
    assert.ok(!first.includes('date 20'), key);
  }
  assert.ok(docText(seeds.get('000')!.content).startsWith('Khoảng 80 đại biểu'));
  // Paragraphs glued by the scraper ("…Việt Nam.Phát biểu…") are split.
  const pillar = seeds.get('004')!.content.root.children;
  assert.ok(pillar.length > 10, `004 has ${pillar.length} blocks`);
  assert.ok(!docText(seeds.get('004')!.content).includes('Việt Nam.Phát biểu'));
});

test('re-importing is refused as duplicate: same bytes, and same text in another file', async (t) => {
  const s = tempServices(t);
  const seeds = await importSeeds(s);
  const again = await runImport(s, await collectFiles([SAMPLES]));
  assert.deepEqual(again.map((o) => o.status), Array(5).fill('duplicate'));
  const first = again[0]!;
  assert.ok(first.status === 'duplicate' && first.existingId === seeds.get('000')!.id);
  const dir = tempDir(t);
  // Same bytes under another name.
  copyFileSync(join(SAMPLES, '002_a06ca1df537d2285.txt'), join(dir, 'copy.txt'));
  // Same text, different bytes: CRLF line ends and extra spaces.
  const text = readFileSync(join(SAMPLES, '004_20ac4269d944dbd4.txt'), 'utf8');
  writeFileSync(join(dir, 'respaced.txt'), text.replace(/\n/g, '\r\n').replace(/ /g, '  '));
  const copies = await runImport(s, [join(dir, 'copy.txt'), join(dir, 'respaced.txt')]);
  assert.deepEqual(copies.map((o) => o.status === 'duplicate' && o.existingId), [seeds.get('002')!.id, seeds.get('004')!.id]);
  assert.equal(s.reviews.list().length, 5);
});

test('samples are imported on first run only; a deleted sample does not come back', async (t) => {
  const s = tempServices(t);
  const first = await importSamplesOnFirstRun(s);
  assert.equal(first?.filter((o) => o.status === 'imported').length, 5);
  // Their "Nguồn" says what they are, not the shipped files' internal names.
  assert.deepEqual(new Set(s.reviews.list().map((r) => r.fields.source)), new Set([SAMPLE_SOURCE]));
  const victim = s.reviews.list()[0]!;
  s.reviews.trash(victim.id);
  s.reviews.emptyTrash();
  assert.equal(await importSamplesOnFirstRun(s), null);
  assert.equal(s.reviews.list().length, 4);
  assert.ok(!s.reviews.list().some((r) => r.id === victim.id));
});

test('re-importing a file whose review is in the trash says so, instead of a bare "duplicate"', async (t) => {
  const s = tempServices(t);
  const [first] = await runImport(s, await collectFiles([SAMPLES]));
  assert.ok(first?.status === 'imported');
  s.reviews.trash(first.reviewId);
  const again = await runImport(s, [first.file]);
  assert.deepEqual(again.map((o) => o.status === 'duplicate' && [o.existingId, o.inTrash]), [[first.reviewId, true]]);
  s.reviews.restore(first.reviewId);
  const third = await runImport(s, [first.file]);
  assert.deepEqual(third.map((o) => o.status === 'duplicate' && o.inTrash), [false]);
});
