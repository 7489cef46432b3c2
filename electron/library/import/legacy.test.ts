// .doc / .rtf / .odt through LibreOffice: real files made by LibreOffice from a Word file, imported back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { tempDir, tempServices } from '../../test/temp.ts';
import { findSoffice } from '../../export/pdf.ts';
import { blockText } from '../../shared/doc-build.ts';
import { importFile } from './pipeline.ts';
import { convertToDocx } from './legacy.ts';
import { sniff } from './sniff.ts';
import { p, r, wordPackage } from './testing/word-package.ts';

const soffice = findSoffice();

test('.doc, .rtf and .odt files are converted with LibreOffice and imported like Word files', {
  skip: soffice ? false : 'LibreOffice (soffice) is not installed',
  timeout: 300_000,
}, async (t) => {
  const dir = tempDir(t);
  const source = join(dir, 'nguon.docx');
  writeFileSync(source, await Packer.toBuffer(new Document({ sections: [{ children: [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2019' }),
    new Paragraph({ text: 'Năm 2019, Việt Nam chuẩn bị đảm nhận vai trò Chủ tịch ASEAN 2020.' }),
  ] }] })));
  const profile = pathToFileURL(join(dir, 'profile')).href;
  for (const format of ['doc', 'rtf', 'odt']) {
    const filter = format === 'doc' ? 'doc:MS Word 97' : format;
    execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, source], { stdio: 'ignore' });
  }
  for (const format of ['doc', 'rtf', 'odt']) {
    const s = tempServices(t);
    const outcome = await importFile(s, join(dir, `nguon.${format}`));
    assert.equal(outcome.status, 'imported', `${format}: ${JSON.stringify(outcome)}`);
    if (outcome.status !== 'imported') continue;
    const review = s.reviews.get(outcome.reviewId);
    const texts = review.content.root.children.map(blockText);
    assert.ok(texts.includes('Năm 2019, Việt Nam chuẩn bị đảm nhận vai trò Chủ tịch ASEAN 2020.'), `${format}: ${texts.join(' | ')}`);
    assert.equal(review.content.root.children[0]?.type, 'heading', format);
    assert.match(outcome.notes.map((n) => n.vi).join(' '), /LibreOffice/);
  }
  // The same report as .doc and as .rtf is one text: the second is reported as a duplicate.
  const s = tempServices(t);
  const first = await importFile(s, join(dir, 'nguon.doc'));
  const again = await importFile(s, join(dir, 'nguon.rtf'));
  assert.equal(again.status === 'duplicate' && again.existingId, first.status === 'imported' && first.reviewId);
});

test('without LibreOffice a .doc gets a message saying what to install or do', async (t) => {
  const dir = tempDir(t);
  const doc = join(dir, 'cu.doc');
  // The OLE2 compound-file signature that every .doc starts with.
  writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  await assert.rejects(convertToDocx(readFileSync(doc), 'doc', 'cu.doc', null), (error: Error & { code?: string; userMessage?: { vi: string } }) =>
    error.code === 'import-needs-libreoffice' && /cài LibreOffice/.test(error.userMessage?.vi ?? ''));
});

test('LibreOffice tries a .doc that is not Word 97 (text, random bytes) before the import says no', {
  skip: soffice ? false : 'LibreOffice (soffice) is not installed',
  timeout: 300_000,
}, async (t) => {
  const dir = tempDir(t);
  const s = tempServices(t);
  // Text saved as .doc (as Word 2003 XML and Word 2.0 files are not OLE2 either): LibreOffice opens it.
  writeFileSync(join(dir, 'gia.doc'), 'Báo cáo này là văn bản thuần được lưu với đuôi .doc.');
  const text = await importFile(s, join(dir, 'gia.doc'));
  assert.ok(text.status === 'imported', JSON.stringify(text));
  assert.match(JSON.stringify(s.reviews.get(text.reviewId).content), /văn bản thuần được lưu với đuôi \.doc/u);
  // Bytes nothing can read: refused, saying what the file is, with LibreOffice's reason as the detail.
  writeFileSync(join(dir, 'rac.doc'), Buffer.from(Array.from({ length: 4096 }, (_v, i) => (i * 7919) % 256)));
  const noise = await importFile(s, join(dir, 'rac.doc'));
  assert.ok(noise.status === 'error' && noise.code === 'import-wrong-type', JSON.stringify(noise));
  // A real OLE2 file LibreOffice cannot open (damaged or password-protected): LibreOffice's own failure.
  writeFileSync(join(dir, 'hong.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0x41)]));
  const broken = await importFile(s, join(dir, 'hong.doc'));
  assert.ok(broken.status === 'error' && broken.code === 'import-conversion-failed', JSON.stringify(broken));
  assert.doesNotMatch(broken.message.vi, /chưa cài/u);
  assert.equal(s.reviews.list().length, 1);
});

test('files LibreOffice opens are not refused as the wrong type: RTF with a NUL byte, Word 2003 XML as .doc, a .doc named .docx', {
  skip: soffice ? false : 'LibreOffice (soffice) is not installed',
  timeout: 300_000,
}, async (t) => {
  const dir = tempDir(t);
  const s = tempServices(t);
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const source = join(dir, 'goc.docx');
  writeFileSync(source, await Packer.toBuffer(new Document({ sections: [{ children: [
    new Paragraph({ text: 'Hội nghị tổng kết hợp tác ASEAN năm 2018 của các bộ, ngành.' }),
  ] }] })));
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'rtf', '--outdir', dir, source], { stdio: 'ignore' });
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xml:MS Word 2003 XML', '--outdir', dir, source], { stdio: 'ignore' });
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', dir, source], { stdio: 'ignore' });
  const rtf = readFileSync(join(dir, 'goc.rtf'));
  // The NUL inside the first bytes makes the file look binary to the sniffer: LibreOffice reads it anyway.
  const at = rtf.indexOf('{', 10);
  const nul = Buffer.concat([rtf.subarray(0, at), Buffer.from([0]), rtf.subarray(at)]);
  assert.equal(sniff(nul), 'binary');
  writeFileSync(join(dir, 'nul.rtf'), nul);
  writeFileSync(join(dir, 'word2003.doc'), readFileSync(join(dir, 'goc.xml')).toString('utf8').replace('2018', '2017'));
  const doc = readFileSync(join(dir, 'goc.doc'));
  writeFileSync(join(dir, 'cu-doi-ten.docx'), doc);
  for (const [name, year] of [['nul.rtf', '2018'], ['word2003.doc', '2017']] as const) {
    const outcome = await importFile(s, join(dir, name));
    assert.ok(outcome.status === 'imported', `${name}: ${JSON.stringify(outcome)}`);
    assert.match(JSON.stringify(s.reviews.get(outcome.reviewId).content), new RegExp(`hợp tác ASEAN năm ${year}`, 'u'), name);
  }
  // The renamed .doc has the .rtf's text: a duplicate, which means it was read.
  const renamed = await importFile(s, join(dir, 'cu-doi-ten.docx'));
  assert.equal(renamed.status, 'duplicate', JSON.stringify(renamed));
});

test('a .doc whose runs use .VnTime (TCVN3) comes out in Unicode', {
  skip: soffice ? false : 'LibreOffice (soffice) is not installed',
  timeout: 300_000,
}, async (t) => {
  const dir = tempDir(t);
  const s = tempServices(t);
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const source = join(dir, 'vntime.docx');
  writeFileSync(source, await wordPackage({ body: p(r('Héi nghÞ tæng kÕt hîp t¸c ASEAN n¨m 2016', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')) }));
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', dir, source], { stdio: 'ignore' });
  const outcome = await importFile(s, join(dir, 'vntime.doc'));
  assert.ok(outcome.status === 'imported', JSON.stringify(outcome));
  assert.match(JSON.stringify(s.reviews.get(outcome.reviewId).content), /Hội nghị tổng kết hợp tác ASEAN năm 2016/u);
  assert.ok(outcome.notes.some((n) => /TCVN3/u.test(n.en)), JSON.stringify(outcome.notes));
});
