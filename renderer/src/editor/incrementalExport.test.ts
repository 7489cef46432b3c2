// The save path's serializer keeps unchanged blocks, and is always equal to a full serialization:
// after typing, structural edits, an undo (setEditorState) and NFD text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, HISTORIC_TAG, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from './nodes.ts';
import { exportDocState } from './exportState.ts';
import { createIncrementalExport, docJsonText, type IncrementalExport } from './incrementalExport.ts';
import type { DocState } from '../../../electron/shared/doc.ts';
import { doc, heading, list, paragraph, table, text } from '../../../electron/shared/doc-build.ts';

const start = doc([
  heading(1, 'I. TÌNH HÌNH'),
  paragraph([text('Đoạn một.')]),
  list('bullet', ['Ý một', list('bullet', ['Ý con'])]),
  table([['Ô 1', 'Ô 2']]),
  paragraph([text('Đoạn cuối.')]),
]);

function setup(): { editor: LexicalEditor; serializer: IncrementalExport } {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  const serializer = createIncrementalExport();
  editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    serializer.invalidate(dirtyElements, dirtyLeaves, tags.has(HISTORIC_TAG));
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(start)));
  return { editor, serializer };
}

function assertSameAsFull(editor: LexicalEditor, exported: DocState): void {
  assert.deepEqual(exported, exportDocState(editor.getEditorState()));
}

/** Appends to the first text run found under block `index` (a nested text, for lists and tables). */
function typeInto(editor: LexicalEditor, index: number, typed: string): void {
  editor.update(() => {
    let node = $getRoot().getChildAtIndex(index);
    while (node && $isElementNode(node)) node = node.getFirstChild();
    if (!$isTextNode(node)) throw new Error('no text');
    node.setTextContent(node.getTextContent() + typed);
  }, { discrete: true });
}

test('unchanged blocks are the same objects; changed blocks, nested ones included, are serialized again', () => {
  const { editor, serializer } = setup();
  const first = serializer.export(editor.getEditorState());
  assertSameAsFull(editor, first);

  typeInto(editor, 1, ' Thêm');
  const second = serializer.export(editor.getEditorState());
  assertSameAsFull(editor, second);
  assert.notEqual(second.root.children[1], first.root.children[1]);
  for (const i of [0, 2, 3, 4]) assert.equal(second.root.children[i], first.root.children[i], `block ${i} kept`);

  typeInto(editor, 2, ' sâu'); // inside a nested list item
  typeInto(editor, 3, ' ô'); // inside a table cell
  const third = serializer.export(editor.getEditorState());
  assertSameAsFull(editor, third);
  assert.notEqual(third.root.children[2], second.root.children[2]);
  assert.notEqual(third.root.children[3], second.root.children[3]);
  assert.equal(third.root.children[4], second.root.children[4]);
});

test('inserted, removed and moved blocks, and an undo to an earlier state, match a full serialization', () => {
  const { editor, serializer } = setup();
  const before = editor.getEditorState();
  serializer.export(before);
  editor.update(() => {
    const root = $getRoot();
    root.getChildAtIndex(0)!.insertAfter($createParagraphNode().append($createTextNode('Mới')));
    root.getLastChild()!.remove();
    root.getFirstChild()!.insertBefore(root.getChildAtIndex(3)!); // move the list to the top
  }, { discrete: true });
  assertSameAsFull(editor, serializer.export(editor.getEditorState()));

  typeInto(editor, 2, ' sau');
  serializer.export(editor.getEditorState());
  // Undo restores an earlier state whose nodes may be the very instances cached since.
  editor.setEditorState(before, { tag: HISTORIC_TAG });
  assertSameAsFull(editor, serializer.export(editor.getEditorState()));
  editor.setEditorState(editor.parseEditorState(JSON.stringify(start))); // and without the tag (a reload)
  assertSameAsFull(editor, serializer.export(editor.getEditorState()));
});

test('text is NFC in the export, the live editor keeps what was typed', () => {
  const { editor, serializer } = setup();
  const nfd = 'Vie\u0302\u0323t Nam';
  typeInto(editor, 4, nfd);
  const out = serializer.export(editor.getEditorState());
  assert.match(JSON.stringify(out), /Việt Nam/u);
  assert.ok(editor.getEditorState().read(() => $getRoot().getTextContent()).includes(nfd));
});

test('the JSON text of an export is the state stringified, also after edits', () => {
  const { editor, serializer } = setup();
  const first = serializer.export(editor.getEditorState());
  assert.equal(docJsonText(first), JSON.stringify(first));
  typeInto(editor, 3, ' "ngoặc" \\ và \u2028');
  const second = serializer.export(editor.getEditorState());
  assert.equal(docJsonText(second), JSON.stringify(second));
  assert.equal(docJsonText(first), JSON.stringify(first), 'an earlier state keeps its own text');
  const other = doc([paragraph('ngoài')]);
  assert.equal(docJsonText(other), JSON.stringify(other));
});

test('warming in slices caches every block; the export after it serializes nothing again', () => {
  const { editor, serializer } = setup();
  let slices = 0;
  while (!serializer.warm(editor.getEditorState(), (() => { let left = 2; return () => left-- > 0; })())) slices++;
  assert.ok(slices >= 2, 'two blocks per slice: more than one slice for five blocks');
  const warmed = serializer.export(editor.getEditorState());
  assertSameAsFull(editor, warmed);
  assert.equal(docJsonText(warmed), JSON.stringify(warmed));
  const again = serializer.export(editor.getEditorState());
  for (let i = 0; i < 5; i++) assert.equal(again.root.children[i], warmed.root.children[i]);
});
