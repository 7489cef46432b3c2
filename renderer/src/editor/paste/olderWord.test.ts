// Issue 8 item 5: older and "filtered" Word HTML carries list markers as plain text (no mso-list:Ignore
// span, or no mso-list style at all); pasted, they must become one list marker, never "- -" / "+ +".
// Plain text with "I." / "1." / "a)" / "-" / "+" lines is shaped like an import (electron/shared/shape.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $createParagraphNode, $getRoot } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import { $insertClipboardHtml } from './insertHtml.ts';
import { $insertShapedPlainText } from './plainText.ts';
import type { DocBlock, DocState } from '../../../../electron/shared/doc.ts';
import { blockText } from '../../../../electron/shared/doc-build.ts';

function pasteWith(insert: (editor: ReturnType<typeof createHeadlessEditor>, window: Window) => void): DocState {
  return withDOM((window) => {
    const editor = createHeadlessEditor({ namespace: 't', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
    editor.update(() => {
      const p = $createParagraphNode();
      $getRoot().append(p);
      p.select();
      insert(editor, window as unknown as Window);
    }, { discrete: true });
    return exportDocState(editor.getEditorState());
  });
}
const pasteHtml = (html: string) => pasteWith((editor, window) => {
  const selection = $getRoot().getFirstChildOrThrow().selectStart();
  $insertClipboardHtml(editor, html, selection, new (window as unknown as { DOMParser: typeof DOMParser }).DOMParser());
});

/** Each list item's text with its list type and depth, in order. */
function items(blocks: readonly DocBlock[], depth = 1, out: string[] = []): string[] {
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    for (const item of block.children) {
      const nested = item.children.filter((c) => c.type === 'list') as DocBlock[];
      const text = blockText({ ...item, type: 'paragraph', children: item.children.filter((c) => c.type !== 'list') } as unknown as DocBlock);
      if (text) out.push(`${block.listType}${depth}:${text}`);
      items(nested, depth + 1, out);
    }
  }
  return out;
}

test('older Word HTML: mso-list paragraphs whose marker is plain text (no mso-list:Ignore) get one marker', () => {
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:"Times New Roman"'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Hợp tác chính trị</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span>+<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Hội nghị cấp cao</p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>1.&nbsp;&nbsp;<![endif]>Kinh tế</p>
</body></html>`;
  const state = pasteHtml(html);
  const got = items(state.root.children);
  assert.deepEqual(got, ['bullet1:Hợp tác chính trị', 'bullet2:Hội nghị cấp cao', 'number1:Kinh tế']);
  assert.ok(got.every((t) => !/:[-+\d]/.test(t)), 'no marker left in the text');
});

test('"filtered" Word HTML (no mso- styles at all): MsoListParagraph with a typed marker becomes a list item', () => {
  const html = `<html><body>
<p class=MsoNormal>Đoạn mở đầu.</p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Thứ nhất</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt'>+<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Ý con</p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt'><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span>Thứ hai</p>
</body></html>`;
  const state = pasteHtml(html);
  assert.deepEqual(items(state.root.children), ['bullet1:Thứ nhất', 'bullet2:Ý con', 'bullet1:Thứ hai']);
  assert.equal(blockText(state.root.children[0]!), 'Đoạn mở đầu.');
});

test('plain text "I. / 1. / a) / - / +" lines become headings and "-"/"+" lists, as an import would', () => {
  const text = 'I. KẾT QUẢ HỢP TÁC\n1. Hợp tác chính trị - an ninh\na) Hội nghị cấp cao\n- Việt Nam tham gia tích cực\n+ Chủ trì 3 cuộc họp\n- Đóng góp sáng kiến\nĐoạn văn thường, khá dài để không thành tiêu đề.';
  const state = pasteWith(() => $insertShapedPlainText(text));
  const blocks = state.root.children;
  assert.deepEqual(blocks.map((b) => b.type === 'heading' ? b.tag : b.type), ['h1', 'h2', 'h3', 'list', 'paragraph']);
  assert.deepEqual(items(blocks), ['bullet1:Việt Nam tham gia tích cực', 'bullet2:Chủ trì 3 cuộc họp', 'bullet1:Đóng góp sáng kiến']);
  assert.equal(blockText(blocks[0]!), 'I. KẾT QUẢ HỢP TÁC');
});
