import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rollText } from './roll.ts';
import { testReference as reference } from '../testing/reference.ts';

const roll = (text: string, fromYear: number, toYear: number) => rollText(text, { fromYear, toYear, reference });

function seedParagraphs(file: string): string[] {
  const dir = resolve(import.meta.dirname, '../../../data/samples');
  let text: string;
  try { text = readFileSync(resolve(dir, file), 'utf8'); } catch { text = readFileSync(resolve(import.meta.dirname, '../../../../../shared/seeds', file), 'utf8'); }
  return text.split(/\n+/u).map((p) => p.trim()).filter(Boolean);
}

test("the 2025 article's orientations, inserted in a 2026 draft: 2026 → 2027, 2025 → 2026, horizons untouched", () => {
  const paragraphs = seedParagraphs('002_a06ca1df537d2285.txt');
  const orientations = paragraphs.filter((p) => p.startsWith('Trao đổi về các định hướng') || p.startsWith('Bên cạnh đó'));
  assert.equal(orientations.length, 2);
  const [first, second] = orientations.map((p) => roll(p, 2025, 2026));
  assert.match(first!.text, /định hướng tham gia hợp tác ASEAN năm 2027/u);
  assert.match(first!.text, /Tầm nhìn Cộng đồng ASEAN 2045/u);
  assert.deepEqual(first!.changes.map((c) => [c.old, c.new, c.rule]), [['2026', '2027', 'orientation-year']]);
  assert.match(second!.text, /đến năm 2030/u);
  assert.match(second!.text, /Diễn đàn Tương lai ASEAN 2027/u);
  assert.match(second!.text, /Kết luận số 59-KL\/TW/u);
  const lead = roll(paragraphs.find((p) => p.includes('Cuộc họp liên ngành tổng kết'))!, 2025, 2026);
  assert.match(lead.text, /sự tham gia của Việt Nam năm 2026 và phương hướng năm 2027/u);
  assert.match(lead.text, /Ngày 9\/12/u);
});

test('dates of documents, periods, plan names and history stay', () => {
  const text = 'Kết luận số 59-KL/TW ngày 8/8/2023 về định hướng đến năm 2030, kể từ khi Việt Nam gia nhập ASEAN năm 1995; Đề án 161 giai đoạn 2021-2025; các Kế hoạch tổng thể xây dựng Cộng đồng 2025; Quyết định 47/2025/QĐ-TTg; Hội nghị Cấp cao ASEAN lần thứ 46 diễn ra tháng 5/2025.';
  assert.deepEqual(roll(text, 2025, 2026).changes, []);
  assert.deepEqual(roll(text, 2023, 2024).changes, []);
});

test('Chair, theme and the Summit number follow the reference data', () => {
  const text = 'phối hợp và hỗ trợ ủng hộ Chủ tịch Lào trong năm ASEAN 2024 với chủ đề "ASEAN: Thúc đẩy kết nối và tự cường".';
  const r = roll(text, 2023, 2025);
  assert.equal(r.text, 'phối hợp và hỗ trợ ủng hộ Chủ tịch Phi-líp-pin trong năm ASEAN 2026 với chủ đề "Cùng chèo lái tương lai chung".');
  assert.deepEqual(r.changes.map((c) => c.rule), ['chair', 'orientation-year', 'theme']);
  // To 2026 from 2025: the orientation year 2026 becomes 2027: Singapore, theme not announced → a note.
  const s = roll('hỗ trợ Chủ tịch Phi-líp-pin trong năm ASEAN 2026 với chủ đề "Cùng chèo lái tương lai chung"', 2025, 2026);
  assert.match(s.text, /Chủ tịch Singapore trong năm ASEAN 2027 với chủ đề "Cùng chèo lái tương lai chung"/u);
  assert.deepEqual(s.notes.map((n) => n.rule), ['theme']);
  const summit = roll('chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 47 và the 46th ASEAN Summit', 2025, 2026);
  assert.equal(summit.text, 'chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 49 và the 48th ASEAN Summit');
});

test('anniversaries are recomputed; relative words stay', () => {
  const r = roll('Năm tới, năm 2017 ghi dấu mốc quan trọng kỷ niệm 50 năm thành lập ASEAN; năm qua là năm 2016.', 2016, 2026);
  assert.equal(r.text, 'Năm tới, năm 2027 ghi dấu mốc quan trọng kỷ niệm 60 năm thành lập ASEAN; năm qua là năm 2026.');
  assert.deepEqual(roll('the 50th anniversary of ASEAN in 2017', 2016, 2017).text, 'the 51st anniversary of ASEAN in 2018');
});

test('renamed ministries take their current names (any spacing of the hyphen); the SOM head follows when known', () => {
  const r = roll('Bộ Lao động-Thương binh và Xã hội và Bộ Kế hoạch và Đầu tư đã phối hợp trong năm 2024.', 2024, 2026);
  assert.equal(r.text, 'Bộ Nội vụ và Bộ Tài chính đã phối hợp trong năm 2026.');
  assert.equal(roll('the Ministry of Transport', 2020, 2021).changes.length, 0, 'not before the renames');
  const som = roll('Thứ trưởng Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam chủ trì năm 2024.', 2024, 2025); // the December 2025 holder
  assert.equal(som.text, 'Thứ trưởng Đặng Hoàng Giang, Trưởng SOM ASEAN Việt Nam chủ trì năm 2025.');
  const unknown = roll('Thứ trưởng Đặng Hoàng Giang, Trưởng SOM ASEAN Việt Nam chủ trì năm 2025.', 2025, 2026);
  assert.deepEqual(unknown.notes.map((n) => n.rule), ['som-head']);
  assert.match(unknown.text, /Đặng Hoàng Giang/u);
});

test('"Lao động" is not the country Laos', () => {
  assert.deepEqual(roll('Chủ tịch Hội đồng, Bộ Lao động năm 2024', 2024, 2025).changes.map((c) => c.rule), ['reviewed-year']);
});

test("a year's two Summits written as one list roll together ('lần thứ 46 và 47' → '48 và 49', not '48 và 47')", () => {
  assert.equal(roll('Hội nghị Cấp cao ASEAN lần thứ 46 và 47 đã thông qua Tầm nhìn', 2025, 2026).text, 'Hội nghị Cấp cao ASEAN lần thứ 48 và 49 đã thông qua Tầm nhìn');
  assert.equal(roll('Cấp cao ASEAN lần thứ 46, 47', 2025, 2026).text, 'Cấp cao ASEAN lần thứ 48, 49');
  assert.equal(roll('the 46th and 47th ASEAN Summits adopted the Vision', 2025, 2026).text, 'the 48th and 49th ASEAN Summits adopted the Vision');
  assert.deepEqual(roll('Hội nghị Cấp cao ASEAN lần thứ 46 và 47 diễn ra tháng 5 và tháng 10/2025', 2025, 2026).changes, [], 'dated: history');
});

test('where the Summits met moves with their numbers, or is noted when the new place is not known', () => {
  assert.equal(roll('Hội nghị Cấp cao ASEAN lần thứ 46 và 47 tại Kuala Lumpur đã thông qua Tầm nhìn', 2025, 2026).text, 'Hội nghị Cấp cao ASEAN lần thứ 48 và 49 tại Cebu và Manila đã thông qua Tầm nhìn');
  assert.equal(roll('the 46th and 47th ASEAN Summits in Kuala Lumpur adopted the Vision', 2025, 2026).text, 'the 48th and 49th ASEAN Summits in Cebu and Manila adopted the Vision');
  assert.equal(roll('Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur', 2025, 2026).text, 'Hội nghị Cấp cao ASEAN lần thứ 49 tại Manila');
  const place = roll('Hội nghị Cấp cao ASEAN lần thứ 46 và 47 tại Kuala Lumpur', 2025, 2026).changes.find((c) => c.old === 'Kuala Lumpur');
  assert.equal(place?.rule, 'summit', 'one mark the user reviews like the numbers');
  // 2027's Summits are not in the data: the numbers count on, the place is left with a note.
  const ahead = roll('Hội nghị Cấp cao ASEAN lần thứ 48 và 49 tại Cebu và Manila', 2026, 2027);
  assert.equal(ahead.text, 'Hội nghị Cấp cao ASEAN lần thứ 50 và 51 tại Cebu và Manila');
  assert.deepEqual(ahead.notes.map((n) => [n.text, n.rule]), [['Cebu và Manila', 'summit']]);
  // Another place, or a Summit that does not move, is left alone.
  assert.equal(roll('Hội nghị Cấp cao ASEAN lần thứ 46 và 47 tại Hà Nội', 2025, 2026).text, 'Hội nghị Cấp cao ASEAN lần thứ 48 và 49 tại Hà Nội');
  assert.deepEqual(roll('Hội nghị Cấp cao ASEAN lần thứ 46 tại Kuala Lumpur diễn ra tháng 5/2025', 2025, 2026).changes, []);
});

test('a count in words is left for the drafter with a note: 31 years is not "ba thập kỷ"', () => {
  const text = 'Với Việt Nam, năm 2025 là dịp để cùng nhìn lại chặng đường ba thập kỷ đồng hành cùng ASEAN.';
  const rolled = roll(text, 2025, 2026);
  assert.equal(rolled.text, text.replace('năm 2025', 'năm 2026'));
  assert.deepEqual(rolled.notes.map((n) => [n.text, n.rule]), [['ba thập kỷ', 'anniversary']]);
  assert.deepEqual(roll('Năm 2025, Việt Nam tiếp nối chặng đường hơn ba thập kỷ đồng hành cùng ASEAN.', 2025, 2026).notes, []);
  assert.equal(roll('kỷ niệm 30 năm Việt Nam gia nhập ASEAN năm 2025', 2025, 2026).text, 'kỷ niệm 31 năm Việt Nam gia nhập ASEAN năm 2026');
});

test('a master plan keeps its year with or without "năm"; a work plan of the year moves', () => {
  const text = 'Chuẩn bị kết thúc thực hiện Kế hoạch tổng thể Cộng đồng Văn hóa - Xã hội năm 2025 ở cấp khu vực; xây dựng Kế hoạch công tác năm 2026.';
  assert.equal(roll(text, 2025, 2026).text, 'Chuẩn bị kết thúc thực hiện Kế hoạch tổng thể Cộng đồng Văn hóa - Xã hội năm 2025 ở cấp khu vực; xây dựng Kế hoạch công tác năm 2027.');
  assert.equal(roll('triển khai Kế hoạch tổng thể trong năm 2025.', 2025, 2026).text, 'triển khai Kế hoạch tổng thể trong năm 2026.');
});

test('the new Chair is named as the text’s language writes it: the article, the possessive, a sentence’s start', () => {
  const en = (text: string) => roll(text, 2025, 2026).text;
  assert.equal(en('In 2025, under the Chairmanship of Malaysia, ASEAN met.'), 'In 2026, under the Chairmanship of the Philippines, ASEAN met.');
  assert.equal(en("Viet Nam supported Malaysia's ASEAN Chairmanship in 2025."), "Viet Nam supported the Philippines' ASEAN Chairmanship in 2026.");
  assert.equal(en('Malaysia chaired ASEAN in 2025.'), 'The Philippines chaired ASEAN in 2026.');
  assert.equal(en('Malaysia’s Chairmanship in 2025 was a success.'), 'The Philippines’ Chairmanship in 2026 was a success.');
  // And back from the Philippines: the article goes with the name, the possessive takes its s.
  const from2026 = (text: string) => roll(text, 2026, 2027).text;
  assert.equal(from2026("The Philippines' Chairmanship in 2026 was a success."), "Singapore's Chairmanship in 2027 was a success.");
  assert.equal(from2026('ASEAN Chair 2026, the Philippines, hosted the Summits.'), 'ASEAN Chair 2027, Singapore, hosted the Summits.');
  assert.equal(roll("ASEAN's Chair in 2027, 'Singapore', led the year.", 2027, 2028).text, "ASEAN's Chair in 2028, 'Thailand', led the year.", 'a closing quote is not a possessive');
  // Vietnamese text gets the Vietnamese name whichever spelling the old one had.
  assert.equal(roll('dưới sự điều phối của Ma-lai-xi-a trên cương vị Chủ tịch ASEAN năm 2025', 2025, 2026).text, 'dưới sự điều phối của Phi-líp-pin trên cương vị Chủ tịch ASEAN năm 2026');
  assert.equal(roll('Chủ tịch ASEAN năm 2025 là Malaysia', 2025, 2026).text, 'Chủ tịch ASEAN năm 2026 là Phi-líp-pin');
  // "chaired" alone is not the ASEAN Chair: a meeting's chair stays.
  assert.equal(en('Malaysia chaired the meeting in 2025.'), 'Malaysia chaired the meeting in 2026.');
});
