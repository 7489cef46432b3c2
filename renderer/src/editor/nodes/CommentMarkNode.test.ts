// CommentMarkNode: JSON round trip through a headless editor (ids, comment bodies, wrapped text),
// $create/$is, and the text around it staying plain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import type { DocCommentMark, DocState } from '../../../../electron/shared/doc.ts';
import { doc, docText, paragraph, text } from '../../../../electron/shared/doc-build.ts';
import { $createCommentMarkNode, $isCommentMarkNode, CommentMarkNode } from './CommentMarkNode.ts';

const body = { id: '0', author: 'Vụ ASEAN', date: '2024-12-01T09:00:00Z', text: 'Đề nghị nêu rõ tên sáng kiến.' };
const mark: DocCommentMark = {
  type: 'comment-mark', version: 1, format: '', indent: 0, direction: 'ltr', ids: ['0'], comments: [body],
  children: [text('chủ động đề xuất')],
};
const state: DocState = doc([paragraph([text('Việt Nam '), mark, text(' nhiều sáng kiến.')])]);

function editor() {
  return createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
}

test('a comment mark survives the JSON round trip with its ids, bodies and text', () => {
  const e = editor();
  e.setEditorState(e.parseEditorState(JSON.stringify(state)));
  const out = exportDocState(e.getEditorState());
  const para = out.root.children[0]!;
  assert.ok(para.type === 'paragraph');
  const got = para.children[1] as DocCommentMark;
  assert.equal(got.type, 'comment-mark');
  assert.deepEqual(got.ids, ['0']);
  assert.deepEqual(got.comments, [body]);
  assert.equal(docText(out), 'Việt Nam chủ động đề xuất nhiều sáng kiến.');
  // A fixed point: a second trip changes nothing.
  const again = editor();
  again.setEditorState(again.parseEditorState(JSON.stringify(out)));
  assert.deepEqual(exportDocState(again.getEditorState()), out);
  e.getEditorState().read(() => {
    const node = $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex(1);
    assert.ok($isCommentMarkNode(node));
    assert.equal(node.getComments()[0]!.author, 'Vụ ASEAN');
    assert.equal($isCommentMarkNode($getRoot().getFirstChildOrThrow<ElementNode>().getFirstChild()), false);
  });
});

test('$createCommentMarkNode wraps text and serializes as comment-mark', () => {
  const e = editor();
  e.update(() => {
    const node = $createCommentMarkNode([body]);
    node.append($createTextNode('đoạn được nhận xét'));
    $getRoot().clear().append($createParagraphNode().append(node));
  }, { discrete: true });
  const out = exportDocState(e.getEditorState());
  const para = out.root.children[0]!;
  assert.ok(para.type === 'paragraph');
  const got = para.children[0] as DocCommentMark;
  assert.equal(got.type, 'comment-mark');
  assert.deepEqual(got.ids, ['0']);
  assert.equal(got.comments[0]!.text, 'Đề nghị nêu rõ tên sáng kiến.');
  assert.equal(CommentMarkNode.getType(), 'comment-mark');
});
