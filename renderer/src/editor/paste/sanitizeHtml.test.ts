// Paste sanitizer: Word and web HTML through the sanitizer and Lexical's DOM import, in happy-dom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $createParagraphNode, $getRoot } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import { sanitizeClipboardHtml } from './sanitizeHtml.ts';
import { $insertClipboardHtml } from './insertHtml.ts';
import { TEXT_FORMAT, type DocState } from '../../../../electron/shared/doc.ts';
import { docText } from '../../../../electron/shared/doc-build.ts';

const WORD = readFileSync(join(import.meta.dirname, 'testdata', 'word-fragment.html'), 'utf8');

function clean(html: string): string {
  return withDOM((window) => sanitizeClipboardHtml(html, new window.DOMParser() as unknown as DOMParser).body.innerHTML);
}

/** Pastes `html` into an empty headless editor and returns the resulting state. */
function paste(html: string): DocState {
  return withDOM((window) => {
    const editor = createHeadlessEditor({ namespace: 't', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
    editor.update(() => {
      const p = $createParagraphNode();
      $getRoot().append(p);
      const selection = p.select();
      $insertClipboardHtml(editor, html, selection, new window.DOMParser() as unknown as DOMParser);
    }, { discrete: true });
    return exportDocState(editor.getEditorState());
  });
}

function allNodes(state: DocState): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    out.push(node as Record<string, unknown>);
    const children = (node as { children?: unknown[] }).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(state.root);
  return out;
}

test('sanitizer drops scripts, images, styles, classes and event handlers', () => {
  const html = clean(WORD);
  assert.doesNotMatch(html, /<script|<img|<style|<meta|<link|<o:p|<v:/i);
  assert.doesNotMatch(html, /\b(style|class|onclick|lang|width|valign|src)=/i);
  assert.doesNotMatch(html, /alert|__pwned|tracker\.png|mso-|Wingdings/);
});

test('sanitizer keeps structure: headings, lists from Word paragraphs, tables, marks', () => {
  const html = clean(WORD);
  assert.match(html, /<h1>I\. TÌNH HÌNH HỢP TÁC ASEAN<\/h1>/);
  assert.match(html, /<h3>a\) Hợp tác chính trị - an ninh<\/h3>/, 'h4 becomes h3');
  assert.match(html, /<ul><li>Thúc đẩy xây dựng Cộng đồng ASEAN<ul><li>Trụ cột Chính trị - An ninh<\/li><\/ul><\/li><li>Tăng cường kết nối khu vực<\/li><\/ul>/);
  assert.match(html, /<ol><li>Hội nghị Cấp cao lần thứ 44<\/li><li>Hội nghị Cấp cao lần thứ 45<\/li><\/ol>/);
  assert.match(html, /<b>tham gia tích cực<\/b>/);
  assert.match(html, /<b>chủ động<\/b>/, 'span font-weight:bold becomes <b>');
  assert.match(html, /<i>có trách nhiệm<\/i>/);
  assert.match(html, /<u>ASEAN<\/u>/);
  assert.match(html, /<td colspan="2">/);
  assert.doesNotMatch(html, /<p>\s*<\/p>/, 'Word spacer paragraphs are dropped');
});

test('web HTML: Google Docs wrapper, h5, nested lists inside lists, divs, links and hidden text', () => {
  const html = clean(`<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><h5 dir="ltr"><span style="font-size:20pt;font-weight:700">Tiêu đề</span></h5>
    <div>Một <a href="javascript:alert(1)">liên kết</a> và <em>nghiêng</em></div>
    <ul><li>A</li><ul><li>A1</li></ul><li>B</li></ul>
    <p style="display:none">ẩn</p><iframe src="http://x"></iframe><svg><script>alert(1)</script></svg></b>`);
  assert.equal(html, '<h3><b>Tiêu đề</b></h3><p>Một liên kết và <i>nghiêng</i></p><ul><li>A<ul><li>A1</li></ul></li><li>B</li></ul>');
});

test('Word paste becomes proper nodes: heading, nested bullet list, numbered list, table, bold; no image or script', () => {
  const state = paste(WORD);
  const nodes = allNodes(state);
  const types = new Set(nodes.map((n) => n.type));
  for (const type of ['heading', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'paragraph', 'text']) {
    assert.ok(types.has(type), `has ${type}`);
  }
  for (const type of types) {
    assert.ok(['root', 'heading', 'paragraph', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'text', 'linebreak'].includes(String(type)), `unexpected ${String(type)}`);
  }
  const headings = nodes.filter((n) => n.type === 'heading').map((n) => n.tag);
  assert.deepEqual(headings, ['h1', 'h3']);
  const lists = nodes.filter((n) => n.type === 'list').map((n) => n.listType);
  assert.deepEqual(lists, ['bullet', 'bullet', 'number']);
  const bold = nodes.filter((n) => n.type === 'text' && (Number(n.format) & TEXT_FORMAT.bold)).map((n) => n.text);
  assert.ok(bold.includes('tham gia tích cực') && bold.includes('chủ động') && bold.includes('Lĩnh vực'), String(bold));
  const italic = nodes.find((n) => n.text === 'có trách nhiệm');
  assert.equal(Number(italic?.format) & TEXT_FORMAT.italic, TEXT_FORMAT.italic);
  const merged = nodes.find((n) => n.type === 'tablecell' && n.colSpan === 2);
  assert.ok(merged, 'merged cell kept');
  for (const node of nodes) {
    if (node.type === 'text') assert.equal(node.style, '');
    if ('backgroundColor' in node) assert.ok(!node.backgroundColor);
  }
  const text = docText(state);
  assert.doesNotMatch(text, /alert|pwned|tracker/);
  assert.match(text, /Hình 1\. Cơ cấu tổ chức/);
  assert.match(text, /Kết thúc/);
});

test('HTML with nothing usable inserts nothing', () => {
  const state = paste('<img src="http://example.com/a.png"><script>alert(1)</script>');
  assert.equal(docText(state), '');
  assert.equal(state.root.children.length, 1);
});

test('a bold "II. …" MsoNormal paragraph from Word becomes a mục heading; "-" / "+" paragraphs become nested bullets', () => {
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal style='text-align:justify'><b><span style='font-size:14.0pt'>II. PHƯƠNG HƯỚNG NĂM 2027</span></b></p>
<p class=MsoNormal>- Tiếp tục triển khai Đề án 161.</p>
<p class=MsoNormal>+ Chuẩn bị tham gia Năm Chủ tịch ASEAN.</p>
<p class=MsoNormal>Kết thúc.</p></body></html>`;
  const state = paste(html);
  const [h, l, p] = state.root.children;
  assert.equal(h?.type, 'heading');
  assert.equal(h?.type === 'heading' && h.tag, 'h1');
  assert.equal(l?.type, 'list');
  assert.match(docText(state), /Tiếp tục triển khai/);
  assert.doesNotMatch(docText(state), /^[-+] /m);
  const nested = l?.type === 'list' ? l.children.some((item) => item.children.some((c) => c.type === 'list')) : false;
  assert.equal(nested, true);
  assert.equal(p?.type, 'paragraph');
});

test('an image with onerror in pasted HTML leaves no image, handler or URL anywhere in the document', () => {
  const state = paste('<p>Chữ<img src="https://evil.example/x.png" onerror="globalThis.__pwned = true"></p>');
  assert.equal(docText(state).trim(), 'Chữ');
  assert.doesNotMatch(JSON.stringify(state), /evil|onerror|img/);
  assert.equal((globalThis as { __pwned?: boolean }).__pwned, undefined);
});
