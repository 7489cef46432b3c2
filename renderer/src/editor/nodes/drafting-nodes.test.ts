// drafting (issue 10): FieldNode and CarryChecklistNode in a headless editor — JSON round trip, changing a
// field everywhere in one undo step, turning a field into text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $getRoot, $getSelection, $isTextNode, UNDO_COMMAND, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { doc, heading, paragraph, text } from '../../../../electron/shared/doc-build.ts';
import { $createFieldNode, $isFieldNode } from './FieldNode.ts';
import { $createCarryChecklistNode, $isCarryChecklistNode } from './CarryChecklistNode.ts';
import { $collectFields, fieldToText, insertField, setFieldEverywhere } from '../drafting/fields.ts';
import { fieldMenuEntries } from '../drafting/fieldMenu.ts';

const field = (name: string, value: string, confirmed = value !== '') => ({ type: 'field' as const, version: 1 as const, name, text: value, confirmed, format: 0, style: '', mode: 'token' as const, detail: 0 });

const sample: DocState = doc([
  heading(1, [text('I. NĂM '), field('year', '2026')]),
  paragraph([text('Chủ tịch '), field('chair', 'Phi-líp-pin'), text(', chủ đề “'), field('nextChairTheme', '', false), text('”.')]),
  { type: 'carry-checklist', version: 1, fromReviewId: 'prev', fromYear: 2025, items: [
    { id: 'a', text: 'Tiếp tục phát huy vai trò', status: 'done', result: 'Đã tổ chức Diễn đàn' },
    { id: 'b', text: 'Kiện toàn bộ máy', status: null, result: '' },
    // Carried into a draft of the other language: translated by the memory, or left untranslated.
    { id: 'c', text: 'Continue to uphold its role', status: 'in-progress', result: '', sourceText: 'Tiếp tục phát huy vai trò' },
    { id: 'd', text: 'Tăng cường phối hợp', status: null, result: '', untranslated: 'vi' },
  ] },
  paragraph([text('Năm '), field('year', '2026'), text(' và '), field('year', '2026')]),
]);

function editorWith(state: DocState): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

test('fields and the checklist survive a JSON round trip through the editor', () => {
  const out = exportDocState(editorWith(sample).getEditorState());
  const strip = (n: unknown): unknown => JSON.parse(JSON.stringify(n, (k, v) => (['direction', 'format', 'indent', 'textFormat', 'textStyle', 'style', 'detail', 'mode', 'version'].includes(k) && typeof v !== 'object' ? undefined : v)));
  assert.deepEqual(strip(out), strip(sample));
  const para = out.root.children[1];
  assert.ok(para && para.type === 'paragraph');
  assert.deepEqual(para.children[1], { ...field('chair', 'Phi-líp-pin'), format: 0, mode: 'token' });
});

test('$create/$is for both nodes; the field is a token that stays apart from its neighbours', () => {
  const editor = editorWith(doc([paragraph('')]));
  editor.update(() => {
    const f = $createFieldNode('year', '2027');
    const c = $createCarryChecklistNode([{ id: 'x', text: 'Một', status: null, result: '' }], null, 2026);
    $getRoot().getFirstChildOrThrow<ElementNode>().append(f);
    $getRoot().append(c);
    assert.ok($isFieldNode(f) && !$isFieldNode(c));
    assert.ok($isCarryChecklistNode(c) && !$isCarryChecklistNode(f));
    assert.equal(f.getMode(), 'token');
    assert.equal(f.canInsertTextAfter(), false);
  }, { discrete: true });
  editor.getEditorState().read(() => {
    assert.equal($getRoot().getTextContent().includes('2027'), true);
  });
});

test('changing a field in the panel changes every occurrence in one undo step', () => {
  const editor = editorWith(sample);
  registerHistory(editor, createEmptyHistoryState(), 0);
  // As in the app: the caret is placed (a selection-only update) before anything is edited.
  editor.update(() => { $getRoot().selectEnd(); }, { discrete: true });
  editor.update(() => { $getRoot().getLastChildOrThrow<ElementNode>().append($createFieldNode('other', 'x')); }, { discrete: true });
  setFieldEverywhere(editor, 'year', '2031');
  editor.update(() => undefined, { discrete: true });
  let fields = editor.getEditorState().read($collectFields);
  assert.deepEqual(fields.find((f) => f.name === 'year'), { name: 'year', value: '2031', state: 'filled', count: 3, blockIndex: 0 });
  assert.equal(fields.find((f) => f.name === 'nextChairTheme')?.state, 'empty');
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  editor.update(() => undefined, { discrete: true });
  fields = editor.getEditorState().read($collectFields);
  assert.equal(fields.find((f) => f.name === 'year')?.value, '2026', 'one undo brings all three back');
  assert.equal(fields.find((f) => f.name === 'other')?.value, 'x', 'and only that change is undone');
});

test('a field turned into text keeps its value and format as a plain text node', () => {
  const editor = editorWith(sample);
  fieldToText(editor, 'chair');
  editor.update(() => undefined, { discrete: true });
  editor.getEditorState().read(() => {
    const p = $getRoot().getChildAtIndex(1) as ElementNode;
    assert.ok(p.getChildren().every((c) => !$isFieldNode(c) || c.getName() !== 'chair'));
    assert.ok(p.getChildren().some((c) => $isTextNode(c) && c.getTextContent().includes('Phi-líp-pin')));
  });
});

test('the Insert field menu: the draft’s fields with their values first, then the other known fields, empty', () => {
  const editor = editorWith(sample);
  const { inDraft, others } = fieldMenuEntries(editor.getEditorState().read($collectFields));
  assert.deepEqual(inDraft.map((e) => [e.name, e.value, e.confirmed]), [['year', '2026', true], ['chair', 'Phi-líp-pin', true], ['nextChairTheme', '', false]]);
  assert.equal(inDraft[0]!.label.vi, 'Năm tổng kết');
  assert.ok(others.length > 10 && others.every((e) => e.value === '' && !e.confirmed && !['year', 'chair', 'nextChairTheme'].includes(e.name)));
  assert.ok(others.some((e) => e.name === 'meetingDate' && e.label.en === 'Meeting date'));
});

test('inserting a field puts a chip at the caret, the caret after it, in one undo step', () => {
  const editor = editorWith(doc([paragraph([text('Năm  là năm bản lề.')])]));
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.update(() => { ($getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow() as TextNode).select(4, 4); }, { discrete: true });
  insertField(editor, 'year', '2026', true);
  editor.update(() => undefined, { discrete: true }); // committed before the next keystroke, as in the app
  editor.update(() => { $getSelection()?.insertText('x'); }, { discrete: true });
  editor.getEditorState().read(() => {
    const p = $getRoot().getFirstChildOrThrow<ElementNode>();
    assert.equal(p.getTextContent(), 'Năm 2026x là năm bản lề.', 'typing after the chip goes into the text beside it');
    const chip = p.getChildren().find($isFieldNode);
    assert.ok(chip && chip.getName() === 'year' && chip.isConfirmed() && chip.getTextContent() === '2026');
  });
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  editor.update(() => undefined, { discrete: true });
  editor.getEditorState().read(() => { assert.equal($getRoot().getTextContent(), 'Năm 2026 là năm bản lề.'); });
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  editor.update(() => undefined, { discrete: true });
  editor.getEditorState().read(() => { assert.equal($getRoot().getTextContent(), 'Năm  là năm bản lề.', 'one undo takes the chip out'); });
});
