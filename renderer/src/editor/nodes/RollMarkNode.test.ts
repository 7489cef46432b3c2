// RollMarkNode: $create/$is, JSON round trip through a headless editor, accept and reject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import { $createRollMarkNode, $isRollMarkNode, RollMarkNode } from './RollMarkNode.ts';
import type { DocParagraph, DocState } from '../../../../electron/shared/doc.ts';
import { doc, paragraph, text } from '../../../../electron/shared/doc-build.ts';

const marked: DocState = doc([{
  ...paragraph([text('phương hướng năm '), { ...text('2027'), type: 'roll-mark', oldText: '2026', rule: 'orientation-year' }, text(' và đến năm 2030')]),
  $: { provenance: { reviewId: 'r1', year: 2025, title: 'Họp liên ngành 2025', section: 'orientations', lang: 'vi' } },
}]);

function editorWith(state: DocState): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

test('$createRollMarkNode / $isRollMarkNode', () => {
  const editor = createHeadlessEditor({ namespace: 't', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.update(() => {
    const node = $createRollMarkNode('2027', '2026', 'orientation-year');
    assert.ok($isRollMarkNode(node));
    assert.ok(node instanceof RollMarkNode);
    assert.equal(node.getOldText(), '2026');
    assert.equal(node.getRule(), 'orientation-year');
    assert.ok(!$isRollMarkNode($getRoot()));
  }, { discrete: true });
});

test('a marked paragraph survives the JSON round trip, with its provenance', () => {
  const back = exportDocState(editorWith(marked).getEditorState());
  const p = back.root.children[0] as DocParagraph;
  assert.deepEqual(p.children.map((c) => [c.type, 'text' in c ? c.text : '', 'oldText' in c ? c.oldText : undefined]), [
    ['text', 'phương hướng năm ', undefined], ['roll-mark', '2027', '2026'], ['text', ' và đến năm 2030', undefined],
  ]);
  assert.deepEqual(p.$, (marked.root.children[0] as DocParagraph).$);
  assert.deepEqual(exportDocState(editorWith(back).getEditorState()), back);
});

test('accept keeps the new word as plain text; reject restores the old one', () => {
  for (const [how, expected] of [['accept', 'phương hướng năm 2027 và đến năm 2030'], ['reject', 'phương hướng năm 2026 và đến năm 2030']] as const) {
    const editor = editorWith(marked);
    editor.update(() => {
      const p = $getRoot().getFirstChild();
      assert.ok($isElementNode(p));
      const mark = p.getChildren().find($isRollMarkNode)!;
      mark.settle(how);
    }, { discrete: true });
    editor.read(() => {
      const p = $getRoot().getFirstChild();
      assert.ok($isElementNode(p));
      assert.equal(p.getTextContent(), expected);
      assert.ok(p.getChildren().every((c) => $isTextNode(c) && !$isRollMarkNode(c)));
      assert.equal(p.getChildren().length, 1, 'plain runs merge again');
    });
  }
});
