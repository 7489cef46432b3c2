// The editor's node set against the document schema, in a headless Lexical editor (no DOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isTextNode, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from './nodes.ts';
import { exportDocState } from './exportState.ts';
import { TEXT_FORMAT, type DocState } from '../../../electron/shared/doc.ts';
import { doc, heading, list, paragraph, table, tableCell, text } from '../../../electron/shared/doc-build.ts';

function editorWith(state: DocState): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

function roundTrip(state: DocState): DocState {
  return exportDocState(editorWith(state).getEditorState());
}

const sample = doc([
  heading(1, 'I. TÌNH HÌNH HỢP TÁC ASEAN'),
  heading(2, '1. Hợp tác chính trị - an ninh'),
  heading(3, 'a) Cộng đồng Chính trị - An ninh'),
  paragraph([text('Việt Nam '), text('chủ động', TEXT_FORMAT.bold), text(' và ', 0), text('tích cực', TEXT_FORMAT.italic | TEXT_FORMAT.underline)]),
  list('bullet', ['Thứ nhất', list('bullet', ['Ý con 1', 'Ý con 2']), 'Thứ hai']),
  list('number', ['Một', 'Hai'], 3),
  table([
    [tableCell('Lĩnh vực', { header: true }), tableCell('Kết quả', { header: true })],
    [tableCell('Hợp nhất', { colSpan: 2 })],
    [tableCell('Dọc', { rowSpan: 2 }), 'x'],
    ['y'],
  ]),
  paragraph([text('Dòng 1'), { type: 'linebreak', version: 1 }, text('Dòng 2')]),
]);

/** Keeps what the schema cares about, so Lexical's extra defaulted fields don't matter. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (!node || typeof node !== 'object') return node;
  const keep = ['type', 'tag', 'listType', 'start', 'text', 'format', 'headerState', 'colSpan', 'rowSpan', 'children'];
  const record = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keep) {
    if (!(key in record)) continue;
    if ((key === 'colSpan' || key === 'rowSpan') && record[key] === 1) continue;
    out[key] = shape(record[key]);
  }
  return out;
}

test('every node type of the schema survives a JSON round trip through the editor', () => {
  const once = roundTrip(sample);
  assert.deepEqual(shape(once), shape(sample));
  // and the exported state is a fixed point
  assert.deepEqual(roundTrip(once), once);
});

test('the node set holds exactly the schema types', () => {
  const types = EDITOR_NODES.map((klass) => klass.getType()).sort();
  assert.deepEqual(types, ['carry-checklist', 'comment-mark', 'field', 'heading', 'list', 'listitem', 'photo-caption', 'review-change', 'roll-mark', 'table', 'tablecell', 'tablerow']);
});

test('nested lists keep Lexical\'s shape: an item holding only the nested list', () => {
  const out = roundTrip(sample);
  const bullet = out.root.children[4];
  assert.equal(bullet?.type, 'list');
  if (bullet?.type !== 'list') return;
  assert.equal(bullet.children.length, 3);
  const nested = bullet.children[1]!.children;
  assert.equal(nested.length, 1);
  assert.equal(nested[0]!.type, 'list');
});

test('merged cells keep colSpan and rowSpan', () => {
  const out = roundTrip(sample);
  const tbl = out.root.children[6];
  assert.equal(tbl?.type, 'table');
  if (tbl?.type !== 'table') return;
  assert.equal(tbl.children[1]!.children[0]!.colSpan, 2);
  assert.equal(tbl.children[2]!.children[0]!.rowSpan, 2);
  assert.equal(tbl.children[0]!.children[0]!.headerState, 1);
});

test('each text format bit round-trips and reads back as the matching format', () => {
  for (const [name, bit] of Object.entries(TEXT_FORMAT)) {
    const editor = editorWith(doc([paragraph([text('x', bit)])]));
    const hasIt = editor.getEditorState().read(() => {
      const node = $getRoot().getFirstDescendant();
      return $isTextNode(node) ? node.hasFormat(name as keyof typeof TEXT_FORMAT) : null;
    });
    assert.equal(hasIt, true, name);
    const out = exportDocState(editor.getEditorState());
    const p = out.root.children[0];
    assert.equal(p?.type === 'paragraph' ? (p.children[0] as { format: number }).format : -1, bit, name);
  }
  const all = TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.underline;
  const out = roundTrip(doc([paragraph([text('biu', all)])]));
  const p = out.root.children[0];
  assert.equal(p?.type === 'paragraph' ? (p.children[0] as { format: number }).format : -1, all);
});

test('export is NFC while the live editor text is left as typed', () => {
  const nfd = 'Tiếng Việt có dấu: Đặng Hoàng Giang'.normalize('NFD');
  const state = doc([paragraph([{ ...text('x'), text: nfd }])]);
  const editor = editorWith(state);
  const live = editor.getEditorState().read(() => $getRoot().getTextContent());
  assert.equal(live, nfd, 'the editor itself is not rewritten');
  const out = exportDocState(editor.getEditorState());
  const p = out.root.children[0];
  const exported = p?.type === 'paragraph' ? (p.children[0] as { text: string }).text : '';
  assert.equal(exported, 'Tiếng Việt có dấu: Đặng Hoàng Giang'.normalize('NFC'));
  assert.notEqual(exported, nfd);
});

test('an unknown node type in a stored state is refused, not silently dropped', () => {
  const bad = { root: { ...doc([]).root, children: [{ type: 'image', version: 1 }] } } as unknown as DocState;
  assert.throws(() => editorWith(bad));
});

test('block-type labels name the report levels in both languages', async () => {
  const { t } = await import('./strings.ts');
  assert.deepEqual(['paragraph', 'h1', 'h2', 'h3'].map((k) => t('vi', k as 'h1')), ['Đoạn văn', 'Mục I.', 'Khoản 1.', 'Điểm a)']);
  assert.deepEqual(['paragraph', 'h1', 'h2', 'h3'].map((k) => t('en', k as 'h1')), ['Paragraph', 'Section I.', 'Subsection 1.', 'Point a)']);
});
