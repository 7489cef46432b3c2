// Import jobs through the IPC handlers: a folder (recursive, hidden files skipped) runs in the
// background with "n of m" progress; a cancelled job keeps what it imported and nothing more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tempDir, tempServices } from '../../test/temp.ts';
import { importHandlers } from '../../ipc/handlers/import.ts';
import { startImportJob, waitForImportJob } from './jobs.ts';

function writeReviews(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.txt`), `Báo cáo số ${i}: hội nghị tổng kết hợp tác ASEAN năm ${2000 + (i % 25)} đã diễn ra tốt đẹp.`);
  }
}

test('a folder is imported recursively in the background with progress; hidden files skipped', async (t) => {
  const s = tempServices(t);
  const handlers = importHandlers(s);
  const root = tempDir(t);
  mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'a.txt'), 'Hội nghị năm 2020 của các bộ ngành về hợp tác ASEAN.');
  writeFileSync(join(root, 'sub', 'b.md'), '# Review 2021\n\nThe meeting reviewed ASEAN cooperation in 2021.');
  writeFileSync(join(root, 'sub', 'deeper', 'c.html'), '<p>Cuộc họp liên ngành tổng kết năm 2022 đã diễn ra.</p>');
  writeFileSync(join(root, '.hidden.txt'), 'ẩn');
  writeFileSync(join(root, '.git', 'x.txt'), 'ẩn');
  writeFileSync(join(root, '~$lock.docx'), 'lock');
  writeFileSync(join(root, 'image.png'), 'png');
  const started = await handlers['import:start']({ paths: [root] });
  assert.equal(started.state, 'running');
  assert.equal(started.total, 3);
  assert.equal(started.done, 0);
  const finished = await waitForImportJob(s, started.jobId);
  assert.equal(finished.state, 'finished');
  assert.equal(finished.done, 3);
  // What the walk left out is listed first, each with its reason; then the imported files in order.
  assert.deepEqual(finished.results.map((r) => [basename(r.file), r.status]), [
    ['.git', 'skipped'], ['.hidden.txt', 'skipped'], ['~$lock.docx', 'skipped'], ['image.png', 'skipped'],
    ['a.txt', 'imported'], ['b.md', 'imported'], ['c.html', 'imported'],
  ]);
  assert.ok(finished.results.every((r) => r.status !== 'skipped' || (r.reason.vi && r.reason.en && r.reason.vi !== r.reason.en)));
  assert.deepEqual(await handlers['import:status']({ jobId: started.jobId }), finished);
  assert.deepEqual(s.reviews.list().map((r) => r.year).sort(), [2020, 2021, 2022]);
});

test('cancel stops the batch at the next file; what was imported stays', async (t) => {
  const s = tempServices(t);
  const handlers = importHandlers(s);
  const dir = tempDir(t);
  writeReviews(dir, 40);
  const started = await handlers['import:start']({ paths: [dir] });
  assert.equal(started.total, 40);
  // Let a few files through, then cancel.
  while ((await handlers['import:status']({ jobId: started.jobId })).done < 3) await new Promise((r) => setImmediate(r));
  await handlers['import:cancel']({ jobId: started.jobId });
  const final = await waitForImportJob(s, started.jobId);
  assert.equal(final.state, 'cancelled');
  assert.ok(final.done >= 3 && final.done < 40, `done ${final.done}`);
  assert.equal(final.results.length, final.done);
  assert.ok(final.results.every((r) => r.status === 'imported'));
  // Exactly the reported files are in the library, each whole (review + version + source).
  const count = (table: string) => (s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  assert.deepEqual([count('reviews'), count('versions'), count('sources')], [final.done, final.done, final.done]);
});

test('an unknown job id is a clear error', (t) => {
  const s = tempServices(t);
  assert.throws(() => importHandlers(s)['import:status']({ jobId: 'nope' }), { code: 'not-found' });
});

test('links are followed once (a loop is walked once); a missing path is reported and the rest imported', async (t) => {
  const s = tempServices(t);
  const root = tempDir(t);
  const samples = resolve(import.meta.dirname, '..', '..', '..', 'data', 'samples');
  const [first, second] = readdirSync(samples);
  mkdirSync(join(root, 'a'));
  copyFileSync(join(samples, first!), join(root, 'a', first!));
  mkdirSync(join(root, 'elsewhere'));
  copyFileSync(join(samples, second!), join(root, 'elsewhere', second!));
  symlinkSync(join(root, 'elsewhere'), join(root, 'a', 'link-to-elsewhere'));
  symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
  const started = await startImportJob(s, [join(root, 'a'), join(root, 'missing-folder')]);
  const done = await waitForImportJob(s, started.jobId);
  const names = (status: string) => done.results.filter((r) => r.status === status).map((r) => basename(r.file)).sort();
  assert.deepEqual(names('imported'), [first, second].sort());
  assert.deepEqual(names('error'), ['missing-folder']);
});

test('a folder that cannot be read is reported by name, and the rest of the batch is imported', {
  skip: process.getuid?.() === 0 ? 'runs as root, which reads any folder' : false,
}, async (t) => {
  const s = tempServices(t);
  const root = tempDir(t);
  const samples = resolve(import.meta.dirname, '..', '..', '..', 'data', 'samples');
  const [first] = readdirSync(samples);
  copyFileSync(join(samples, first!), join(root, first!));
  mkdirSync(join(root, 'locked'));
  chmodSync(join(root, 'locked'), 0o000);
  let done;
  try {
    done = await waitForImportJob(s, (await startImportJob(s, [root])).jobId);
  } finally {
    chmodSync(join(root, 'locked'), 0o755); // so the temp folder can be removed
  }
  assert.deepEqual(done.results.map((r) => [basename(r.file), r.status]), [['locked', 'error'], [first, 'imported']]);
});
