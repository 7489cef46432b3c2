// The check's findings applied in a headless editor with the real node set: the offsets the check computes
// over the exported content lead to the right text nodes in every shape of block, and words changed since
// the check are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import { blockText, doc, list, paragraph, table, tableCell, text } from '../../../../electron/shared/doc-build.ts';
import type { DocBlock, DocField, DocState } from '../../../../electron/shared/doc.ts';
import { loadReference } from '../../../../electron/drafting/reference/load.ts';
import { runChecks, type Finding } from '../../../../electron/drafting/check/index.ts';
import { replaceFindings, type TextSpan } from './findingText.ts';

const reference = loadReference({ resourcesDir: resolve(import.meta.dirname, '../../../..') }).data;
const OLD = 'Bộ Lao động - Thương binh và Xã hội';

function editorWith(state: DocState): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}
function chip(name: string, value: string): DocField {
  return { type: 'field', version: 1, name, text: value, confirmed: true, format: 0, style: '', mode: 'token', detail: 0 };
}
const check = (editor: LexicalEditor): Finding[] => runChecks({
  review: { id: 'r', title: 'Báo cáo', year: 2026, lang: 'vi', kind: 'report', fields: {} }, content: exportDocState(editor.getEditorState()), reference,
});
const spanOf = (f: Finding): TextSpan => ({ blockIndex: f.target.blockIndex, offset: f.target.offset!, length: f.target.length! });
const texts = (editor: LexicalEditor) => exportDocState(editor.getEditorState()).root.children.map((b) => blockText(b as DocBlock));

test('every fix of the check lands on its words: a bold run, a list item, a nested list, a table cell, after a chip', () => {
  const editor = editorWith(doc([
    paragraph([text('Năm '), chip('year', '2026'), text(`, ${OLD} và `), text('Bộ Thông tin và Truyền thông', 1), text(' đã chủ trì.')]),
    list('bullet', [`Một: ${OLD} chủ trì.`, list('bullet', [`Hai: ${OLD}.`])]),
    table([['Cơ quan', tableCell([paragraph('Ghi chú'), paragraph(`Ba: ${OLD}.`)])]]),
    paragraph('Việt Nam tích cực ủng hộ Chủ tịch Malaysia trong năm ASEAN 2026.'),
  ]));
  const fixes = check(editor).filter((f) => f.fix);
  assert.deepEqual(fixes.map((f) => `${f.kind}:${f.fix!.found}`).sort(), [
    'chair:Malaysia', `ministry:${OLD}`, `ministry:${OLD}`, `ministry:${OLD}`, `ministry:${OLD}`, 'ministry:Bộ Thông tin và Truyền thông',
  ].sort());
  const ministry = fixes.filter((f) => f.fix!.found === OLD);
  assert.equal(replaceFindings(editor, ministry.map(spanOf), OLD, 'Bộ Nội vụ'), 4);
  const stale = fixes.find((f) => f.fix!.found === 'Bộ Thông tin và Truyền thông')!;
  assert.equal(replaceFindings(editor, [spanOf(stale)], stale.fix!.found, stale.fix!.replacement), 0, 'its block changed before it: the old offset is refused');
  const bold = check(editor).find((f) => f.fix?.found === 'Bộ Thông tin và Truyền thông')!; // what the panel does after each fix
  assert.equal(replaceFindings(editor, [spanOf(bold)], bold.fix!.found, bold.fix!.replacement), 1);
  const chair = fixes.find((f) => f.kind === 'chair')!;
  assert.equal(replaceFindings(editor, [spanOf(chair)], 'Malaysia', 'Phi-líp-pin'), 1);
  assert.deepEqual(texts(editor), [
    'Năm 2026, Bộ Nội vụ và Bộ Khoa học và Công nghệ đã chủ trì.',
    'Một: Bộ Nội vụ chủ trì.\nHai: Bộ Nội vụ.',
    'Cơ quan\tGhi chú\nBa: Bộ Nội vụ.',
    'Việt Nam tích cực ủng hộ Chủ tịch Phi-líp-pin trong năm ASEAN 2026.',
  ]);
  // The bold run kept its format (the replacement takes the first character's marks); the chip is untouched.
  const first = exportDocState(editor.getEditorState()).root.children[0] as { children: { type: string; text: string; format: number }[] };
  assert.deepEqual(first.children.map((c) => [c.type, c.text, c.format]), [
    ['text', 'Năm ', 0], ['field', '2026', 0], ['text', ', Bộ Nội vụ và ', 0], ['text', 'Bộ Khoa học và Công nghệ', 1], ['text', ' đã chủ trì.', 0],
  ]);
  assert.deepEqual(check(editor).filter((f) => f.fix), []);
});

test('words typed over since the check are left as they are; the others are still replaced', () => {
  const editor = editorWith(doc([paragraph(`Một: ${OLD}.`), paragraph(`Hai: ${OLD}.`)]));
  const spans = check(editor).filter((f) => f.kind === 'ministry').map(spanOf);
  assert.equal(spans.length, 2);
  editor.update(() => { $getRoot().getChildAtIndex(0)!.selectStart().insertText('Rồi '); }, { discrete: true }); // typed before it
  assert.equal(replaceFindings(editor, spans, OLD, 'Bộ Nội vụ'), 1);
  assert.deepEqual(texts(editor), [`Rồi Một: ${OLD}.`, 'Hai: Bộ Nội vụ.']);
  assert.equal(replaceFindings(editor, [{ blockIndex: 9, offset: 0, length: 3 }], OLD, 'x'), 0, 'a block gone');
});

test('a finding inside a chip or a pending roll-forward mark has no fix to apply', () => {
  const editor = editorWith(doc([
    paragraph([text('ủng hộ Chủ tịch '), chip('chair', 'Malaysia'), text(' trong năm ASEAN 2026.')]),
    paragraph([text('Tại Hội nghị Cấp cao ASEAN lần thứ '), { ...text('46'), type: 'roll-mark', oldText: '44', rule: 'summit' }, text(' đã thông qua văn kiện.')]),
  ]));
  const found = check(editor);
  assert.ok(found.some((f) => f.kind === 'chair'), found.map((f) => f.kind).join(' '));
  assert.deepEqual(found.filter((f) => f.fix), []);
});
