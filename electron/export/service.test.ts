import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tempServices } from '../test/temp.ts';
import { AppError } from '../shared/errors.ts';
import { exportHandlers } from '../ipc/handlers/export.ts';
import { readDocx, all, textOf } from '../docx/testing/read-docx.ts';
import { SAMPLE_SETTINGS, sampleBlocks } from '../docx/testing/sample-review.ts';
import { doc } from '../shared/doc-build.ts';
import { createExportService } from './service.ts';
import { findSoffice, libreOfficeRenderer } from './pdf.ts';
import { realFs } from './atomic-write.ts';
import { localIsoDate } from './settings.ts';

test('settings: defaults from the review, then remembered per review; office values carry over', async (t) => {
  const services = tempServices(t);
  const vi = services.reviews.create({ title: 'Báo cáo tổng kết hợp tác ASEAN năm 2025', year: 2025, lang: 'vi', content: doc(sampleBlocks()) });
  const en = services.reviews.create({ title: 'ASEAN Cooperation Review 2025', year: 2025, lang: 'en' });
  const defaults = services.export.settingsFor(vi.id);
  assert.equal(defaults.profile, 'decree30');
  assert.equal(defaults.summary, vi.title);
  assert.equal(defaults.date, localIsoDate(new Date()));
  assert.equal(defaults.number, '', 'no invented number');
  assert.deepEqual(defaults.signingAuthority, []);
  assert.equal(defaults.signerName, '');
  assert.equal(services.export.settingsFor(en.id).profile, 'international');

  const dir = tempDir(t);
  const chosen = { ...SAMPLE_SETTINGS, summary: 'Trích yếu riêng', number: '07/BC-VASEAN' };
  const result = await services.export.docx(vi.id, chosen, join(dir, 'a.docx'));
  assert.equal(result.bytes, readFileSync(join(dir, 'a.docx')).length);
  assert.deepEqual(services.export.settingsFor(vi.id), chosen, 'remembered for this review');

  const third = services.reviews.create({ title: 'Báo cáo quý I', year: 2026, lang: 'vi' });
  const carried = services.export.settingsFor(third.id);
  assert.equal(carried.agency, SAMPLE_SETTINGS.agency, 'agency from the last export');
  assert.deepEqual(carried.signingAuthority, SAMPLE_SETTINGS.signingAuthority);
  assert.equal(carried.signerName, SAMPLE_SETTINGS.signerName);
  assert.equal(carried.summary, 'Báo cáo quý I', 'but the summary is this review’s');
  assert.equal(carried.number, '', 'and the number is not copied');
});

test('docx export through the IPC handlers writes a file Word structure reads back', async (t) => {
  const services = tempServices(t);
  const review = services.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi', content: doc(sampleBlocks()) });
  const handlers = exportHandlers(services);
  const settings = await handlers['export:settings']({ reviewId: review.id });
  const path = join(tempDir(t), 'Báo cáo.docx');
  const result = await handlers['export:docx']({ reviewId: review.id, settings: { ...settings, agency: 'Vụ ASEAN' }, path });
  assert.equal(result.path, path);
  const parts = await readDocx(readFileSync(path));
  assert.ok(all(parts.body, 'w:p').some((p) => textOf(p) === 'I. Kết quả hợp tác ASEAN năm 2025'));
  await assert.rejects(async () => handlers['export:docx']({ reviewId: review.id, settings, path: join(tempDir(t), 'x.pdf') }), { code: 'export-bad-extension' });
});

test('a failed write keeps the earlier export, the review and the remembered settings', async (t) => {
  const services = tempServices(t);
  const review = services.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi', content: doc(sampleBlocks()) });
  const dir = tempDir(t);
  const path = join(dir, 'a.docx');
  await services.export.docx(review.id, SAMPLE_SETTINGS, path);
  const earlier = readFileSync(path);
  const before = services.reviews.get(review.id);
  const fullDisk = createExportService(services.db, services.reviews, {
    fs: { ...realFs, writeSync: () => { throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); } },
  });
  await assert.rejects(fullDisk.docx(review.id, { ...SAMPLE_SETTINGS, agency: 'Khác' }, path), { code: 'export-disk-full' });
  assert.deepEqual(readFileSync(path), earlier);
  assert.deepEqual(readdirSync(dir), ['a.docx']);
  assert.deepEqual(services.reviews.get(review.id), before);
  assert.equal(services.export.settingsFor(review.id).agency, SAMPLE_SETTINGS.agency, 'settings of the failed export not remembered');
  await assert.rejects(services.export.docx(review.id, SAMPLE_SETTINGS, join(dir, 'missing', 'a.docx')), { code: 'export-missing-folder' });
});

test('PDF: a clear bilingual error without LibreOffice; another renderer can be plugged in', async (t) => {
  const services = tempServices(t);
  const review = services.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi' });
  const dir = tempDir(t);
  const noOffice = createExportService(services.db, services.reviews, { pdfRenderer: libreOfficeRenderer(null) });
  await assert.rejects(noOffice.pdf(review.id, SAMPLE_SETTINGS, join(dir, 'a.pdf')), (error: unknown) => {
    assert.ok(error instanceof AppError && error.code === 'export-pdf-no-libreoffice');
    assert.match(error.userMessage.vi, /LibreOffice/);
    assert.match(error.userMessage.en, /LibreOffice/);
    return true;
  });
  assert.deepEqual(readdirSync(dir), []);
  let received: Uint8Array | null = null;
  noOffice.setPdfRenderer({ render: async (docx) => { received = docx; return new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF'); } });
  const result = await noOffice.pdf(review.id, SAMPLE_SETTINGS, join(dir, 'a.pdf'));
  assert.equal(result.pages, 1);
  assert.ok(received !== null && Buffer.from(received).subarray(0, 2).toString() === 'PK', 'the renderer got the .docx');
  assert.ok(readFileSync(join(dir, 'a.pdf'), 'latin1').startsWith('%PDF'));
});

test('soffice is found on PATH or in the usual install folders', () => {
  const seen = new Set(['/opt/lo/soffice']);
  assert.equal(findSoffice({ PATH: '/opt/lo:/usr/bin' }, (p) => seen.has(p)), process.platform === 'win32' ? null : '/opt/lo/soffice');
  const mac = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
  assert.equal(findSoffice({ PATH: '' }, (p) => p === mac), mac);
  assert.equal(findSoffice({ PATH: '' }, () => false), null);
  assert.equal(findSoffice({ REVIEW_DESK_SOFFICE: '/x/soffice', PATH: '/opt/lo' }, (p) => p === '/x/soffice'), '/x/soffice');
});

const CLI = join(import.meta.dirname, '..', 'cli.ts');

test('CLI: export ID --out FILE.docx [--profile], and .pdf', async (t) => {
  const dataDir = tempDir(t);
  const out = tempDir(t);
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  const id = execFileSync(process.execPath, [CLI, 'new', '--title', 'Báo cáo thử', '--year', '2025', '--lang', 'vi', '--data-dir', dataDir], { encoding: 'utf8' }).trim();
  const ok = run('export', id, '--out', join(out, 'a.docx'));
  assert.equal(ok.status, 0, ok.stderr);
  const parts = await readDocx(readFileSync(join(out, 'a.docx')));
  assert.ok(parts.headers.first, 'Decree 30 by default for a Vietnamese review');
  const intl = run('export', id, '--out', join(out, 'b.docx'), '--profile', 'international');
  assert.equal(intl.status, 0, intl.stderr);
  assert.equal((await readDocx(readFileSync(join(out, 'b.docx')))).headers.first, undefined);
  const bad = run('export', id, '--out', join(out, 'c.docx'), '--profile', 'letter');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--profile decree30\|international/);
  if (findSoffice()) {
    const pdf = run('export', id, '--out', join(out, 'c.docx'), '--pdf');
    assert.equal(pdf.status, 0, pdf.stderr);
    assert.ok(readFileSync(join(out, 'c.pdf'), 'latin1').startsWith('%PDF'));
    assert.match(pdf.stdout, /1 pages/);
  } else t.diagnostic('PDF part skipped: LibreOffice (soffice) is not installed');
  assert.ok(!existsSync(join(out, 'c.docx')));
});
