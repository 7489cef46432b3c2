import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadReference } from '../drafting/reference/load.ts';
import { detectMinistry, ministryRefs, type DetectInput } from './detect.ts';

const refs = ministryRefs(loadReference({ resourcesDir: resolve(import.meta.dirname, '..', '..') }).data.ministries);
const input = (over: Partial<DetectInput>): DetectInput => ({ headerLines: [], number: '', fileName: 'x.docx', textLines: [], ...over });

test('the agency header names the ministry; a department under it is passed over for its parent', () => {
  assert.equal(detectMinistry(input({ headerLines: ['BỘ CÔNG THƯƠNG'] }), refs).ministry?.key, 'moit');
  const dept = detectMinistry(input({ headerLines: ['VỤ HỢP TÁC QUỐC TẾ', 'BỘ Y TẾ'] }), refs);
  assert.deepEqual([dept.ministry?.key, dept.by], ['moh', 'header']);
  // "Bộ Công an" and "Bộ Công Thương" share their first words.
  assert.equal(detectMinistry(input({ headerLines: ['BỘ CÔNG AN'] }), refs).ministry?.key, 'mps');
});

test('pre-2025 names map to the current ministry; a split one offers the others', () => {
  const planning = detectMinistry(input({ headerLines: ['BỘ KẾ HOẠCH VÀ ĐẦU TƯ'] }), refs);
  assert.deepEqual([planning.ministry?.key, planning.former?.key], ['mof', 'mpi']);
  const agriculture = detectMinistry(input({ headerLines: ['BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN'] }), refs);
  assert.deepEqual([agriculture.ministry?.key, agriculture.former?.key], ['mae', 'mard']);
  const labour = detectMinistry(input({ headerLines: ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'] }), refs);
  assert.equal(labour.ministry?.key, 'moha');
  assert.deepEqual(labour.alternatives.map((a) => a.key), ['moet', 'moh']);
  assert.equal(detectMinistry(input({ number: '12/BTNMT-HTQT' }), refs).ministry?.key, 'mae');
});

test('number symbol, file name and first lines, in that order; the requester named in the body is not the sender', () => {
  assert.deepEqual([detectMinistry(input({ number: '88/NHNN-HTQT' }), refs).ministry?.key, detectMinistry(input({ number: '88/NHNN-HTQT' }), refs).by], ['sbv', 'number']);
  assert.equal(detectMinistry(input({ number: '45/BC-BGDĐT' }), refs).ministry?.key, 'moet');
  assert.equal(detectMinistry(input({ fileName: 'Bo_Y_te_gop_y.docx' }), refs).ministry?.key, 'moh');
  assert.equal(detectMinistry(input({ fileName: 'BoCongThuong.docx' }), refs).ministry?.key, 'moit');
  assert.equal(detectMinistry(input({ fileName: 'BXD - bao cao ASEAN.docx' }), refs).ministry?.key, 'moc');
  const body = detectMinistry(input({ textLines: ['Thực hiện Công văn số 3456/BNG-ASEAN của Bộ Ngoại giao, Bộ Tư pháp báo cáo như sau:'] }), refs);
  assert.deepEqual([body.ministry?.key, body.by], ['moj', 'text']);
  assert.equal(detectMinistry(input({ textLines: ['Kính gửi: Bộ Ngoại giao'] }), refs).ministry, null);
  assert.equal(detectMinistry(input({ fileName: 'gop-y.docx', textLines: ['Năm 2026 có nhiều kết quả.'] }), refs).ministry, null);
});
