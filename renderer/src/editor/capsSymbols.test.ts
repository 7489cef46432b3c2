// Document symbols in caps headings (capsSymbols.ts, DocumentSymbolNode.ts), in a headless editor with
// the transforms the live editor registers: cut out in h1, joined back elsewhere, never stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { EDITOR_NODES, VIEW_NODES } from './nodes.ts';
import { exportDocState } from './exportState.ts';
import { capsChipText, registerCapsSymbols } from './capsSymbols.ts';
import { $createDocumentSymbolNode, $isDocumentSymbolNode, DocumentSymbolNode, foldSymbolRunsInPlace } from './nodes/DocumentSymbolNode.ts';
import { TEXT_FORMAT, type DocState } from '../../../electron/shared/doc.ts';
import { doc, heading, paragraph, text } from '../../../electron/shared/doc-build.ts';

const HEADING = 'III. Triển khai Quyết định 155/QĐ-TTg năm 2026';
const stored = doc([heading(1, HEADING), paragraph(HEADING), heading(2, '1. Quyết định 155/QĐ-TTg')]);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function editorWith(state: DocState): Promise<LexicalEditor> {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES, ...VIEW_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  registerCapsSymbols(editor); // as the live editor: registered after its initial state
  await settle();
  return editor;
}

/** The state as exported by an editor without the transforms (Lexical's own JSON of `state`). */
function plainExport(state: DocState): DocState {
  const editor = createHeadlessEditor({ namespace: 'plain', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return exported(editor);
}
const exported = (editor: LexicalEditor): DocState => JSON.parse(JSON.stringify(exportDocState(editor.getEditorState()))) as DocState;

/** Each top-level block's children as [type, text]. */
function runs(editor: LexicalEditor): [string, string][][] {
  return editor.getEditorState().read(() => $getRoot().getChildren().map((block) =>
    $isElementNode(block) ? block.getChildren().map((c): [string, string] => [c.getType(), c.getTextContent()]) : []));
}

test('$createDocumentSymbolNode / $isDocumentSymbolNode, and its JSON (a copy inside the editor) round trip', async () => {
  const editor = await editorWith(doc([]));
  editor.update(() => {
    const node = $createDocumentSymbolNode('155/QĐ-TTg').setFormat(TEXT_FORMAT.bold);
    assert.ok($isDocumentSymbolNode(node) && node instanceof DocumentSymbolNode);
    assert.ok(!$isDocumentSymbolNode($getRoot()));
    const json = node.exportJSON();
    assert.equal(json.type, 'document-symbol');
    const back = DocumentSymbolNode.importJSON(json);
    assert.deepEqual([back.getTextContent(), back.getFormat()], ['155/QĐ-TTg', TEXT_FORMAT.bold]);
  }, { discrete: true });
});

test('a symbol in an h1 is a node of its own; in a paragraph or an h2 it is plain text; the export is the stored document', async () => {
  const editor = await editorWith(stored);
  assert.deepEqual(runs(editor), [
    [['text', 'III. Triển khai Quyết định '], ['document-symbol', '155/QĐ-TTg'], ['text', ' năm 2026']],
    [['text', HEADING]],
    [['text', '1. Quyết định 155/QĐ-TTg']],
  ]);
  assert.deepEqual(exported(editor), plainExport(stored));
});

test('typing after a symbol: a space ends it and the caret stays after the typed text', async () => {
  const editor = await editorWith(doc([heading(1, 'Quyết định 155/QĐ-TTg')]));
  editor.update(() => {
    const symbol = $getRoot().getFirstChildOrThrow<LexicalNode & { getLastChild(): LexicalNode }>().getLastChild();
    assert.ok($isTextNode(symbol));
    symbol.select(symbol.getTextContentSize(), symbol.getTextContentSize());
  }, { discrete: true });
  for (const ch of [' ', 'n', 'ă', 'm']) editor.update(() => { const s = $getSelection(); if ($isRangeSelection(s)) s.insertText(ch); }, { discrete: true });
  assert.deepEqual(runs(editor), [[['text', 'Quyết định '], ['document-symbol', '155/QĐ-TTg'], ['text', ' năm']]]);
  editor.getEditorState().read(() => {
    const s = $getSelection();
    assert.ok($isRangeSelection(s) && s.isCollapsed());
    const node = s.anchor.getNode();
    assert.equal(node.getTextContent(), ' năm');
    assert.equal(s.anchor.offset, 4);
  });
  assert.deepEqual(exported(editor), plainExport(doc([heading(1, 'Quyết định 155/QĐ-TTg năm')])));
});

test('typing a symbol out makes it one; editing it into something else makes it text again', async () => {
  const editor = await editorWith(doc([heading(1, 'Quyết định 155/QĐ-TT')]));
  assert.deepEqual(runs(editor), [[['text', 'Quyết định 155/QĐ-TT']]]);
  editor.update(() => { $getRoot().selectEnd(); const s = $getSelection(); if ($isRangeSelection(s)) s.insertText('g'); }, { discrete: true });
  assert.deepEqual(runs(editor), [[['text', 'Quyết định '], ['document-symbol', '155/QĐ-TTg']]]);
  // "Tg" selected and typed over (as Backspace twice, then "G"): no longer a symbol with lower case.
  editor.update(() => {
    const last = $getRoot().getLastDescendant();
    assert.ok($isTextNode(last));
    last.select(last.getTextContentSize() - 2, last.getTextContentSize());
    const s = $getSelection();
    if ($isRangeSelection(s)) s.insertText('G');
  }, { discrete: true });
  assert.deepEqual(runs(editor), [[['text', 'Quyết định 155/QĐ-TG']]]);
  editor.getEditorState().read(() => {
    const s = $getSelection();
    assert.ok($isRangeSelection(s));
    assert.equal(s.anchor.offset, 'Quyết định 155/QĐ-TG'.length, 'the caret is at the end');
  });
});

test('an h1 turned into a paragraph joins its symbols back; a paragraph turned into an h1 cuts them out', async () => {
  const editor = await editorWith(stored);
  editor.update(() => {
    const [h1, p] = $getRoot().getChildren();
    assert.ok($isElementNode(h1) && $isElementNode(p));
    const asParagraph = $createParagraphNode();
    h1.replace(asParagraph, true);
    const asHeading = $createHeadingNode('h1');
    p.replace(asHeading, true);
  }, { discrete: true });
  assert.deepEqual(runs(editor).slice(0, 2), [
    [['text', HEADING]],
    [['text', 'III. Triển khai Quyết định '], ['document-symbol', '155/QĐ-TTg'], ['text', ' năm 2026']],
  ]);
});

test('a bold symbol stays bold, and a symbol split across formats is left alone', async () => {
  const bold = doc([heading(1, [text('Quyết định '), text('155/QĐ-TTg', TEXT_FORMAT.bold)]), heading(1, [text('155/QĐ-'), text('TTg', TEXT_FORMAT.italic)])]);
  const editor = await editorWith(bold);
  assert.deepEqual(runs(editor), [[['text', 'Quyết định '], ['document-symbol', '155/QĐ-TTg']], [['text', '155/QĐ-'], ['text', 'TTg']]]);
  editor.getEditorState().read(() => {
    const symbol = $getRoot().getFirstChildOrThrow<LexicalNode & { getLastChild(): LexicalNode }>().getLastChild();
    assert.ok($isTextNode(symbol) && symbol.hasFormat('bold'));
  });
  assert.deepEqual(exported(editor), plainExport(bold));
});

test('foldSymbolRunsInPlace: symbol runs become text joined to same-format neighbours, nothing else moves', () => {
  const run = (type: string, t: string, format = 0) => ({ type, version: 1, text: t, format, style: '', mode: 'normal', detail: 0 });
  const node = { type: 'heading', children: [run('text', 'a '), run('document-symbol', '1/QĐ-TTg'), run('text', ' b'), run('text', ' đậm', TEXT_FORMAT.bold)] };
  foldSymbolRunsInPlace(node);
  assert.deepEqual(node.children, [run('text', 'a 1/QĐ-TTg b'), run('text', ' đậm', TEXT_FORMAT.bold)]);
  const plain = { type: 'paragraph', children: [run('text', 'a'), run('text', 'b')] };
  foldSymbolRunsInPlace(plain);
  assert.equal(plain.children.length, 2, 'runs without a symbol are as they were');
});

test('capsChipText: capitals except the symbol, the same length, or null', () => {
  assert.equal(capsChipText('Quyết định 155/QĐ-TTg'), 'QUYẾT ĐỊNH 155/QĐ-TTg');
  assert.equal(capsChipText('Kết luận 59-KL/TW'), null);
  assert.equal(capsChipText('Đề án 161'), null);
});
