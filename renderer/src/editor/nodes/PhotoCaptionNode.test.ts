// PhotoCaptionNode: JSON round trip, $create/$is, and its place in the node set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $createTextNode, $getRoot } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import { doc, docText, paragraph, photoCaption } from '../../../../electron/shared/doc-build.ts';
import { $createPhotoCaptionNode, $isPhotoCaptionNode } from './PhotoCaptionNode.ts';

function editor() {
  return createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
}

test('a photo caption survives the JSON round trip as its own kind', () => {
  const state = doc([paragraph('Thứ trưởng phát biểu khai mạc.'), photoCaption('Toàn cảnh hội nghị. (Ảnh: An Đăng/TTXVN)')]);
  const e = editor();
  e.setEditorState(e.parseEditorState(JSON.stringify(state)));
  const out = exportDocState(e.getEditorState());
  assert.deepEqual(out.root.children.map((b) => b.type), ['paragraph', 'photo-caption']);
  assert.equal(docText(out), docText(state));
  e.getEditorState().read(() => {
    assert.ok($isPhotoCaptionNode($getRoot().getLastChild()));
    assert.equal($isPhotoCaptionNode($getRoot().getFirstChild()), false);
  });
});

test('$createPhotoCaptionNode makes a caption block', () => {
  const e = editor();
  e.update(() => { $getRoot().clear().append($createPhotoCaptionNode().append($createTextNode('Ảnh: TTXVN'))); }, { discrete: true });
  const out = exportDocState(e.getEditorState());
  assert.equal(out.root.children[0]!.type, 'photo-caption');
});
