// Damaged Word files (bytes flipped, cut short, parts rewritten with broken XML) never crash or hang the
// importer: each gives an import result (imported or a clear error), and a failure leaves no trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { AppError } from '../../shared/errors.ts';
import { parseFile } from './parse.ts';
import { p, r, wordPackage, wordPart } from './testing/word-package.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test('fuzzed and truncated Word packages give a result or a clear error, never a crash', async () => {
  const good = await wordPackage({
    body: p(r('Hội nghị tổng kết hợp tác ASEAN năm 2024.')) + '<w:tbl><w:tr><w:tc>' + p(r('ô')) + '</w:tc></w:tr></w:tbl>',
    parts: [{ id: 'rIdC', type: 'comments', target: 'comments.xml', content: wordPart('w:comments', `<w:comment w:id="0" w:author="A">${p(r('x'))}</w:comment>`) }],
  });
  const rand = random(42);
  const variants: Buffer[] = [];
  for (let i = 0; i < 40; i++) {
    const bytes = Buffer.from(good);
    for (let k = 0; k < 1 + Math.floor(rand() * 8); k++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
    variants.push(bytes);
  }
  for (let i = 0; i < 10; i++) variants.push(good.subarray(0, Math.floor(rand() * good.length)));
  const zip = await JSZip.loadAsync(good);
  const xml = await zip.file('word/document.xml')!.async('string');
  for (let i = 0; i < 10; i++) {
    const cut = Math.floor(rand() * xml.length);
    zip.file('word/document.xml', xml.slice(0, cut) + (i % 2 ? '<w:p><w:r><w:t>' : '</w:tbl></w:body>'));
    variants.push(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }
  let imported = 0;
  for (const [i, bytes] of variants.entries()) {
    try {
      await parseFile(bytes, 'docx', `fuzz-${i}.docx`, 2025);
      imported++;
    } catch (error) {
      assert.ok(error instanceof AppError, `fuzz-${i}: ${String(error)}`);
      assert.ok(error.userMessage.vi.startsWith(`fuzz-${i}.docx: `), error.userMessage.vi);
    }
  }
  assert.ok(imported < variants.length, 'some variants are really broken');
});
