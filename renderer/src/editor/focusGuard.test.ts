// The focus guard's decision, in Lexical without a page: which updates leave the page's selection alone.
// What that does to the focus in a real page, editor.focus() included: e2e/editor-focus.spec.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { $addUpdateTag, $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $isTextNode, createEditor, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from './nodes.ts';
import { registerFocusGuard } from './focusGuard.ts';

function newEditor(): LexicalEditor {
  // Not the headless editor: it refuses root listeners. Without a root element nothing is drawn.
  const editor = createEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.update(() => {
    const paragraph = $createParagraphNode().append($createTextNode('Năm 2025'));
    $getRoot().append(paragraph);
    paragraph.selectEnd();
  }, { discrete: true });
  return editor;
}

/** The guard, installed and its own first update (registering a transform marks nodes dirty) committed. */
function guard(editor: LexicalEditor, outside: () => boolean): () => void {
  const remove = registerFocusGuard(editor, outside);
  editor.read(() => undefined);
  return remove;
}

/** The tags of each committed update. */
function recordTags(editor: LexicalEditor): string[][] {
  const seen: string[][] = [];
  editor.registerUpdateListener(({ tags }) => seen.push([...tags]));
  return seen;
}

const typeX = (editor: LexicalEditor) => editor.update(() => {
  const text = $getRoot().getFirstDescendant();
  if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()}x`);
}, { discrete: true });

test('with the focus outside the text, a change to the document leaves the page selection alone', () => {
  const editor = newEditor();
  guard(editor, () => true);
  const tags = recordTags(editor);
  typeX(editor);
  assert.deepEqual(tags.map((t) => t.includes(SKIP_DOM_SELECTION_TAG)), [true]);
});

test('with the focus in the text, nothing changes: Lexical writes the selection as usual', () => {
  const editor = newEditor();
  guard(editor, () => false);
  const tags = recordTags(editor);
  typeX(editor);
  assert.deepEqual(tags.map((t) => t.includes(SKIP_DOM_SELECTION_TAG)), [false]);
});

test('an update tagged as editor.focus() is exempt, also when it joins a change made in the same batch', () => {
  const editor = newEditor();
  guard(editor, () => true);
  const tags = recordTags(editor);
  editor.update(() => {
    const text = $getRoot().getFirstDescendant();
    if ($isTextNode(text)) text.setTextContent('Năm 2026');
  });
  // What editor.focus() queues (it needs a root element to run here): its tag, in the same batch.
  editor.update(() => { $addUpdateTag('focus'); });
  editor.read(() => undefined); // commits the batch
  assert.equal(tags.length, 1);
  assert.ok(tags[0]!.includes('focus'));
  assert.ok(!tags[0]!.includes(SKIP_DOM_SELECTION_TAG));
});

test('the guard changes no text and no selection of the editor', () => {
  const editor = newEditor();
  guard(editor, () => true);
  typeX(editor);
  editor.read(() => {
    assert.equal($getRoot().getTextContent(), 'Năm 2025x');
    const selection = $getSelection();
    assert.ok($isRangeSelection(selection));
  });
});

test('removing the guard stops it', () => {
  const editor = newEditor();
  const remove = guard(editor, () => true);
  remove();
  const tags = recordTags(editor);
  typeX(editor);
  assert.deepEqual(tags.map((t) => t.includes(SKIP_DOM_SELECTION_TAG)), [false]);
});
