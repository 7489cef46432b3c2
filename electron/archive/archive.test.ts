import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createServices, type Services } from '../services/index.ts';
import { doc, paragraph } from '../shared/doc-build.ts';
import { tempDir } from '../test/temp.ts';
import { readArchive } from './read.ts';
import { ARCHIVE_TABLES } from './tables.ts';
import { FORMAT_VERSION, LIMITS } from './format.ts';
import type { TestContext } from 'node:test';

function library(t: TestContext): Services {
  const services = createServices({ dataDir: tempDir(t), mode: 'cli', appVersion: '0.1.0' });
  t.after(() => services.close());
  return services;
}

function text(services: Services, id: string): string {
  return JSON.stringify(services.reviews.get(id).content);
}

function snapshot(services: Services): string {
  return JSON.stringify(['reviews', 'versions', 'sections', 'export_settings'].map((t) => services.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

test('an archive carries reviews, versions, sections and export settings to another library, where they are searchable', async (t) => {
  const here = library(t);
  const report = here.reviews.create({ title: 'Báo cáo tổng kết ASEAN 2025', year: 2025, lang: 'vi', content: doc([paragraph('I. TÌNH HÌNH HỢP TÁC'), paragraph('Hội nghị Cấp cao ASEAN lần thứ 46 tại Kuala Lumpur.')]) });
  here.reviews.save(report.id, doc([paragraph('I. TÌNH HÌNH HỢP TÁC'), paragraph('Hội nghị Cấp cao ASEAN lần thứ 46 và 47 tại Kuala Lumpur.')]), 'manual');
  const other = here.reviews.create({ title: 'Thông cáo báo chí', year: 2025, lang: 'vi' });
  const { upsertExportSettings } = await import('../store/export-settings.ts');
  const settings = { profile: 'decree30', parentAgency: 'BỘ NGOẠI GIAO', agency: 'Vụ ASEAN', number: '12/BC-ASEAN', place: 'Hà Nội', date: '2025-12-20', summary: 'Tổng kết', addressees: ['Bộ trưởng'], distribution: ['Lưu: VT'], signingAuthority: ['KT. VỤ TRƯỞNG'], signerName: 'Nguyễn Văn A' } as const;
  upsertExportSettings(here.db, report.id, { ...settings, addressees: [...settings.addressees], distribution: [...settings.distribution], signingAuthority: [...settings.signingAuthority] }, '2025-12-20T00:00:00.000Z');

  const file = join(tempDir(t), 'Thư viện [2025] 100%.rdlib');
  const manifest = await here.archive.export(file, [report.id]);
  assert.equal(manifest.formatVersion, FORMAT_VERSION);
  assert.deepEqual(manifest.reviews.map((r) => r.id), [report.id]);
  assert.equal(manifest.tables.versions!.rows, 2);
  assert.ok(!manifest.reviews.some((r) => r.id === other.id));

  const there = library(t);
  const plan = await there.archive.inspect(file);
  assert.deepEqual(plan.reviews.map((r) => r.status), ['new']);
  const { result } = await there.archive.import(file);
  assert.equal(result.added, 1);
  assert.equal(text(there, report.id), text(here, report.id));
  assert.equal(there.versions.list(report.id).length, 2);
  assert.equal(there.export.settingsFor(report.id).number, '12/BC-ASEAN');
  const { searchLibrary } = await import('../library/search/service.ts');
  const hits = searchLibrary(there.db, { q: 'Kuala Lumpur' });
  assert.ok(hits.length >= 1, 'the imported review is indexed');
  // Importing the same archive again changes nothing.
  const again = await there.archive.inspect(file);
  assert.deepEqual(again.reviews.map((r) => r.status), ['same']);
  const before = snapshot(there);
  await there.archive.import(file);
  assert.equal(snapshot(there), before);
});

test('changed on both sides is a conflict the user resolves; only-one-side changes resolve themselves; nothing is lost', async (t) => {
  const a = library(t);
  const review = a.reviews.create({ title: 'Báo cáo', year: 2026, lang: 'vi', content: doc([paragraph('Bản gốc.')]) });
  const base = join(tempDir(t), 'base.rdlib');
  await a.archive.export(base);
  const b = library(t);
  await b.archive.import(base);

  // Only the archive moved on: taken, and the text it replaces kept as a version.
  a.reviews.save(review.id, doc([paragraph('Bản A sửa.')]), 'manual');
  const fromA = join(tempDir(t), 'a.rdlib');
  await a.archive.export(fromA);
  assert.deepEqual((await b.archive.inspect(fromA)).reviews.map((r) => r.status), ['theirs-newer']);
  await b.archive.import(fromA);
  assert.match(text(b, review.id), /Bản A sửa/);

  // Only this library moved on: kept.
  b.reviews.save(review.id, doc([paragraph('Bản B sửa tiếp.')]), 'manual');
  assert.deepEqual((await b.archive.inspect(fromA)).reviews.map((r) => r.status), ['mine-newer']);
  await b.archive.import(fromA);
  assert.match(text(b, review.id), /Bản B sửa tiếp/);

  // Both moved on: a conflict; without a choice nothing is imported.
  a.reviews.save(review.id, doc([paragraph('Bản A sửa lần hai.')]), 'manual');
  const conflicting = join(tempDir(t), 'conflict.rdlib');
  await a.archive.export(conflicting);
  const plan = await b.archive.inspect(conflicting);
  assert.deepEqual(plan.reviews.map((r) => r.status), ['conflict']);
  assert.equal(plan.conflicts, 1);
  const before = snapshot(b);
  await assert.rejects(b.archive.import(conflicting), { code: 'archive-conflicts-unresolved' });
  assert.equal(snapshot(b), before);

  // mine: nothing changes.
  await b.archive.import(conflicting, { reviews: { [review.id]: 'mine' } });
  assert.equal(snapshot(b), before);
  // both: the archive's review is added as a copy.
  const { result } = await b.archive.import(conflicting, { reviews: { [review.id]: 'both' } });
  assert.equal(result.copies, 1);
  const titles = b.reviews.list().map((r) => r.title).sort();
  assert.deepEqual(titles, ['Báo cáo', 'Báo cáo (từ tệp lưu trữ)']);
  const copy = b.reviews.list().find((r) => r.id !== review.id)!;
  assert.match(text(b, copy.id), /Bản A sửa lần hai/);
  assert.match(text(b, review.id), /Bản B sửa tiếp/);
  // theirs: taken, and B's text is still in the history.
  await b.archive.import(conflicting, { reviews: { [review.id]: 'theirs' } });
  assert.match(text(b, review.id), /Bản A sửa lần hai/);
  const history = b.versions.list(review.id).map((v) => JSON.stringify(b.versions.get(v.id).content));
  assert.ok(history.some((h) => h.includes('Bản B sửa tiếp')), 'the replaced text is a version');
});

async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('truncated, hostile (path traversal, zip bomb, bad rows) and newer archives are refused and the library is untouched', async (t) => {
  const services = library(t);
  services.reviews.create({ title: 'Đã lưu', year: 2025, lang: 'vi', content: doc([paragraph('Giữ nguyên.')]) });
  const good = join(tempDir(t), 'good.rdlib');
  await services.archive.export(good);
  const bytes = readFileSync(good);
  const manifest = JSON.parse(await (await JSZip.loadAsync(bytes)).file('manifest.json')!.async('string')) as Record<string, unknown>;
  const dir = tempDir(t);
  const cases: [string, Uint8Array, string][] = [
    ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), 'archive-invalid'],
    ['not a zip', Buffer.from('hello'), 'archive-invalid'],
    ['traversal', await zipOf({ 'manifest.json': JSON.stringify(manifest), '../../evil.sh': 'rm -rf /' }), 'archive-invalid'],
    ['absolute', await zipOf({ 'manifest.json': JSON.stringify(manifest), '/etc/passwd': 'x' }), 'archive-invalid'],
    ['newer format', await zipOf({ 'manifest.json': JSON.stringify({ ...manifest, formatVersion: FORMAT_VERSION + 1 }), 'tables/reviews.json': '{"columns":[],"rows":[]}' }), 'archive-too-new'],
    ['newer table', await zipOf({ 'manifest.json': JSON.stringify(manifest), 'tables/reviews.json': '{"columns":[],"rows":[]}', 'tables/future_things.json': '{"columns":["a"],"rows":[["x"]]}' }), 'archive-too-new'],
    ['bad row', await zipOf({ 'manifest.json': JSON.stringify(manifest), 'tables/reviews.json': '{"columns":["id"],"rows":[[{"x":1}]]}' }), 'archive-invalid'],
    ['sql in a column name', await zipOf({ 'manifest.json': JSON.stringify(manifest), 'tables/reviews.json': '{"columns":["id\\" FROM reviews; DROP TABLE reviews; --"],"rows":[["x"]]}' }), 'archive-invalid'],
  ];
  const before = snapshot(services);
  for (const [name, data, code] of cases) {
    const path = join(dir, `${name}.rdlib`);
    writeFileSync(path, data);
    await assert.rejects(services.archive.inspect(path), { code }, name);
    await assert.rejects(services.archive.import(path, { all: 'theirs' }), { code }, name);
    assert.equal(snapshot(services), before, name);
  }
  // A zip bomb: 16 MB of zeros in a ~16 KB archive stops at the cap (here 2 MB, as 512 MB is in the app)
  // without inflating the rest.
  const bomb = join(dir, 'bomb.rdlib');
  writeFileSync(bomb, await zipOf({ 'manifest.json': JSON.stringify(manifest), 'tables/reviews.json': new Uint8Array(16 * 1024 * 1024) }));
  assert.ok(readFileSync(bomb).length < 200 * 1024);
  await assert.rejects(readArchive(bomb, { ...LIMITS, entryBytes: 2 * 1024 * 1024 }), { code: 'archive-too-large' });
  await assert.rejects(readArchive(bomb, { ...LIMITS, totalBytes: 2 * 1024 * 1024 }), { code: 'archive-too-large' });
  assert.equal(snapshot(services), before);

  // A column only a newer app has, with a value: refused rather than dropped.
  const zip = await JSZip.loadAsync(bytes);
  const reviews = JSON.parse(await zip.file('tables/reviews.json')!.async('string')) as { columns: string[]; rows: unknown[][] };
  const other = library(t);
  reviews.columns.push('future_column');
  for (const row of reviews.rows) row.push('value');
  zip.file('tables/reviews.json', JSON.stringify(reviews));
  const newer = join(dir, 'newer-column.rdlib');
  writeFileSync(newer, await zip.generateAsync({ type: 'uint8array' }));
  await assert.rejects(other.archive.import(newer), { code: 'archive-too-new' });
  assert.equal(other.reviews.list().length, 0);
  assert.ok((await readArchive(good)).tables.has('reviews'));
  assert.ok(ARCHIVE_TABLES[0]!.name === 'reviews', 'reviews come first (the other tables refer to them)');
});
