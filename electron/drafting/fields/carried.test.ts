// What a draft carries from last year's review, in the draft's language and in body-text form, over the
// bundled reference data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadReference } from '../reference/load.ts';
import { carriedAgency, carriedDepartment, carriedOfficial, carriedTitle } from './carried.ts';

const { data } = loadReference({ resourcesDir: join(import.meta.dirname, '..', '..', '..') });

test('the agency: the header’s capitals become the ministry’s name, in the draft’s language', () => {
  assert.equal(carriedAgency(data, 'BỘ NGOẠI GIAO', 'vi', 'vi'), 'Bộ Ngoại giao');
  assert.equal(carriedAgency(data, 'BỘ CÔNG THƯƠNG', 'vi', 'vi'), 'Bộ Công Thương');
  assert.equal(carriedAgency(data, 'Bộ Ngoại giao', 'vi', 'en'), 'the Ministry of Foreign Affairs');
  assert.equal(carriedAgency(data, 'MINISTRY OF FOREIGN AFFAIRS', 'en', 'en'), 'the Ministry of Foreign Affairs');
  assert.equal(carriedAgency(data, 'the Ministry of Industry and Trade', 'en', 'vi'), 'Bộ Công Thương');
  // Not a ministry: kept when written in a sentence in the same language, else the default.
  assert.equal(carriedAgency(data, 'Ủy ban Quốc gia ASEAN 2020', 'vi', 'vi'), 'Ủy ban Quốc gia ASEAN 2020');
  assert.equal(carriedAgency(data, 'ỦY BAN QUỐC GIA', 'vi', 'vi'), 'Bộ Ngoại giao');
  assert.equal(carriedAgency(data, 'Ủy ban Quốc gia ASEAN 2020', 'vi', 'en'), 'the Ministry of Foreign Affairs');
  assert.equal(carriedAgency(data, '', 'vi', 'en'), 'the Ministry of Foreign Affairs');
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
