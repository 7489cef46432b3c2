// Bullet autoformat and typed-bullet stripping, in a headless Lexical editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { EDITOR_NODES } from './nodes.ts';
import { exportDocState } from './exportState.ts';
import { $applyAutoformat, autoformatTrigger } from './autoformat.ts';
import { $stripTypedBullet } from './toolbar/blockType.ts';
import { docText } from '../../../electron/shared/doc-build.ts';
import type { DocState } from '../../../electron/shared/doc.ts';

test('autoformat fires only on the space just typed after a marker at the start', () => {
  assert.equal(autoformatTrigger('-', '- ', 2), 1);
  assert.equal(autoformatTrigger('+', '+ ', 2), 2);
  assert.equal(autoformatTrigger('-Việt Nam', '- Việt Nam', 2), 1);
  assert.equal(autoformatTrigger('- ', '- V', 3), null); // typing on after an undo
  assert.equal(autoformatTrigger('- ', '- ', 2), null); // nothing typed (a selection change)
  assert.equal(autoformatTrigger('a', 'a ', 2), null);
  assert.equal(autoformatTrigger('1', '1 ', 2), null);
});

function run(texts: string[], act: (keys: string[]) => void): DocState {
  const editor = createHeadlessEditor({ namespace: 't', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.update(() => {
    const keys = texts.map((text) => {
      const node = $createTextNode(text);
      $getRoot().append($createParagraphNode().append(node));
      return node.getKey();
    });
    act(keys);
  }, { discrete: true });
  return exportDocState(editor.getEditorState());
}

test('"- " makes a bullet list without the dash; "+ " under it nests a second level', () => {
  const state = run(['- Việt Nam tham gia', '+ Ý con'], ([a, b]) => { $applyAutoformat(a!, 1); $applyAutoformat(b!, 2); });
  assert.equal(state.root.children.length, 1);
  const list = state.root.children[0]!;
  assert.equal(list.type, 'list');
  assert.match(JSON.stringify(list), /"listType":"bullet".*"type":"list"/); // a nested list inside
  assert.doesNotMatch(docText(state), /^[-+] /m);
  assert.match(docText(state), /Việt Nam tham gia/);
});

test('converting a typed "- Việt Nam…" paragraph drops the typed dash (no "- - Việt Nam")', () => {
  const state = run(['- Việt Nam…', '• Lào', '+ Campuchia', 'Không có gạch'], () => {
    for (const paragraph of $getRoot().getChildren()) $stripTypedBullet(paragraph);
  });
  assert.deepEqual(state.root.children.map((b) => (b.type === 'paragraph' ? docText({ root: { ...state.root, children: [b] } }) : '')), ['Việt Nam…', 'Lào', 'Campuchia', 'Không có gạch']);
});
