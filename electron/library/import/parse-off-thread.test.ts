// Parsing happens on a worker thread, from the sources and from the self-contained bundle the app ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { tempDir, tempServices } from '../../test/temp.ts';
import { importFile } from './pipeline.ts';
import { parsingOffThread } from './parse-off-thread.ts';
import type { ParseResponse } from './parse-off-thread.ts';

async function wordFile(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2024' }),
    new Paragraph({ text: 'Năm 2024, Việt Nam tham gia tích cực và có trách nhiệm vào hợp tác ASEAN.' }),
  ] }] }));
}

test('imports are parsed on a worker thread, with the same result and bilingual errors', async (t) => {
  const s = tempServices(t);
  const dir = tempDir(t);
  writeFileSync(join(dir, 'bao-cao.docx'), await wordFile());
  writeFileSync(join(dir, 'hong.docx'), 'not a zip at all, just text pretending');
  const good = await importFile(s, join(dir, 'bao-cao.docx'));
  assert.equal(parsingOffThread(), true);
  assert.equal(good.status, 'imported', JSON.stringify(good));
  const blocks = s.reviews.get(good.status === 'imported' ? good.reviewId : '').content.root.children;
  assert.deepEqual(blocks.map((b) => b.type === 'heading' ? b.tag : b.type), ['h1', 'paragraph']);
  const bad = await importFile(s, join(dir, 'hong.docx'));
  assert.equal(bad.status === 'error' && bad.code, 'import-wrong-type');
  assert.match(bad.status === 'error' ? bad.message.vi : '', /không khớp phần mở rộng/);
});

test('the bundled worker (import-worker.cjs) runs on its own, dependencies inside', async (t) => {
  const out = join(resolve(import.meta.dirname, '..', '..', '..'), 'node_modules', '.cache', 'rd-worker-test', String(process.pid), 'import-worker.cjs');
  t.after(() => rmSync(dirname(out), { recursive: true, force: true }));
  await build({
    entryPoints: [resolve(import.meta.dirname, 'parse-worker.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs',
    define: { 'import.meta.dirname': '__dirname' }, logLevel: 'error',
  });
  // Run from a folder with no node_modules above it, as in app.asar.unpacked.
  const isolated = join(tempDir(t), 'import-worker.cjs');
  writeFileSync(isolated, (await import('node:fs')).readFileSync(out));
  const worker = new Worker(isolated);
  t.after(() => worker.terminate());
  worker.postMessage({ id: 7, bytes: await wordFile(), format: 'docx', file: 'a.docx', fallbackYear: 2026 });
  const [response] = await once(worker, 'message') as [ParseResponse];
  assert.equal(response.ok, true, JSON.stringify(response).slice(0, 300));
  assert.equal(response.ok && response.parsed.meta.year, 2024);
});
