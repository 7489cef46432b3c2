// The live editor's units must be the saved document's units (same order, same text), or the panel
// would show the wrong sentence's match; and a replacement lands exactly on the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $createRangeSelection, $getRoot, $isElementNode, $setSelection, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../editor/nodes.ts';
import { exportDocState } from '../../editor/exportState.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { doc, heading, list, paragraph, table, text } from '../../../../electron/shared/doc-build.ts';
import { docUnits } from '../../../../electron/shared/segments.ts';
import { $locatePoint, $pointAt, $unitText, $units } from './lexicalUnits.ts';

function editorWith(state: DocState): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

const STATE = doc([
  heading(1, 'I. Kết quả'),
  paragraph([text('Câu đầu. '), text('Câu đậm', 1), text(' thứ hai.')]),
  list('bullet', ['Mục một. Câu nữa.', list('bullet', ['Mục con.'])]),
  table([['Ô một.', 'Ô hai.']]),
  paragraph('Cuối cùng.'),
]);

test('units in the live editor are the document schema units, in order, with the same text', () => {
  const editor = editorWith(STATE);
  const live = editor.getEditorState().read(() => $units().map($unitText));
  assert.deepEqual(live, docUnits(STATE).map((u) => u.text));
});

test('a caret point maps to its unit and offset; a range replaced at unit offsets hits the sentence', () => {
  const editor = editorWith(STATE);
  editor.update(() => {
    // The caret inside the bold run of the second unit.
    const para = $getRoot().getChildAtIndex(1);
    assert.ok($isElementNode(para));
    const bold = para.getChildAtIndex(1)!;
    const sel = $createRangeSelection();
    sel.anchor.set(bold.getKey(), 3, 'text');
    sel.focus.set(bold.getKey(), 3, 'text');
    $setSelection(sel);
    assert.deepEqual($locatePoint(sel.anchor), { unitIndex: 1, offset: 'Câu đầu. '.length + 3, text: 'Câu đầu. Câu đậm thứ hai.' });
  }, { discrete: true });
  editor.update(() => {
    const unit = $units()[1]!;
    const start = 'Câu đầu. '.length;
    const a = $pointAt(unit, start);
    const b = $pointAt(unit, $unitText(unit).length);
    const sel = $createRangeSelection();
    sel.anchor.set(a.key, a.offset, a.type);
    sel.focus.set(b.key, b.offset, b.type);
    $setSelection(sel);
    sel.insertText('The second one.');
  }, { discrete: true });
  const after = exportDocState(editor.getEditorState());
  assert.equal(docUnits(after)[1]!.text, 'Câu đầu. The second one.');
  // The other units are untouched.
  assert.deepEqual(docUnits(after).map((u) => u.text).filter((_, i) => i !== 1), docUnits(STATE).map((u) => u.text).filter((_, i) => i !== 1));
});
