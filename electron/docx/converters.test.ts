import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEXT_FORMAT, type DocBlock } from '../shared/doc.ts';
import { heading, list, paragraph, table, tableCell, text } from '../shared/doc-build.ts';
import { AppError } from '../shared/errors.ts';
import { exportDocx } from './build.ts';
import { converters } from './converters.ts';
import { all, blocks, child, first, kids, readDocx, style, textOf, val, type DocxParts, type El } from './testing/read-docx.ts';
import { SAMPLE_SETTINGS, sampleReview } from './testing/sample-review.ts';

async function exported(body: DocBlock[], profile: 'decree30' | 'international' = 'decree30'): Promise<DocxParts> {
  return readDocx(await exportDocx(sampleReview(body), { ...SAMPLE_SETTINGS, profile }));
}

/** The body's own paragraphs: those after the Decree 30 frame (header table, title, spacer). */
function bodyParagraphs(parts: DocxParts, firstText: string): El[] {
  const ps = all(parts.body, 'w:p');
  const start = ps.findIndex((p) => textOf(p).startsWith(firstText));
  assert.ok(start >= 0, `paragraph "${firstText}" exported`);
  return ps.slice(start);
}

test('every node type declared in shared/doc.ts has a converter', () => {
  const source = readFileSync(join(import.meta.dirname, '../shared/doc.ts'), 'utf8');
  const declared = [...source.matchAll(/^\s+type: '(\w+)';/gm)].map((m) => m[1]!);
  assert.ok(declared.length >= 11, `found the node types: ${declared.join(', ')}`);
  for (const type of declared) assert.ok(Object.hasOwn(converters, type), `converter for "${type}"`);
});

test('an unknown node type fails the export loudly, naming the type', async () => {
  const bogus = { type: 'youtube', version: 1, videoID: 'x' } as unknown as DocBlock;
  await assert.rejects(exportDocx(sampleReview([paragraph('trước'), bogus]), SAMPLE_SETTINGS), (error: unknown) => {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'export-unknown-node');
    assert.match(error.userMessage.vi, /youtube/);
    assert.match(error.userMessage.en, /youtube/);
    return true;
  });
  // An unknown inline inside a paragraph, and a known node in the wrong place, fail the same way.
  const badInline = { ...paragraph('x'), children: [{ type: 'equation', equation: 'x^2' }] } as unknown as DocBlock;
  await assert.rejects(exportDocx(sampleReview([badInline]), SAMPLE_SETTINGS), /equation/);
  const misplaced = { ...paragraph('x'), children: [paragraph('nested')] } as unknown as DocBlock;
  await assert.rejects(exportDocx(sampleReview([misplaced]), SAMPLE_SETTINGS), /paragraph \(inline\)/);
});

test('each text format bit becomes its run property', async () => {
  const cases: [keyof typeof TEXT_FORMAT, (rPr: El) => boolean][] = [
    ['bold', (r) => child(r, 'w:b') !== undefined],
    ['italic', (r) => child(r, 'w:i') !== undefined],
    ['underline', (r) => val(child(r, 'w:u')) === 'single'],
    ['strikethrough', (r) => child(r, 'w:strike') !== undefined],
    ['superscript', (r) => val(child(r, 'w:vertAlign')) === 'superscript'],
    ['subscript', (r) => val(child(r, 'w:vertAlign')) === 'subscript'],
  ];
  const parts = await exported([paragraph(cases.map(([name]) => text(`[${name}]`, TEXT_FORMAT[name]))), paragraph('[plain]')]);
  const runs = all(parts.body, 'w:r');
  for (const [name, has] of cases) {
    const run = runs.find((r) => textOf(r) === `[${name}]`);
    assert.ok(run, name);
    const rPr = child(run, 'w:rPr');
    assert.ok(rPr && has(rPr), `${name} run carries its property`);
    // …and only its own: no other bit leaks into this run.
    for (const [other, otherHas] of cases) if (other !== name) assert.ok(!otherHas(rPr), `${name} run is not ${other}`);
  }
  const plain = runs.find((r) => textOf(r) === '[plain]')!;
  assert.equal(child(plain, 'w:rPr'), undefined);
});

test('"\\n" inside text and linebreak nodes become break runs; tabs become tabs', async () => {
  const withBreak = { ...paragraph([text('Dòng một\nDòng hai\tcột')]) };
  withBreak.children.push({ type: 'linebreak', version: 1 }, text('Dòng ba'));
  const parts = await exported([withBreak]);
  const p = bodyParagraphs(parts, 'Dòng một')[0]!;
  assert.equal(textOf(p), 'Dòng mộtDòng haicộtDòng ba');
  assert.equal(all(p, 'w:br').length, 2);
  assert.equal(all(p, 'w:tab').length, 1);
  assert.ok(!textOf(p).includes('\n'));
  // Word would stretch a justified line that ends in a manual break: the compat flag prevents it.
  assert.ok(first(parts.settings, 'w:doNotExpandShiftReturn'));
});

test('headings use the real Heading 1–3 styles with outline levels', async () => {
  const parts = await exported([heading(1, 'I. Mục'), heading(2, '1. Khoản'), heading(3, 'a) Điểm')]);
  const ps = bodyParagraphs(parts, 'I. Mục');
  assert.deepEqual(ps.slice(0, 3).map((p) => val(first(p, 'w:pStyle'))), ['Heading1', 'Heading2', 'Heading3']);
  // Word's navigation pane reads the style's outline level (and its built-in "heading N" name).
  for (const [i, id] of ['Heading1', 'Heading2', 'Heading3'].entries()) {
    const s = style(parts, id);
    assert.equal(val(first(s, 'w:name'))?.toLowerCase(), `heading ${i + 1}`);
    assert.equal(val(first(s, 'w:outlineLvl')), String(i));
  }
});

test('bullets are "-" then "+"; every numbered list restarts at its own start', async () => {
  const parts = await exported([
    list('bullet', ['gạch đầu dòng', list('bullet', ['cộng'])]),
    list('number', ['một', 'hai']),
    paragraph('xen giữa'),
    list('number', ['lại một', 'lại hai']),
    list('number', ['bốn', 'năm'], 4),
  ]);
  const ps = bodyParagraphs(parts, 'gạch đầu dòng');
  const numPr = (label: string) => {
    const p = ps.find((x) => textOf(x) === label)!;
    const pr = first(p, 'w:numPr');
    return { level: Number(val(child(pr, 'w:ilvl'))), numId: val(child(pr, 'w:numId'))! };
  };
  const abstractOf = (numId: string) => {
    const num = all(parts.numbering, 'w:num').find((n) => n.attrs['w:numId'] === numId)!;
    const abstract = all(parts.numbering, 'w:abstractNum').find((a) => a.attrs['w:abstractNumId'] === val(child(num, 'w:abstractNumId')))!;
    return { num, abstract };
  };
  const lvl = (numId: string, level: number) => kids(abstractOf(numId).abstract, 'w:lvl').find((l) => l.attrs['w:ilvl'] === String(level))!;

  const dash = numPr('gạch đầu dòng');
  const plus = numPr('cộng');
  assert.equal(dash.numId, plus.numId);
  assert.deepEqual([dash.level, plus.level], [0, 1]);
  assert.equal(val(child(lvl(dash.numId, 0), 'w:numFmt')), 'bullet');
  assert.equal(val(child(lvl(dash.numId, 0), 'w:lvlText')), '-');
  assert.equal(val(child(lvl(dash.numId, 1), 'w:lvlText')), '+');

  const one = numPr('một'), two = numPr('hai'), again = numPr('lại một'), againTwo = numPr('lại hai'), four = numPr('bốn');
  assert.equal(one.numId, two.numId, 'items of one list share a numbering instance');
  assert.equal(again.numId, againTwo.numId);
  assert.notEqual(one.numId, again.numId, 'a new list is a new instance');
  assert.equal(val(child(lvl(one.numId, 0), 'w:numFmt')), 'decimal');
  assert.equal(val(child(lvl(one.numId, 0), 'w:lvlText')), '%1.');
  for (const id of [one.numId, again.numId]) {
    const override = kids(abstractOf(id).num, 'w:lvlOverride').find((o) => o.attrs['w:ilvl'] === '0');
    assert.equal(val(child(override, 'w:startOverride')), '1', `list ${id} restarts at 1`);
  }
  const fourOverride = kids(abstractOf(four.numId).num, 'w:lvlOverride').find((o) => o.attrs['w:ilvl'] === '0');
  assert.equal(val(child(fourOverride, 'w:startOverride')) ?? val(child(lvl(four.numId, 0), 'w:start')), '4');
});

test('tables keep merged cells (gridSpan, vMerge) and repeat header rows', async () => {
  const parts = await exported([table([
    [tableCell('A', { header: true }), tableCell('B', { header: true }), tableCell('C', { header: true })],
    [tableCell('gộp dọc', { rowSpan: 2 }), 'b1', 'c1'],
    ['b2', 'c2'],
    [tableCell('gộp ngang', { colSpan: 2 }), 'c3'],
  ])]);
  const tbl = blocks(parts).find((b) => b.name === 'w:tbl' && textOf(b).includes('gộp dọc'))!;
  assert.equal(kids(first(tbl, 'w:tblGrid'), 'w:gridCol').length, 3);
  const rows = kids(tbl, 'w:tr');
  assert.equal(rows.length, 4);
  const isOn = (el: El | undefined) => el !== undefined && !['off', 'false', '0'].includes(val(el) ?? '');
  assert.ok(isOn(first(rows[0], 'w:tblHeader')), 'header row repeats');
  assert.ok(!isOn(first(rows[1], 'w:tblHeader')));
  assert.equal(val(first(all(rows[0]!, 'w:tc')[0], 'w:pStyle')), 'TableHeading');
  const vStart = kids(rows[1], 'w:tc')[0]!;
  assert.equal(textOf(vStart), 'gộp dọc');
  assert.equal(val(first(vStart, 'w:vMerge')), 'restart');
  const vCont = kids(rows[2], 'w:tc');
  assert.equal(vCont.length, 3, 'the covered cell is written as a continuation');
  assert.ok(first(vCont[0], 'w:vMerge') && val(first(vCont[0], 'w:vMerge')) !== 'restart');
  const hMerged = kids(rows[3], 'w:tc');
  assert.equal(hMerged.length, 2);
  assert.equal(val(first(hMerged[0], 'w:gridSpan')), '2');
  assert.equal(textOf(hMerged[0]!), 'gộp ngang');
});

test('a table wider than Word allows fails the export with a message, instead of exhausting memory', async () => {
  const wide = table([[tableCell('a'), tableCell('b')]]);
  wide.children[0]!.children[0]!.colSpan = 300_000_000;
  await assert.rejects(exportDocx(sampleReview([wide]), SAMPLE_SETTINGS), (error: AppError) =>
    error.code === 'export-table-too-wide' && /63/.test(error.userMessage.vi));
  const tall = table([[tableCell('a'), tableCell('b')], ['c', 'd']]);
  tall.children[0]!.children[0]!.rowSpan = 300_000_000;
  assert.ok((await exportDocx(sampleReview([tall]), SAMPLE_SETTINGS)).length > 0);
});

test('a table keeps the next block off its border: an empty paragraph follows it, and cells have margins', async () => {
  const parts = await exported([table([['a', 'b']]), heading(1, 'II. PHƯƠNG HƯỚNG NĂM 2026')], 'international');
  const body = blocks(parts);
  const at = body.findIndex((b) => b.name === 'w:tbl');
  assert.ok(at >= 0);
  assert.equal(body[at + 1]?.name, 'w:p');
  assert.equal(textOf(body[at + 1]!), '');
  assert.equal(textOf(body[at + 2]!), 'II. PHƯƠNG HƯỚNG NĂM 2026');
  const margins = first(body[at], 'w:tblCellMar');
  assert.equal(val(child(margins, 'w:top'), 'w:w'), '40');
});
