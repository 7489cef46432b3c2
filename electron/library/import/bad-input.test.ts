// Bad input, each case with a real file generated here: a clear bilingual message naming the file,
// the rest of the batch goes on, and the library is unchanged by the failed file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { tempDir, tempServices } from '../../test/temp.ts';
import type { ImportOutcome } from '../../shared/library.ts';
import { runImport } from './jobs.ts';
import { collectFiles, collectImport } from './collect.ts';

const VIETNAMESE = 'Hội nghị tổng kết tình hình hợp tác ASEAN và sự tham gia của Việt Nam năm 2023, các bộ ngành đã tham dự đầy đủ và thống nhất phương hướng năm tới.';

async function validDocx(): Promise<Buffer> {
  const document = new Document({ sections: [{ children: [new Paragraph('Báo cáo hợp lệ về hợp tác ASEAN năm 2024.')] }] });
  return Packer.toBuffer(document);
}

async function rezip(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Overwrites the declared uncompressed size of every central-directory entry named `name`. */
function patchDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at < out.length - 46; at++) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

/** Windows-1258: base letters (with circumflex/breve/horn) are single bytes, tone marks are combining bytes. */
function encodeWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const tones = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = table.get(char);
    if (direct !== undefined) { bytes.push(direct); continue; }
    const parts = [...char.normalize('NFD')];
    const base = parts.filter((p) => !tones.has(p)).join('').normalize('NFC');
    const tone = parts.find((p) => tones.has(p));
    bytes.push(table.get(base)!);
    if (tone) bytes.push(table.get(tone)!);
  }
  return Buffer.from(bytes);
}

const TCVN3: Record<string, number> = {
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9, ă: 0xa8, â: 0xa9, ầ: 0xc7, ấ: 0xca, ậ: 0xcb, đ: 0xae, è: 0xcc, é: 0xd0,
  ê: 0xaa, ề: 0xd2, ể: 0xd3, ế: 0xd5, ệ: 0xd6, ì: 0xd7, í: 0xdd, ị: 0xde, ò: 0xdf, ó: 0xe3, ọ: 0xe4, ô: 0xab, ồ: 0xe5,
  ổ: 0xe6, ố: 0xe8, ộ: 0xe9, ơ: 0xac, ờ: 0xea, ở: 0xeb, ớ: 0xed, ợ: 0xee, ù: 0xef, ủ: 0xf1, ú: 0xf3, ụ: 0xf4, ư: 0xad,
  ừ: 0xf5, ử: 0xf6, ứ: 0xf8, ự: 0xf9, ý: 0xfd,
};
/** VNI: an ASCII base vowel followed by separate mark bytes (e.g. "eä" for ệ); ơ ư đ are single bytes. */
const VNI: Record<string, string> = {
  à: 'aø', á: 'aù', ả: 'aû', ạ: 'aï', ă: 'aê', â: 'aâ', ầ: 'aà', ấ: 'aá', ậ: 'aä', đ: 'ñ', è: 'eø', é: 'eù', ê: 'eâ',
  ề: 'eà', ể: 'eå', ế: 'eá', ệ: 'eä', ì: 'ì', í: 'í', ị: 'ò', ò: 'oø', ó: 'où', ọ: 'oï', ô: 'oâ', ồ: 'oà', ổ: 'oå',
  ố: 'oá', ộ: 'oä', ơ: 'ô', ờ: 'ôø', ở: 'ôû', ớ: 'ôù', ợ: 'ôï', ù: 'uø', ủ: 'uû', ú: 'uù', ụ: 'uï', ư: 'ö', ừ: 'öø',
  ử: 'öû', ứ: 'öù', ự: 'öï', ý: 'yù',
};

function encodeTcvn3(text: string): Buffer {
  return Buffer.from([...text.toLowerCase()].map((c) => TCVN3[c] ?? c.charCodeAt(0)));
}
function encodeVni(text: string): Buffer {
  return Buffer.from([...text.toLowerCase()].map((c) => VNI[c] ?? c).join(''), 'latin1');
}

interface Case { name: string; code: string; reason: RegExp; make: (path: string) => Promise<void> | void }

const CASES: Case[] = [
  { name: 'empty.txt', code: 'import-empty', reason: /0 byte/, make: (p) => writeFileSync(p, '') },
  { name: 'picture.docx', code: 'import-wrong-type', reason: /PNG/, make: (p) => writeFileSync(p, Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2000)])) },
  { name: 'noise.txt', code: 'import-wrong-type', reason: /binary/, make: (p) => writeFileSync(p, randomBytes(4096)) },
  { name: 'cut.docx', code: 'import-corrupt', reason: /damaged or incomplete/, make: async (p) => { const b = await validDocx(); writeFileSync(p, b.subarray(0, Math.floor(b.length / 2))); } },
  { name: 'locked.docx', code: 'import-encrypted', reason: /password-protected/, make: (p) => writeFileSync(p, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(4096)])) },
  {
    name: 'bomb-ratio.docx', code: 'import-zip-bomb', reason: /ratio/,
    // The ratio counts in the part that is read (the document), not in media, which are never inflated.
    make: async (p) => writeFileSync(p, await rezip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': `<w:document>${' '.repeat(20 * 1024 * 1024)}</w:document>` })),
  },
  {
    // Declared sizes past the text budget: refused before anything is inflated or parsed.
    name: 'bomb-declared.docx', code: 'import-over-budget', reason: /too large to import safely \(500 MB of XML/,
    make: async (p) => writeFileSync(p, patchDeclaredSize(await validDocx(), 'word/document.xml', 500 * 1024 * 1024)),
  },
  {
    name: 'bomb-lying.docx', code: 'import-zip-bomb', reason: /past its declared size/,
    make: async (p) => writeFileSync(p, patchDeclaredSize(await validDocx(), 'word/document.xml', 10)),
  },
  {
    name: 'entities.docx', code: 'import-xml-entities', reason: /DOCTYPE\/ENTITY/,
    make: async (p) => {
      const zip = await JSZip.loadAsync(await validDocx());
      const xml = await zip.file('word/document.xml')!.async('string');
      const evil = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
      zip.file('word/document.xml', xml.replace('?>', '?>' + evil).replace('Báo cáo', '&lol2;'));
      writeFileSync(p, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    },
  },
  {
    name: 'escape.docx', code: 'import-unsafe-path', reason: /\.\.\/evil/,
    make: async (p) => {
      const zip = await JSZip.loadAsync(await validDocx());
      zip.file('../evil.txt', 'owned', { createFolders: false });
      writeFileSync(p, await zip.generateAsync({ type: 'nodebuffer' }));
    },
  },
  // A UTF-16 byte-order mark and one odd byte: once imported as a review titled "�".
  { name: 'cut16.txt', code: 'import-undecodable', reason: /not valid UTF-16LE/, make: (p) => writeFileSync(p, Buffer.from([0xff, 0xfe, 0x00])) },
  {
    // A UTF-8 BOM before Windows-1258 bytes: the BOM is wrong, and most letters would be "�".
    name: 'bom-lies.txt', code: 'import-undecodable', reason: /not valid UTF-8/,
    make: (p) => writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(Array.from({ length: 200 }, (_, i) => 0xc0 + (i % 30)))])),
  },
  {
    name: 'huge.txt', code: 'import-too-large', reason: /too large \(200 MB/,
    make: (p) => { const fd = openSync(p, 'w'); ftruncateSync(fd, 200 * 1024 * 1024); closeSync(fd); },
  },
];

test('each bad file is refused with a bilingual message naming it; the batch goes on; nothing half imported', async (t) => {
  const s = tempServices(t);
  const dir = tempDir(t);
  const good = join(dir, 'good.txt');
  writeFileSync(good, VIETNAMESE);
  const paths: string[] = [];
  for (const c of CASES) {
    const path = join(dir, c.name);
    await c.make(path);
    paths.push(path);
  }
  assert.equal(statSync(join(dir, 'huge.txt')).size, 200 * 1024 * 1024);
  // The good file sits in the middle: failures before and after it must not stop the batch.
  const legacy = [join(dir, 'tcvn3.txt'), join(dir, 'vni.txt')];
  writeFileSync(legacy[0]!, encodeTcvn3(VIETNAMESE));
  writeFileSync(legacy[1]!, encodeVni(VIETNAMESE.replace('2023', '2022')));
  const order = [...paths.slice(0, 6), good, ...paths.slice(6), ...legacy];
  const outcomes = await runImport(s, order);
  const byName = new Map<string, ImportOutcome>(outcomes.map((o) => [basename(o.file), o]));
  for (const c of CASES) {
    const outcome = byName.get(c.name);
    assert.ok(outcome?.status === 'error', `${c.name}: ${JSON.stringify(outcome)}`);
    assert.equal(outcome.code, c.code, c.name);
    assert.ok(outcome.message.vi.startsWith(`${c.name}: `), `${c.name} vi: ${outcome.message.vi}`);
    assert.ok(outcome.message.en.startsWith(`${c.name}: `), `${c.name} en: ${outcome.message.en}`);
    assert.notEqual(outcome.message.vi, outcome.message.en);
    // The reason, or the technical detail in its own line.
    assert.match(`${outcome.message.en}\n${outcome.message.detail ?? ''}`, c.reason, c.name);
  }
  assert.equal(byName.get('good.txt')?.status, 'imported');
  // Old-encoding files are converted now (encoding.test.ts has the text): TCVN3 and VNI import too.
  assert.equal(byName.get('tcvn3.txt')?.status, 'imported');
  assert.equal(byName.get('vni.txt')?.status, 'imported');
  // Only the good files left a trace: one review, one version, one source row each.
  assert.equal(s.reviews.list().length, 3);
  const count = (table: string) => (s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  assert.deepEqual([count('reviews'), count('versions'), count('sources')], [3, 3, 3]);
});

test('Windows-1258 text is read (with a note) when it decodes to Vietnamese', async (t) => {
  const s = tempServices(t);
  const path = join(tempDir(t), 'cp1258.txt');
  const bytes = encodeWindows1258(VIETNAMESE);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)); // really not UTF-8
  writeFileSync(path, bytes);
  const [outcome] = await runImport(s, [path]);
  assert.ok(outcome?.status === 'imported', JSON.stringify(outcome));
  assert.ok(outcome.notes.some((n) => n.en.includes('Windows-1258')));
  const review = s.reviews.get(outcome.reviewId);
  assert.equal(review.lang, 'vi');
  assert.ok(JSON.stringify(review.content).includes('Việt Nam năm 2023'));
});

test('a UTF-16 file cut short by one byte is imported whole, with a note on the one unreadable character', async (t) => {
  const s = tempServices(t);
  const path = join(tempDir(t), 'cut-utf16.txt');
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VIETNAMESE, 'utf16le')]);
  writeFileSync(path, bytes.subarray(0, bytes.length - 1));
  const [outcome] = await runImport(s, [path]);
  assert.ok(outcome?.status === 'imported', JSON.stringify(outcome));
  const note = outcome.notes.find((n) => n.vi.includes('ký tự không đọc được'));
  assert.ok(note, JSON.stringify(outcome.notes));
  assert.match(note.en, /^1 character\(s\) could not be read as UTF-16LE/);
  const text = JSON.stringify(s.reviews.get(outcome.reviewId).content);
  assert.ok(text.includes(VIETNAMESE.slice(0, -1)), 'everything before the cut byte is kept');
});

test('a file with an unsupported extension given by name is reported; in a folder it is skipped', async (t) => {
  const s = tempServices(t);
  const dir = tempDir(t);
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, '%PDF-1.4');
  const [outcome] = await runImport(s, [pdf]);
  assert.ok(outcome?.status === 'error' && outcome.code === 'import-unsupported' && outcome.message.vi.includes('report.pdf'));
  writeFileSync(join(dir, 'note.txt'), VIETNAMESE);
  writeFileSync(join(dir, '.hidden.txt'), 'Ẩn');
  const folder = await runImport(s, await collectFiles([dir]));
  assert.deepEqual(folder.map((o) => [basename(o.file), o.status]), [['note.txt', 'imported']]);
  // What a folder import leaves out is listed, with the reason.
  const { problems } = await collectImport([dir]);
  assert.deepEqual(problems.map((o) => [basename(o.file), o.status, o.status === 'skipped' ? o.reason.en : '']), [
    ['.hidden.txt', 'skipped', 'A hidden file or folder.'],
    ['report.pdf', 'skipped', 'Not a kind that can be imported (.docx, .docm, .dotx, .dotm, .doc, .rtf, .odt, .txt, .md, .html and formats LibreOffice opens).'],
  ]);
});

test('.dotx, .docm and .dotm in a folder are imported as Word files (macros are never read)', async (t) => {
  const s = tempServices(t);
  const dir = tempDir(t);
  const base = await validDocx();
  for (const [ext, year] of [['dotx', 2021], ['docm', 2022], ['dotm', 2023]] as const) {
    const zip = await JSZip.loadAsync(base);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('2024', String(year)));
    zip.file('word/vbaProject.bin', Buffer.alloc(4096, 1));
    writeFileSync(join(dir, `mau.${ext}`), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }
  const { files, problems } = await collectImport([dir]);
  assert.deepEqual(problems, []);
  const outcomes = await runImport(s, files);
  assert.deepEqual(outcomes.map((o) => [basename(o.file), o.status]), [['mau.docm', 'imported'], ['mau.dotm', 'imported'], ['mau.dotx', 'imported']]);
  const texts = outcomes.map((o) => (o.status === 'imported' ? JSON.stringify(s.reviews.get(o.reviewId).content) : ''));
  assert.match(texts.join(' '), /hợp tác ASEAN năm 2022/u);
});
