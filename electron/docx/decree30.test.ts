// Every number of the project's spec (shared/spec/decree-30-docx.md), read back from the exported .docx.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDocx } from './build.ts';
import { QUOC_HIEU, TIEU_NGU } from './decree30.ts';
import { textWidthTwips } from './tnr-metrics.ts';
import { all, blocks, child, first, kids, readDocx, style, textOf, val, type DocxParts, type El } from './testing/read-docx.ts';
import { DIACRITIC_SENTENCE, SAMPLE_SETTINGS, sampleReview } from './testing/sample-review.ts';
import { viNumberLine, viPlaceDate } from './vi-format.ts';
import type { ExportSettings } from '../shared/export.ts';
import type { DocBlock, DocField } from '../shared/doc.ts';
import { heading, text } from '../shared/doc-build.ts';

const MM = 1440 / 25.4;
const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} ≈ ${expected} ± ${tolerance}`);

async function decree(overrides: Partial<ExportSettings> = {}): Promise<DocxParts> {
  return readDocx(await exportDocx(sampleReview(), { ...SAMPLE_SETTINGS, ...overrides }));
}

const isOn = (el: El | undefined) => el !== undefined && !['off', 'false', '0'].includes(val(el) ?? '');
/** Size (pt), bold and italic of a paragraph's first text run. */
function look(p: El): { size: number; bold: boolean; italic: boolean; caps: boolean } {
  const run = all(p, 'w:r').find((r) => first(r, 'w:t'));
  const rPr = child(run, 'w:rPr');
  return {
    size: Number(val(child(rPr, 'w:sz'))) / 2,
    bold: isOn(child(rPr, 'w:b')),
    italic: isOn(child(rPr, 'w:i')),
    caps: isOn(child(rPr, 'w:caps')),
  };
}
const align = (p: El) => val(first(child(p, 'w:pPr'), 'w:jc'));
const paragraphs = (cell: El | undefined) => (cell ? kids(cell, 'w:p') : []);
function byText(scope: El, text: string): El {
  const p = all(scope, 'w:p').find((x) => textOf(x) === text);
  assert.ok(p, `paragraph "${text}"`);
  return p;
}
/** Length of a drawn rule: its cell (or text) width minus the paragraph's indents. */
function ruleLength(p: El, boxWidth: number): number {
  const ind = first(child(p, 'w:pPr'), 'w:ind');
  return boxWidth - Number(val(ind, 'w:left') ?? val(ind, 'w:start') ?? 0) - Number(val(ind, 'w:right') ?? val(ind, 'w:end') ?? 0);
}
function isRule(p: El | undefined): boolean {
  return val(first(first(child(p, 'w:pPr'), 'w:pBdr'), 'w:bottom')) === 'single' && textOf(p!) === '';
}
function gridWidths(tbl: El): number[] {
  return kids(first(tbl, 'w:tblGrid'), 'w:gridCol').map((c) => Number(val(c, 'w:w')));
}
function assertBorderless(tbl: El) {
  const borders = first(tbl, 'w:tblBorders');
  assert.ok(borders, 'table borders declared');
  for (const side of borders.children) assert.ok(['none', 'nil'].includes(val(side) ?? ''), `${side.name} is none`);
}

test('A4 portrait, margins 20/20/30/15 mm', async () => {
  const parts = await decree();
  const size = child(parts.sectPr, 'w:pgSz')!;
  near(Number(val(size, 'w:w')), 210 * MM, 1, 'width');
  near(Number(val(size, 'w:h')), 297 * MM, 1, 'height');
  assert.notEqual(val(size, 'w:orient'), 'landscape');
  const margin = child(parts.sectPr, 'w:pgMar')!;
  near(Number(val(margin, 'w:top')), 20 * MM, 1, 'top');
  near(Number(val(margin, 'w:bottom')), 20 * MM, 1, 'bottom');
  near(Number(val(margin, 'w:left')), 30 * MM, 1, 'left');
  near(Number(val(margin, 'w:right')), 15 * MM, 1, 'right');
});

test('Times New Roman everywhere, black', async () => {
  const parts = await decree();
  const fonts = [parts.styles, parts.document, ...Object.values(parts.headers), ...Object.values(parts.numbering ? [parts.numbering] : [])]
    .flatMap((part) => all(part, 'w:rFonts'));
  assert.ok(fonts.length > 0);
  for (const f of fonts) {
    for (const key of ['w:ascii', 'w:hAnsi', 'w:cs']) {
      if (f.attrs[key] !== undefined) assert.equal(f.attrs[key], 'Times New Roman', `${key} of ${JSON.stringify(f.attrs)}`);
    }
  }
  const defaults = first(first(parts.styles, 'w:docDefaults'), 'w:rPr')!;
  assert.equal(val(child(defaults, 'w:rFonts'), 'w:ascii'), 'Times New Roman');
  assert.equal(val(child(defaults, 'w:color')), '000000');
});

test('page number: centred current-page field, 14 pt, in the top margin, not on page 1', async () => {
  const parts = await decree();
  assert.ok(isOn(child(parts.sectPr, 'w:titlePg')), 'title page section');
  const firstHeader = parts.headers.first;
  assert.ok(firstHeader, 'a first-page header exists');
  assert.equal(all(firstHeader, 'w:instrText').length + all(firstHeader, 'w:fldSimple').length, 0, 'no field on page 1');
  assert.equal(textOf(firstHeader), '');
  const header = parts.headers.default!;
  const instr = all(header, 'w:instrText').map((i) => i.text).join('');
  assert.match(instr, /\bPAGE\b/);
  const p = all(header, 'w:p').find((x) => all(x, 'w:instrText').length > 0)!;
  assert.equal(align(p), 'center');
  const rPr = child(all(p, 'w:r')[0], 'w:rPr');
  assert.equal(Number(val(child(rPr, 'w:sz'))) / 2, 14);
  assert.ok(!isOn(child(rPr, 'w:i')) && !isOn(child(rPr, 'w:b')), 'upright');
  // The header sits inside the 20 mm top margin.
  const margin = child(parts.sectPr, 'w:pgMar')!;
  assert.ok(Number(val(margin, 'w:header')) < Number(val(margin, 'w:top')));
  // No page number in the footers.
  for (const footer of Object.values(parts.footers)) assert.equal(all(footer, 'w:instrText').length, 0);
});

test('header table: agencies, rule and number left; Quốc hiệu, Tiêu ngữ, rule and date right', async () => {
  const parts = await decree();
  const tbl = blocks(parts)[0]!;
  assert.equal(tbl.name, 'w:tbl', 'the document opens with the header table');
  assertBorderless(tbl);
  const [left, right] = gridWidths(tbl) as [number, number];
  near(left + right, 165 * MM, 2, 'header spans the text width');
  assert.ok(right >= 0.55 * (left + right), 'right column holds the Quốc hiệu');
  const [row1, row2] = kids(tbl, 'w:tr');
  const [agencyCell, stateCell] = kids(row1, 'w:tc');
  const agencyPs = paragraphs(agencyCell);
  assert.equal(textOf(agencyPs[0]!), 'BỘ NGOẠI GIAO');
  assert.deepEqual(look(agencyPs[0]!), { size: 12, bold: false, italic: false, caps: false });
  assert.equal(textOf(agencyPs[1]!), 'VỤ ASEAN');
  assert.deepEqual(look(agencyPs[1]!), { size: 12, bold: true, italic: false, caps: false });
  for (const p of agencyPs.slice(0, 2)) assert.equal(align(p), 'center');
  assert.ok(isRule(agencyPs[2]), 'a drawn line under the agency');
  const agencyText = textWidthTwips('VỤ ASEAN', 12, true);
  const agencyRule = ruleLength(agencyPs[2]!, left);
  assert.ok(agencyRule >= agencyText / 3 - 1 && agencyRule <= agencyText / 2 + 1, `agency rule ${agencyRule} is 1/3–1/2 of ${agencyText}`);

  const statePs = paragraphs(stateCell);
  assert.equal(textOf(statePs[0]!), QUOC_HIEU);
  assert.equal(QUOC_HIEU, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.deepEqual(look(statePs[0]!), { size: 12, bold: true, italic: false, caps: false });
  assert.equal(textOf(statePs[1]!), 'Độc lập - Tự do - Hạnh phúc');
  assert.equal(TIEU_NGU, 'Độc lập - Tự do - Hạnh phúc');
  assert.deepEqual(look(statePs[1]!), { size: 13, bold: true, italic: false, caps: false });
  assert.ok(statePs.slice(0, 2).every((p) => align(p) === 'center'));
  assert.ok(isRule(statePs[2]), 'a drawn line under the Tiêu ngữ');
  const mottoText = textWidthTwips(TIEU_NGU, 13, true);
  near(ruleLength(statePs[2]!, right), mottoText, 2, 'Tiêu ngữ line as long as the text');
  assert.ok(QUOC_HIEU.length && textWidthTwips(QUOC_HIEU, 12, true) <= right, 'Quốc hiệu fits its column on one line');
  // No underlined text stands in for a line.
  assert.equal(all(tbl, 'w:u').length, 0);

  const [numberCell, dateCell] = kids(row2, 'w:tc');
  const number = paragraphs(numberCell)[0]!;
  assert.equal(textOf(number), 'Số: 05/BC-VASEAN');
  assert.deepEqual(look(number), { size: 13, bold: false, italic: false, caps: false });
  const date = paragraphs(dateCell)[0]!;
  assert.equal(textOf(date), 'Hà Nội, ngày 05 tháng 01 năm 2026');
  assert.deepEqual(look(date), { size: 13, bold: false, italic: true, caps: false });
  assert.equal(align(date), 'center');
});

test('BÁO CÁO 14 bold centred; trích yếu 14 bold with a short line; Kính gửi 14', async () => {
  const parts = await decree();
  const top = parts.body.children;
  const docType = byText(parts.body, 'BÁO CÁO');
  assert.deepEqual(look(docType), { size: 14, bold: true, italic: false, caps: false });
  assert.equal(align(docType), 'center');
  const summary = byText(parts.body, SAMPLE_SETTINGS.summary);
  assert.deepEqual(look(summary), { size: 14, bold: true, italic: false, caps: false });
  assert.equal(align(summary), 'center');
  assert.equal(top.indexOf(summary), top.indexOf(docType) + 1, 'summary directly under the type');
  const rule = top[top.indexOf(summary) + 1];
  assert.ok(isRule(rule), 'a line under the summary');
  const textWidth = 165 * MM;
  const summaryText = textWidthTwips(SAMPLE_SETTINGS.summary, 14, true);
  const length = ruleLength(rule!, Math.round(textWidth));
  assert.ok(length >= summaryText / 3 - 2 && length <= summaryText / 2 + 2, `summary rule ${length} is 1/3–1/2 of ${summaryText}`);
  const kinhGui = byText(parts.body, 'Kính gửi: Lãnh đạo Bộ.');
  assert.deepEqual(look(kinhGui), { size: 14, bold: false, italic: false, caps: false });

  const several = await decree({ addressees: ['Bộ trưởng', '- Thứ trưởng;'] });
  byText(several.body, 'Kính gửi:');
  byText(several.body, '- Bộ trưởng;');
  byText(several.body, '- Thứ trưởng.');
});

test('body: 14 pt, justified, first-line indent 1.27 cm, spacing after ≥ 6 pt, line spacing 1–1.5', async () => {
  const parts = await decree();
  const pPr = first(first(parts.styles, 'w:docDefaults'), 'w:pPr')!;
  const rPr = first(first(parts.styles, 'w:docDefaults'), 'w:rPr')!;
  assert.equal(Number(val(child(rPr, 'w:sz'))) / 2, 14);
  assert.equal(val(child(pPr, 'w:jc')), 'both');
  near(Number(val(child(pPr, 'w:ind'), 'w:firstLine')), 1.27 * 10 * MM, 1, 'first-line indent');
  const spacing = child(pPr, 'w:spacing')!;
  assert.ok(Number(val(spacing, 'w:after')) >= 6 * 20, 'spacing after ≥ 6 pt');
  const line = Number(val(spacing, 'w:line'));
  assert.ok(line >= 240 && line <= 360 && (val(spacing, 'w:lineRule') ?? 'auto') === 'auto', `line ${line}`);
  // The body paragraph itself does not override the style.
  const body = byText(parts.body, DIACRITIC_SENTENCE);
  assert.equal(val(first(body, 'w:pStyle')), undefined);
  assert.equal(first(body, 'w:jc'), undefined);
  assert.equal(first(body, 'w:ind'), undefined);
  assert.equal(first(body, 'w:sz'), undefined);
});

test('heading levels: I. caps bold, 1. bold, a) upright, all at body size', async () => {
  const parts = await decree();
  const rPr = (id: string) => first(style(parts, id), 'w:rPr')!;
  for (const id of ['Heading1', 'Heading2', 'Heading3']) {
    assert.equal(Number(val(child(rPr(id), 'w:sz'))) / 2, 14, `${id} size`);
    assert.ok(!isOn(child(rPr(id), 'w:i')), `${id} upright`);
  }
  assert.ok(isOn(child(rPr('Heading1'), 'w:b')) && isOn(child(rPr('Heading1'), 'w:caps')));
  assert.ok(isOn(child(rPr('Heading2'), 'w:b')) && !isOn(child(rPr('Heading2'), 'w:caps')));
  assert.ok(!isOn(child(rPr('Heading3'), 'w:b')) && !isOn(child(rPr('Heading3'), 'w:caps')));
  assert.equal(val(first(byText(parts.body, 'I. Kết quả hợp tác ASEAN năm 2025'), 'w:pStyle')), 'Heading1');
});

test('a document symbol in a caps heading keeps its letters (155/QĐ-TTg), in text and in a field', async () => {
  const symbolField: DocField = { type: 'field', version: 1, name: 'asccPlan', text: 'Quyết định 47/2025/QĐ-TTg', confirmed: true, format: 0, style: '', mode: 'token', detail: 0 };
  const body: DocBlock[] = [
    heading(1, 'III. Triển khai Quyết định 155/QĐ-TTg\tvà Kết luận 59-KL/TW'),
    heading(1, [text('IV. Thực hiện '), symbolField]),
    heading(2, '1. Quyết định 155/QĐ-TTg'),
  ];
  const runs = (p: El) => all(p, 'w:r').filter((r) => textOf(r) !== '').map((r) => ({ text: textOf(r), caps: child(child(r, 'w:rPr'), 'w:caps') }));
  const decreeParts = await readDocx(await exportDocx(sampleReview(body), SAMPLE_SETTINGS));
  const startingWith = (parts: DocxParts, prefix: string) => all(parts.body, 'w:p').find((p) => textOf(p).startsWith(prefix));
  const [h1, h1Field, h2] = ['III.', 'IV.', '1.'].map((prefix) => startingWith(decreeParts, prefix));
  // The symbol is a run that turns the style's caps off; the rest (and 59-KL/TW, the same in caps) stays caps.
  assert.deepEqual(runs(h1!).map((r) => [r.text, r.caps === undefined ? 'style' : val(r.caps)]),
    [['III. Triển khai Quyết định ', 'style'], ['155/QĐ-TTg', 'false'], ['và Kết luận 59-KL/TW', 'style']]);
  assert.equal(all(h1!, 'w:tab').length, 1, 'the tab is kept');
  assert.deepEqual(runs(h1Field!).map((r) => [r.text, r.caps === undefined ? 'style' : val(r.caps)]),
    [['IV. Thực hiện ', 'style'], ['Quyết định ', 'style'], ['47/2025/QĐ-TTg', 'false']]);
  // Headings that are not in caps are not cut.
  assert.deepEqual(runs(h2!).map((r) => r.text), ['1. Quyết định 155/QĐ-TTg']);
  const international = await readDocx(await exportDocx(sampleReview(body), { ...SAMPLE_SETTINGS, profile: 'international' }));
  assert.deepEqual(runs(startingWith(international, 'III.')!).map((r) => r.text), ['III. Triển khai Quyết định 155/QĐ-TTg', 'và Kết luận 59-KL/TW']);
});

test('closing table: Nơi nhận 12 bold italic, entries 11, signing authority 14 caps bold, gap, signer 14 bold', async () => {
  const parts = await decree();
  const tbl = blocks(parts).at(-1)!;
  assert.equal(tbl.name, 'w:tbl', 'the document ends with the closing table');
  assertBorderless(tbl);
  const [received, signature] = kids(first(tbl, 'w:tr'), 'w:tc');
  const left = paragraphs(received);
  assert.equal(textOf(left[0]!), 'Nơi nhận:');
  assert.deepEqual(look(left[0]!), { size: 12, bold: true, italic: true, caps: false });
  assert.deepEqual(left.slice(1).map(textOf), ['- Như trên;', '- Các đơn vị liên quan;', '- Lưu: VT, VASEAN.']);
  for (const p of left.slice(1)) assert.deepEqual(look(p), { size: 11, bold: false, italic: false, caps: false });
  const right = paragraphs(signature);
  assert.deepEqual(right.slice(0, 2).map(textOf), ['KT. VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG']);
  for (const p of right.slice(0, 2)) {
    assert.deepEqual(look(p), { size: 14, bold: true, italic: false, caps: false });
    assert.equal(align(p), 'center');
  }
  const gap = right.slice(2, -1);
  assert.equal(gap.length, 4, 'about four blank lines for the signature');
  assert.ok(gap.every((p) => textOf(p) === ''));
  const signer = right.at(-1)!;
  assert.equal(textOf(signer), 'Nguyễn Thị Hằng');
  assert.deepEqual(look(signer), { size: 14, bold: true, italic: false, caps: false });
  assert.equal(align(signer), 'center');
});

test('nothing the user left empty becomes a placeholder', async () => {
  const parts = await decree({
    parentAgency: '', number: '', summary: '', addressees: [], distribution: [], signingAuthority: [], signerName: '',
  });
  const all_ = textOf(parts.body);
  assert.ok(!all_.includes('…') && !all_.includes('...') && !/\bX{2,}\b/.test(all_));
  const header = blocks(parts)[0]!;
  const agencyPs = paragraphs(kids(first(header, 'w:tr'), 'w:tc')[0]);
  assert.equal(textOf(agencyPs[0]!), 'VỤ ASEAN', 'no parent agency line');
  // The number is left blank for the registry clerk, as offices do by hand.
  assert.equal(textOf(kids(kids(header, 'w:tr')[1], 'w:tc')[0]!), viNumberLine(''));
  assert.ok(!all(parts.body, 'w:p').some((p) => textOf(p).startsWith('Kính gửi')));
  assert.ok(!all(parts.body, 'w:p').some((p) => textOf(p) === 'Nơi nhận:'));
  assert.equal(blocks(parts).filter((b) => b.name === 'w:tbl').length, 2, 'header and the body table only: no closing table');
});

test('Decree 30 text rules: zero-padded day, months 1–2 and number', () => {
  assert.equal(viPlaceDate('Hà Nội', '2026-01-05'), 'Hà Nội, ngày 05 tháng 01 năm 2026');
  assert.equal(viPlaceDate('Hà Nội', '2026-02-28'), 'Hà Nội, ngày 28 tháng 02 năm 2026');
  assert.equal(viPlaceDate('TP. Hồ Chí Minh', '2025-12-09'), 'TP. Hồ Chí Minh, ngày 09 tháng 12 năm 2025');
  assert.equal(viPlaceDate('Hà Nội', '2025-03-15'), 'Hà Nội, ngày 15 tháng 3 năm 2025');
  assert.equal(viPlaceDate('', '2025-03-15'), 'Ngày 15 tháng 3 năm 2025');
  assert.throws(() => viPlaceDate('Hà Nội', '2025-02-30'), /2025-02-30/);
  assert.equal(viNumberLine('5/BC-BNG'), 'Số: 05/BC-BNG');
  assert.equal(viNumberLine('12/BC-BNG'), 'Số: 12/BC-BNG');
  assert.equal(viNumberLine('  '), 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC');
});

test('international profile: A4, 2.5 cm margins, heading styles, page number in the footer', async () => {
  const parts = await readDocx(await exportDocx(sampleReview(), { ...SAMPLE_SETTINGS, profile: 'international' }));
  const margin = child(parts.sectPr, 'w:pgMar')!;
  for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right']) near(Number(val(margin, side)), 25 * MM, 1, side);
  near(Number(val(child(parts.sectPr, 'w:pgSz'), 'w:w')), 210 * MM, 1, 'A4 width');
  assert.ok(!isOn(child(parts.sectPr, 'w:titlePg')));
  assert.match(all(parts.footers.default!, 'w:instrText').map((i) => i.text).join(''), /\bPAGE\b/);
  assert.equal(all(parts.headers.default!, 'w:instrText').length, 0);
  assert.equal(val(first(byText(parts.body, 'I. Kết quả hợp tác ASEAN năm 2025'), 'w:pStyle')), 'Heading1');
  assert.ok(!all(parts.body, 'w:p').some((p) => textOf(p) === QUOC_HIEU), 'no Decree 30 frame');
  const defaults = first(first(parts.styles, 'w:docDefaults'), 'w:rPr')!;
  assert.equal(val(child(defaults, 'w:rFonts'), 'w:ascii'), 'Times New Roman', 'a serif body font');
});

test('every line spacing is written with its rule (LibreOffice reads a bare w:line as an exact height), in both profiles', async () => {
  for (const profile of ['decree30', 'international'] as const) {
    const parts = await readDocx(await exportDocx(sampleReview(), { ...SAMPLE_SETTINGS, profile }));
    const spacings = [parts.styles, parts.document, ...Object.values(parts.headers), ...Object.values(parts.footers)].flatMap((part) => all(part, 'w:spacing'));
    const lined = spacings.filter((s) => s.attrs['w:line'] !== undefined);
    assert.ok(lined.length > 3, `${profile}: line spacings found`);
    assert.deepEqual(lined.filter((s) => s.attrs['w:lineRule'] !== 'auto').map((s) => s.attrs), [], profile);
  }
});
