// ReviewChangeNode (issue 14): $create/$is, JSON round trip through a headless editor, accept and reject
// of an insertion and of a deletion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import { $createReviewChangeNode, $isReviewChangeNode, ReviewChangeNode } from './ReviewChangeNode.ts';
import type { DocParagraph, DocState } from '../../../../electron/shared/doc.ts';
import { doc, paragraph, text } from '../../../../electron/shared/doc-build.ts';

const change = (t: string, kind: 'insertion' | 'deletion') => ({ ...text(t), type: 'review-change' as const, change: kind, author: 'Nguyễn Văn An', ministry: 'moit', date: '2026-12-01T09:00:00Z' });
const returned: DocState = doc([paragraph([text('Kim ngạch thương mại '), change('năm 2026 ', 'insertion'), text('tiếp tục '), change('tăng mạnh', 'deletion'), text('.')])]);

function editorWith(state: DocState): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

test('$createReviewChangeNode / $isReviewChangeNode', () => {
  const editor = createHeadlessEditor({ namespace: 't', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.update(() => {
    const node = $createReviewChangeNode('x', 'deletion', 'A', 'moh', '');
    assert.ok($isReviewChangeNode(node));
    assert.ok(node instanceof ReviewChangeNode);
    assert.deepEqual([node.getChange(), node.getAuthor(), node.getMinistry()], ['deletion', 'A', 'moh']);
    assert.ok(!$isReviewChangeNode($getRoot()));
  }, { discrete: true });
});

test('tracked changes survive the JSON round trip with author, ministry and date', () => {
  const back = exportDocState(editorWith(returned).getEditorState());
  const p = back.root.children[0] as DocParagraph;
  assert.deepEqual(p.children.map((c) => [c.type, 'text' in c ? c.text : '', 'change' in c ? c.change : undefined, 'author' in c ? c.author : undefined]), [
    ['text', 'Kim ngạch thương mại ', undefined, undefined], ['review-change', 'năm 2026 ', 'insertion', 'Nguyễn Văn An'],
    ['text', 'tiếp tục ', undefined, undefined], ['review-change', 'tăng mạnh', 'deletion', 'Nguyễn Văn An'], ['text', '.', undefined, undefined],
  ]);
  assert.deepEqual(exportDocState(editorWith(back).getEditorState()), back);
});

test('accept all keeps insertions and drops deletions; reject all the other way round', () => {
  for (const [how, expected] of [['accept', 'Kim ngạch thương mại năm 2026 tiếp tục .'], ['reject', 'Kim ngạch thương mại tiếp tục tăng mạnh.']] as const) {
    const editor = editorWith(returned);
    editor.update(() => {
      for (const node of $getRoot().getAllTextNodes()) if ($isReviewChangeNode(node)) node.settle(how);
    }, { discrete: true });
    const p = exportDocState(editor.getEditorState()).root.children[0] as DocParagraph;
    assert.equal(p.children.map((c) => ('text' in c ? c.text : '')).join(''), expected);
    assert.ok(p.children.every((c) => c.type === 'text'));
  }
});
