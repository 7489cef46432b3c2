// The root's normalization runs only when the root changed (headless Lexical, the editor's nodes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isParagraphNode, $isTextNode, RootNode, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from './nodes.ts';
import { registerRootNormalizationWhenChanged, rootBuiltInTransformCount } from './rootNormalization.ts';
import { doc, paragraph } from '../../../electron/shared/doc-build.ts';

function newEditor(): LexicalEditor {
  return createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
}

/** Wraps Lexical's built-in root normalization in a counter (before the replacement takes it over). */
function countBuiltInRuns(editor: LexicalEditor): { runs: number } {
  const registered = editor._nodes.get(RootNode.getType())!;
  const builtIns = [...registered.transforms];
  const counter = { runs: 0 };
  registered.transforms.clear();
  for (const builtIn of builtIns) registered.transforms.add((node) => { counter.runs++; builtIn(node); });
  return counter;
}

function typeInFirstParagraph(editor: LexicalEditor): void {
  editor.update(() => {
    const first = $getRoot().getFirstChild();
    const text = $isElementNode(first) ? first.getFirstChild() : null;
    if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()}x`);
  }, { discrete: true });
}

test('Lexical still gives the root exactly one built-in transform (the normalization replaced here)', () => {
  assert.equal(rootBuiltInTransformCount(newEditor()), 1);
});

test('typing in a paragraph no longer runs the root normalization; without the replacement it does', () => {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc([paragraph('Một'), paragraph('Hai'), paragraph('Ba')]))));
  const counter = countBuiltInRuns(editor);
  typeInFirstParagraph(editor);
  assert.equal(counter.runs, 1, 'Lexical runs it on every update');
  const undo = registerRootNormalizationWhenChanged(editor);
  editor.update(() => undefined, { discrete: true }); // the registration's own update
  counter.runs = 0;
  typeInFirstParagraph(editor);
  typeInFirstParagraph(editor);
  assert.equal(counter.runs, 0);
  assert.equal(editor.getEditorState().read(() => $getRoot().getFirstChild()?.getTextContent()), 'Mộtxxx');
  undo();
  assert.equal(rootBuiltInTransformCount(editor), 1);
  typeInFirstParagraph(editor);
  assert.equal(counter.runs, 1);
});

test('a new editor state (a load, an undo) and a block added to the root run it', () => {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc([paragraph('Một')]))));
  const counter = countBuiltInRuns(editor);
  registerRootNormalizationWhenChanged(editor);
  editor.update(() => undefined, { discrete: true });
  counter.runs = 0;
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc([paragraph('Hai'), paragraph('Ba')]))));
  assert.equal(counter.runs, 1);
  editor.update(() => { $getRoot().getFirstChildOrThrow().insertAfter($createParagraphNode().append($createTextNode('Bốn'))); }, { discrete: true });
  assert.equal(counter.runs, 2);
  assert.deepEqual(editor.getEditorState().read(() => $getRoot().getChildren().map((child) => [$isParagraphNode(child), child.getTextContent()])),
    [[true, 'Hai'], [true, 'Bốn'], [true, 'Ba']]);
});
