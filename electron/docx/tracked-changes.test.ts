// Pending roll-forward marks in a Word export (reuse, issue 11): refused unless the user chose; accepted
// as plain text; or tracked changes (w:del + w:ins with author and date) that LibreOffice lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocBlock } from '../shared/doc.ts';
import { paragraph } from '../shared/doc-build.ts';
import { AppError } from '../shared/errors.ts';
import { exportDocx } from './build.ts';
import { trackMarks } from './context.ts';
import { all, readDocx, textOf } from './testing/read-docx.ts';
import { SAMPLE_SETTINGS, sampleReview } from './testing/sample-review.ts';
import { rollBlocks } from '../reuse/marks.ts';
import { testReference } from '../reuse/testing/reference.ts';
import { findSoffice } from '../export/pdf.ts';
import { tempDir } from '../test/temp.ts';

const rolled = (): DocBlock[] => rollBlocks(
  [paragraph('Các bộ, ngành nhất trí định hướng năm 2026; Bộ Lao động - Thương binh và Xã hội phối hợp, đến năm 2030.')],
  { fromYear: 2025, toYear: 2026, reference: testReference },
).blocks;

test('an export with pending marks is refused unless the user chose', async () => {
  await assert.rejects(exportDocx(sampleReview(rolled()), SAMPLE_SETTINGS), (e: unknown) => e instanceof AppError && e.code === 'export-pending-marks');
});

test('accepted marks export as their new text, with no revisions', async () => {
  const parts = await readDocx(await exportDocx(sampleReview(rolled()), SAMPLE_SETTINGS, { mode: 'accept' }));
  const body = all(parts.body, 'w:p').map(textOf).join('\n');
  assert.match(body, /định hướng năm 2027; Bộ Nội vụ phối hợp, đến năm 2030\./u);
  assert.equal(all(parts.body, 'w:ins').length + all(parts.body, 'w:del').length, 0);
});

test('tracked: each mark is a w:del of the old words and a w:ins of the new, with author and date; LibreOffice lists them', async (t) => {
  const date = '2026-12-01T09:00:00Z';
  const bytes = await exportDocx(sampleReview(rolled()), SAMPLE_SETTINGS, trackMarks('Review Desk', date));
  const parts = await readDocx(bytes);
  const dels = all(parts.body, 'w:del');
  const ins = all(parts.body, 'w:ins');
  assert.deepEqual(dels.map((d) => all(d, 'w:delText').map((x) => x.text).join('')), ['2026', 'Bộ Lao động - Thương binh và Xã hội']);
  assert.deepEqual(ins.map(textOf), ['2027', 'Bộ Nội vụ']);
  for (const rev of [...dels, ...ins]) {
    assert.equal(rev.attrs['w:author'], 'Review Desk');
    assert.equal(rev.attrs['w:date'], date);
  }
  assert.equal(new Set([...dels, ...ins].map((r) => r.attrs['w:id'])).size, 4, 'revision ids are unique');

  const soffice = findSoffice();
  if (!soffice) { t.skip('LibreOffice (soffice) is not installed'); return; }
  const dir = tempDir(t, 'rd-tracked-');
  const input = join(dir, 'tracked.docx');
  writeFileSync(input, bytes);
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'fodt', '--outdir', dir, input], { timeout: 120_000, stdio: 'ignore' });
  const fodt = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.fodt'))!), 'utf8');
  const regions = [...fodt.matchAll(/<text:changed-region[\s\S]*?<\/text:changed-region>/g)].map((m) => m[0]);
  const kinds = regions.map((r) => (r.includes('<text:insertion') ? 'insertion' : r.includes('<text:deletion') ? 'deletion' : 'other'));
  assert.equal(kinds.filter((k) => k === 'insertion').length, 2, 'LibreOffice lists two insertions');
  assert.equal(kinds.filter((k) => k === 'deletion').length, 2, 'and two deletions');
  assert.ok(regions.every((r) => r.includes('<dc:creator>Review Desk</dc:creator>')), 'with the author');
  // LibreOffice keeps the deleted words in the text between the change's start and end markers.
  const changed = (kind: string) => regions.filter((r) => r.includes(`<text:${kind}`)).map((r) => {
    const id = /text:id="([^"]+)"/.exec(r)![1]!;
    return new RegExp(`<text:change-start text:change-id="${id}"/>([^<]*)<text:change-end`).exec(fodt)?.[1];
  });
  assert.deepEqual(changed('deletion'), ['2026', 'Bộ Lao động - Thương binh và Xã hội']);
  assert.deepEqual(changed('insertion'), ['2027', 'Bộ Nội vụ']);
});
