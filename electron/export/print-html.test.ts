import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docxToPrintHtml } from './print-html.ts';
import { exportDocx } from '../docx/build.ts';
import { DIACRITIC_SENTENCE, SAMPLE_SETTINGS, sampleReview } from '../docx/testing/sample-review.ts';

test('the print page holds the exported text with its diacritics, headings and tables, on A4', async () => {
  const docx = await exportDocx(sampleReview(), SAMPLE_SETTINGS);
  const html = await docxToPrintHtml(docx, 'decree30');
  assert.match(html, /@page \{ size: A4; margin: 20mm 15mm 20mm 30mm; \}/);
  assert.ok(html.includes(DIACRITIC_SENTENCE), 'body sentence with every diacritic');
  assert.match(html, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  assert.match(html, /<table>/);
  assert.doesNotMatch(html, /<script/i);
});
