// What a draft carries from last year's review, in the draft's language and in body-text form, over the
// bundled reference data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadReference } from '../reference/load.ts';
import { ministryNamedIn, carriedAgency, carriedDepartment, carriedOfficial, carriedTitle } from './carried.ts';

const { data } = loadReference({ resourcesDir: join(import.meta.dirname, '..', '..', '..') });

test('the agency: the header’s capitals become the ministry’s name, in the draft’s language', () => {
  assert.equal(carriedAgency(data, [{ text: 'BỘ NGOẠI GIAO', lang: 'vi' }], 'vi'), 'Bộ Ngoại giao');
  assert.equal(carriedAgency(data, [{ text: 'BỘ CÔNG THƯƠNG', lang: 'vi' }], 'vi'), 'Bộ Công Thương');
  assert.equal(carriedAgency(data, [{ text: 'Bộ Ngoại giao', lang: 'vi' }], 'en'), 'the Ministry of Foreign Affairs');
  assert.equal(carriedAgency(data, [{ text: 'MINISTRY OF FOREIGN AFFAIRS', lang: 'en' }], 'en'), 'the Ministry of Foreign Affairs');
  assert.equal(carriedAgency(data, [{ text: 'the Ministry of Industry and Trade', lang: 'en' }], 'vi'), 'Bộ Công Thương');
  // Not a ministry: kept when written in a sentence in the same language, else the default.
  assert.equal(carriedAgency(data, [{ text: 'Ủy ban Quốc gia ASEAN 2020', lang: 'vi' }], 'vi'), 'Ủy ban Quốc gia ASEAN 2020');
  assert.equal(carriedAgency(data, [{ text: 'ỦY BAN QUỐC GIA', lang: 'vi' }], 'vi'), 'Bộ Ngoại giao');
  assert.equal(carriedAgency(data, [{ text: 'Ủy ban Quốc gia ASEAN 2020', lang: 'vi' }], 'en'), 'the Ministry of Foreign Affairs');
  assert.equal(carriedAgency(data, [{ text: '', lang: 'vi' }], 'en'), 'the Ministry of Foreign Affairs');
  // The first candidate that names one: a header that is not a ministry passes to the next.
  assert.equal(carriedAgency(data, [{ text: 'VỤ HỢP TÁC QUỐC TẾ', lang: 'vi' }, { text: 'Bộ Nội vụ', lang: 'vi' }], 'vi'), 'Bộ Nội vụ');
});

test('the department, the chair’s name and title follow the draft’s language; unknown titles are not carried across', () => {
  assert.equal(carriedDepartment('Vụ ASEAN', 'vi', 'en'), 'ASEAN Department');
  assert.equal(carriedDepartment('the ASEAN Department', 'en', 'vi'), 'Vụ ASEAN');
  assert.equal(carriedDepartment('Vụ Hợp tác quốc tế', 'vi', 'vi'), 'Vụ Hợp tác quốc tế');
  assert.equal(carriedDepartment('Vụ Hợp tác quốc tế', 'vi', 'en'), 'ASEAN Department');
  assert.equal(carriedOfficial(data, 'Đặng Hoàng Giang', 'en'), 'Dang Hoang Giang');
  assert.equal(carriedOfficial(data, 'Do Hung Viet', 'vi'), 'Đỗ Hùng Việt');
  assert.equal(carriedOfficial(data, 'Nguyễn Văn A', 'en'), 'Nguyễn Văn A', 'someone the reference does not list: as written');
  assert.equal(carriedTitle(data, 'Thứ trưởng Bộ Ngoại giao', 'vi', 'en'), 'Deputy Minister of Foreign Affairs');
  assert.equal(carriedTitle(data, 'Deputy Minister of Foreign Affairs', 'en', 'vi'), 'Thứ trưởng Bộ Ngoại giao');
  assert.equal(carriedTitle(data, 'Vụ trưởng Vụ ASEAN', 'vi', 'vi'), 'Vụ trưởng Vụ ASEAN');
  assert.equal(carriedTitle(data, 'Vụ trưởng Vụ ASEAN', 'vi', 'en'), '', 'no Vietnamese words in an English sentence');
});

test('an imported article without an agency: the ministry its chair’s title names, under its current name', () => {
  assert.equal(ministryNamedIn(data, 'Vụ trưởng Vụ Hợp tác quốc tế, Bộ Nội vụ'), 'Bộ Nội vụ');
  assert.equal(ministryNamedIn(data, 'Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN-Việt Nam'), 'Bộ Ngoại giao');
  assert.equal(ministryNamedIn(data, 'Deputy Director-General, ASEAN Department, Ministry of Foreign Affairs'), 'Bộ Ngoại giao');
  assert.equal(ministryNamedIn(data, 'Thứ trưởng Bộ Kế hoạch và Đầu tư'), 'Bộ Tài chính', 'renamed in 2025: its one successor');
  assert.equal(ministryNamedIn(data, 'Thứ trưởng Bộ Lao động - Thương binh và Xã hội'), 'Bộ Lao động - Thương binh và Xã hội', 'split three ways: the check names the choice');
  assert.equal(ministryNamedIn(data, 'Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn'), 'Bộ Nông nghiệp và Môi trường');
  assert.equal(ministryNamedIn(data, 'BỘ NỘI VỤ, VỤ HỢP TÁC QUỐC TẾ'), 'Bộ Nội vụ', 'a template’s header');
  assert.equal(ministryNamedIn(data, 'Thứ trưởng'), '');
});
