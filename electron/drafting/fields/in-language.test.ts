// The other-language version's field chips, over the bundled reference data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { doc, paragraph, text } from '../../shared/doc-build.ts';
import type { DocField, DocState } from '../../shared/doc.ts';
import { loadReference } from '../reference/load.ts';
import { visitFields } from '../templates/format.ts';
import { fieldsInLanguage, reviewFieldsInLanguage, versionInLanguage } from './in-language.ts';
import { loadTemplates } from '../templates/load.ts';
import { tempDir } from '../../test/temp.ts';

const { data } = loadReference({ resourcesDir: join(import.meta.dirname, '..', '..', '..') });
const chip = (name: string, value: string): DocField => ({ type: 'field', version: 1, name, text: value, confirmed: value !== '', format: 0, style: '', mode: 'token', detail: 0 });
const values = (content: DocState) => {
  const out: Record<string, string> = {};
  visitFields(content, (f) => { out[f.name] = f.text; });
  return out;
};

test('the English version of a 2026 draft: the Chair, theme, Summits, who chaired and the date in English', () => {
  const vi = doc([paragraph([
    text('Ngày '), chip('meetingDate', '9/12/2026'), text(', '), chip('chairingTitle', 'Thứ trưởng Bộ Ngoại giao'), text(' '), chip('chairingOfficial', 'Đặng Hoàng Giang'),
    text(' — '), chip('agency', 'Bộ Ngoại giao'), text(', '), chip('department', 'Vụ ASEAN'), text(' — '), chip('year', '2026'),
    text(' — '), chip('chair', 'Phi-líp-pin'), text(' “'), chip('chairTheme', 'Cùng chèo lái tương lai chung'), text('” — '),
    chip('summits', '48 và 49'), text(' tại '), chip('summitPlace', 'Cebu và Manila'), text(' — '), chip('nextChair', 'Singapore'), text(' — '), chip('vnYears', '31'),
  ])]);
  const en = values(fieldsInLanguage(structuredClone(vi), 'vi', 'en', 2026, data));
  assert.deepEqual(en, {
    meetingDate: '9 December 2026', chairingTitle: 'Deputy Minister of Foreign Affairs', chairingOfficial: 'Dang Hoang Giang',
    agency: 'the Ministry of Foreign Affairs', department: 'ASEAN Department', year: '2026',
    chair: 'the Philippines', chairTheme: en.chairTheme, summits: '48th and 49th', summitPlace: 'Cebu and Manila', nextChair: 'Singapore', vnYears: '31',
  });
  assert.notEqual(en.chairTheme, 'Cùng chèo lái tương lai chung');
  assert.doesNotMatch(en.chairTheme!, /[ăâđêôơư]/iu, 'the theme in English');
  // And back: the Vietnamese version of the English one reads as the first did.
  const back = values(fieldsInLanguage(structuredClone(fieldsInLanguage(structuredClone(vi), 'vi', 'en', 2026, data)), 'en', 'vi', 2026, data));
  assert.deepEqual(back, values(vi));
});

test('a chip that opens a sentence in the other language is capitalised there: "The Ministry…", "the Philippines" inside one', () => {
  const vi = doc([
    paragraph([chip('agency', 'Bộ Ngoại giao'), text(' kính báo cáo. '), chip('chair', 'Phi-líp-pin'), text(' và '), chip('agency', 'Bộ Ngoại giao')]),
    paragraph([text('Chủ tịch: '), chip('chair', 'Phi-líp-pin')]),
  ]);
  const texts: string[] = [];
  visitFields(fieldsInLanguage(structuredClone(vi), 'vi', 'en', 2026, data), (f) => texts.push(f.text));
  assert.deepEqual(texts, ['The Ministry of Foreign Affairs', 'The Philippines', 'the Ministry of Foreign Affairs', 'The Philippines']);
});

test('what the reference data cannot put in the other language is kept as the drafter wrote it', () => {
  const vi = doc([paragraph([
    chip('chairingTitle', 'Vụ trưởng Vụ Hợp tác quốc tế'), chip('chairingOfficial', 'Nguyễn Văn A'), chip('agency', 'Ủy ban Quốc gia ASEAN'),
    chip('department', 'Vụ Hợp tác quốc tế'), chip('meetingDate', 'cuối tháng 12'), chip('chair', 'Nước chủ nhà'), chip('delegates', ''), chip('custom-name', 'Tự điền'),
  ])]);
  const kept = values(vi);
  assert.deepEqual(values(fieldsInLanguage(structuredClone(vi), 'vi', 'en', 2026, data)), kept);
  // Another year's Chair, chosen by the drafter: the same country, not the reference data's Chair of 2026.
  assert.deepEqual(values(fieldsInLanguage(doc([paragraph([chip('chair', 'Malaysia'), chip('nextChair', 'Lào')])]), 'vi', 'en', 2026, data)), { chair: 'Malaysia', nextChair: 'Lao PDR' });
});

test("the other-language version of a press release made from a template: titled by the template's sibling, who chaired in English", (t) => {
  const root = join(import.meta.dirname, '..', '..', '..');
  const { templates } = loadTemplates({ resourcesDir: root, dataDir: tempDir(t) });
  const vi = doc([paragraph([text('Ngày '), chip('meetingDate', '9/12/2026'), text(', '), chip('chairingTitle', 'Thứ trưởng Bộ Ngoại giao'), text(' '), chip('chairingOfficial', 'Đặng Hoàng Giang')])]);
  const made = versionInLanguage({ content: structuredClone(vi), fields: { template: 'press-release.vi', chairName: 'Đặng Hoàng Giang', chairTitle: 'Thứ trưởng Bộ Ngoại giao', meetingDate: '2026-12-09' }, year: 2026, lang: 'vi' }, 'en', data, templates);
  assert.equal(made.title, 'Deputy Minister of Foreign Affairs Dang Hoang Giang chairs the inter-sectoral meeting reviewing ASEAN cooperation in 2026');
  assert.deepEqual(made.fields, { template: 'press-release.en', chairName: 'Dang Hoang Giang', chairTitle: 'Deputy Minister of Foreign Affairs', meetingDate: '2026-12-09' });
  // The annual report's English sibling gives the English frame, as a new English draft from it would.
  const report = versionInLanguage({ content: structuredClone(vi), fields: { template: 'annual-report.vi', agency: 'BỘ NGOẠI GIAO', signingAuthority: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG', addressees: 'Thủ tướng Chính phủ' }, year: 2026, lang: 'vi' }, 'en', data, templates);
  assert.deepEqual(report.fields, { template: 'annual-report.en', agency: 'MINISTRY OF FOREIGN AFFAIRS', docNumberPattern: '…/BC-BNG', docPlace: 'Ha Noi', signingAuthority: 'FOR THE MINISTER\nDEPUTY MINISTER' });
  // No sibling in the other language (the talking points are Vietnamese only), or no template: no title.
  assert.equal(versionInLanguage({ content: structuredClone(vi), fields: { template: 'talking-points.vi' }, year: 2026, lang: 'vi' }, 'en', data, templates).title, null);
  assert.equal(versionInLanguage({ content: structuredClone(vi), fields: {}, year: 2026, lang: 'vi' }, 'en', data, templates).title, null);
  // A title the reference data does not know is kept, not emptied (Properties is the drafter's).
  assert.equal(reviewFieldsInLanguage({ chairTitle: 'Vụ trưởng Vụ ASEAN' }, 'vi', 'en', data).chairTitle, 'Vụ trưởng Vụ ASEAN');
});

test("an English version's frame: the ministry and Hanoi in English, no Decree 30 addressees or signing lines", () => {
  const vi = {
    agency: 'BỘ NGOẠI GIAO', parentAgency: '', docPlace: 'Hà Nội', addressees: 'Thủ tướng Chính phủ', distribution: 'Như trên\nLưu: VT',
    signingAuthority: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG', docNumberPattern: '…/BC-BNG', signerName: 'Đặng Hoàng Giang', meetingDate: '2026-12-09',
  };
  assert.deepEqual(reviewFieldsInLanguage(vi, 'vi', 'en', data), {
    agency: 'MINISTRY OF FOREIGN AFFAIRS', parentAgency: '', docPlace: 'Ha Noi', signerName: 'Dang Hoang Giang', meetingDate: '2026-12-09',
  });
  // Back to Vietnamese: the names return; an agency the data does not know stays as written.
  assert.deepEqual(reviewFieldsInLanguage({ agency: 'Ministry of Industry and Trade', docPlace: 'Ha Noi' }, 'en', 'vi', data), { agency: 'Bộ Công Thương', docPlace: 'Hà Nội' });
  assert.deepEqual(reviewFieldsInLanguage({ agency: 'ỦY BAN QUỐC GIA ASEAN' }, 'vi', 'en', data), { agency: 'ỦY BAN QUỐC GIA ASEAN' });
});
