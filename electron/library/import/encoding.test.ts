// Issue 9 item 1: the encoding comes from the bytes; TCVN3/VNI/Windows-1258 are converted, never
// guessed for text that is not Vietnamese. Real files through the pipeline; the text out is asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tempServices } from '../../test/temp.ts';
import { docText } from '../../shared/doc-build.ts';
import { importFile } from './pipeline.ts';
import { decodeText } from './encoding.ts';
import { tcvn3ToUnicode, vniToUnicode, readsAsVietnamese } from './vietnamese-legacy.ts';

const VI = 'Hội nghị tổng kết tình hình hợp tác ASEAN và sự tham gia của Việt Nam năm 2023, các bộ ngành đã tham dự đầy đủ và thống nhất phương hướng năm tới.';

/** Unicode → TCVN3 bytes, by inverting the decoder over every byte (so the test does not reuse its table). */
function encodeWith(decode: (s: string) => string, value: string, pairs = false): Buffer {
  const table = new Map<string, string>();
  for (let b = 0x80; b < 0x100; b++) {
    const one = String.fromCharCode(b);
    const out = decode(one);
    if (out !== one && !table.has(out)) table.set(out, one);
    if (pairs) for (const base of 'aeiouyAEIOUY') {
      const two = base + one;
      const out2 = decode(two);
      if (out2.length === 1 && !table.has(out2)) table.set(out2, two);
    }
  }
  for (const base of ['ô', 'ö']) for (let b = 0xc0; b < 0x100; b++) {
    const two = base + String.fromCharCode(b);
    const out = decode(two);
    if (out.length === 1 && !table.has(out)) table.set(out, two);
  }
  return Buffer.from([...value.normalize('NFC')].map((c) => table.get(c) ?? c).join(''), 'latin1');
}

async function importBytes(t: Parameters<typeof tempServices>[0], name: string, bytes: Buffer) {
  const s = tempServices(t);
  const path = join(tempDir(t), name);
  writeFileSync(path, bytes);
  const outcome = await importFile(s, path);
  assert.ok(outcome.status === 'imported', `${name}: ${JSON.stringify(outcome)}`);
  return { outcome, text: docText(s.reviews.get(outcome.reviewId).content) };
}

test('UTF-8 German, Nordic and country names are read as UTF-8, not refused as TCVN3', async (t) => {
  for (const value of ['Zürich, München, Café Ñandú, 30°C, ©\nSecond line of the English file.', 'Müller über 30°C, Größe ändern', 'Helsingfors öäå, Curaçao, Åland, Réunion']) {
    const { text, outcome } = await importBytes(t, 'utf8.txt', Buffer.from(value, 'utf8'));
    assert.equal(text.replace(/\n+/gu, '\n'), value.replace(/\n+/gu, '\n'));
    assert.deepEqual(outcome.notes, []);
  }
});

test('Windows-1252 English/Spanish and HTML with <meta charset> are read in their encoding', async (t) => {
  const spanish = 'El Año Nuevo en Málaga: señor Muñoz, 30°C, © 2024.';
  const { text } = await importBytes(t, 'es.txt', Buffer.from(spanish, 'latin1'));
  assert.equal(text, spanish);
  const html = Buffer.from('<html><head><meta charset="windows-1252"><title>x</title></head><body><p>Café Ñandú in Zürich — déjà vu.</p></body></html>', 'latin1');
  const page = await importBytes(t, 'page.html', html);
  assert.match(page.text, /Café Ñandú in Zürich/u);
  assert.equal(decodeText(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>Größe</a>', 'latin1')).text.includes('Größe'), true);
});

test('TCVN3, VNI and Windows-1258 files are converted to Unicode, saying which encoding', async (t) => {
  const tcvn3 = await importBytes(t, 'tcvn3.txt', encodeWith((s) => tcvn3ToUnicode(s), VI));
  assert.equal(tcvn3.text, VI);
  assert.ok(tcvn3.outcome.notes.some((n) => n.en.includes('TCVN3')), JSON.stringify(tcvn3.outcome.notes));
  const vni = await importBytes(t, 'vni.txt', encodeWith((s) => vniToUnicode(s), VI, true));
  assert.equal(vni.text, VI);
  assert.ok(vni.outcome.notes.some((n) => n.en.includes('VNI')));
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const bytes: number[] = [];
  for (const char of VI) {
    const direct = byChar.get(char);
    if (direct !== undefined) { bytes.push(direct); continue; }
    const [base, ...marks] = [...char.normalize('NFD')];
    const baseComposed = (base! + marks.filter((m) => !'\u0300\u0301\u0303\u0309\u0323'.includes(m)).join('')).normalize('NFC');
    bytes.push(byChar.get(baseComposed)!);
    const tone = marks.find((m) => '\u0300\u0301\u0303\u0309\u0323'.includes(m));
    if (tone) bytes.push(byChar.get(tone)!);
  }
  const cp1258 = await importBytes(t, 'cp1258.txt', Buffer.from(bytes));
  assert.equal(cp1258.text, VI);
  assert.ok(cp1258.outcome.notes.some((n) => n.en.includes('Windows-1258')));
});

test('Vietnamese is told apart from mojibake and foreign words by syllable shape', () => {
  assert.equal(readsAsVietnamese('Hội nghị tổng kết hợp tác'), true);
  assert.equal(readsAsVietnamese('Zỹrich, Mỹnchen, Cafộ'), false);
  assert.equal(readsAsVietnamese('Héi nghÞ tæng kÕt'), false);
});
