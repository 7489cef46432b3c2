// Sentence splitting and units (electron/shared/segments.ts), as both sides use them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docUnits, locateSegments, sentenceAt, splitSentences } from '../shared/segments.ts';
import { doc, heading, list, paragraph, table } from '../shared/doc-build.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

test('sentences end at . ! ? … and line breaks, not at abbreviations, numbers or initials', () => {
  assert.deepEqual(texts('ASEAN tiếp tục thành công. Điều này có ý nghĩa! Vì sao? Bởi…'), ['ASEAN tiếp tục thành công.', 'Điều này có ý nghĩa!', 'Vì sao?', 'Bởi…']);
  assert.deepEqual(texts('Conclusion No. 59-KL/TW dated 8.8.2023 was issued. Mr. Viet spoke.'), ['Conclusion No. 59-KL/TW dated 8.8.2023 was issued.', 'Mr. Viet spoke.']);
  assert.deepEqual(texts('gìn giữ hòa bình… Nhiều ý tưởng của Việt Nam.'), ['gìn giữ hòa bình…', 'Nhiều ý tưởng của Việt Nam.']);
  assert.deepEqual(texts('Ông Đỗ H. Việt phát biểu: ASEAN vững mạnh.'), ['Ông Đỗ H. Việt phát biểu: ASEAN vững mạnh.']);
  assert.deepEqual(texts('Dòng một\nDòng hai.'), ['Dòng một', 'Dòng hai.']);
  assert.deepEqual(texts('He said "It works." Then left.'), ['He said "It works."', 'Then left.']);
  assert.deepEqual(texts('Caption here. (Photo: Anh Son) |'), ['Caption here.', '(Photo: Anh Son) |']);
  assert.deepEqual(texts('  '), []);
  const spans = splitSentences('One. Two. Three.');
  assert.equal(sentenceAt(spans, 0), 0);
  assert.equal(sentenceAt(spans, 5), 1);
  assert.equal(sentenceAt(spans, 99), 2);
});

test('units: paragraphs, headings, list items (nested after their parent) and table cells, in order', () => {
  const state = doc([heading(1, 'I. Tiêu đề'), paragraph('Đoạn.'), list('bullet', ['Mục 1', list('bullet', ['Mục con'])]), table([['Ô 1', 'Ô 2']])]);
  assert.deepEqual(docUnits(state).map((u) => u.text), ['I. Tiêu đề', 'Đoạn.', 'Mục 1', '', 'Mục con', 'Ô 1', 'Ô 2']);
});

test('segments are found in the current text of a unit even when one target holds two sentences or was edited', () => {
  const unit = 'First sentence. Second part. Also second. A third one, edited by hand.';
  const spans = locateSegments(unit, ['First sentence.', 'Second part. Also second.', 'A third one.']);
  assert.deepEqual(spans.map((s) => s && unit.slice(s.start, s.end)), ['First sentence.', 'Second part. Also second.', 'A third one, edited by hand.']);
  assert.deepEqual(locateSegments('Only one.', ['Only one.', 'Gone.']), [{ start: 0, end: 9 }, null]);
});
