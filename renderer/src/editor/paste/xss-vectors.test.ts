// The hand-written paste sanitizer (defang.ts, sanitizeHtml.ts) over the public XSS vector sets:
// DOMPurify's test vectors and the HTML5 Security Cheatsheet (testdata/xss). For every payload, what
// comes out holds only the report schema's elements, no attribute but numeric colspan/rowspan/start, and
// so nothing that can run script or fetch; the first pass (defang) already leaves no event handler or
// URL attribute for the parser to create; and pasting it into the editor yields only known node types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $createParagraphNode, $getRoot } from 'lexical';
import { EDITOR_NODES } from '../nodes.ts';
import { exportDocState } from '../exportState.ts';
import { sanitizeClipboardHtml } from './sanitizeHtml.ts';
import { defangHtml, isDangerousAttribute } from './defang.ts';
import { $insertClipboardHtml } from './insertHtml.ts';

interface VectorFile { vectors: { title?: string; name?: string; id?: number; payload: unknown }[] }
const dir = join(import.meta.dirname, 'testdata', 'xss');
const load = (file: string) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as VectorFile).vectors
  .filter((v): v is { title?: string; name?: string; id?: number; payload: string } => typeof v.payload === 'string')
  .map((v) => ({ name: `${file}: ${v.title ?? v.name ?? v.id}`, payload: v.payload }));
const VECTORS = [...load('dompurify-vectors.json'), ...load('h5sc-vectors.json')];

const ALLOWED_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tbody', 'tr', 'td', 'th', 'br', 'strong', 'em', 'u', 'b', 'i', 'span', 'body', 'html', 'head']);
const ALLOWED_ATTRIBUTES = new Set(['colspan', 'rowspan', 'start']);

test(`the sanitizer lets nothing executable or fetching through ${VECTORS.length} public XSS vectors`, () => {
  assert.ok(VECTORS.length > 300, `${VECTORS.length} vectors loaded`);
  const window = new Window();
  const parser = new window.DOMParser() as unknown as DOMParser;
  const problems: string[] = [];
  for (const { name, payload } of VECTORS) {
    // Wall 1: the defanged HTML, parsed, has no handler or URL attribute anywhere (incl. inside SVG/MathML/templates).
    const defanged = parser.parseFromString(defangHtml(payload), 'text/html');
    const all = [...Array.from(defanged.querySelectorAll('*')), ...Array.from(defanged.querySelectorAll('template')).flatMap((t) => Array.from((t as HTMLTemplateElement).content?.querySelectorAll('*') ?? []))];
    for (const element of all) {
      for (const attribute of Array.from(element.attributes)) {
        if (isDangerousAttribute(attribute.name)) problems.push(`${name}: defang left ${attribute.name} on <${element.localName}>`);
      }
    }
    // Wall 2: the sanitized document holds only the schema.
    const clean = sanitizeClipboardHtml(payload, parser);
    for (const element of Array.from(clean.querySelectorAll('*'))) {
      if (!ALLOWED_ELEMENTS.has(element.localName)) problems.push(`${name}: <${element.localName}> survived`);
      for (const attribute of Array.from(element.attributes)) {
        if (!ALLOWED_ATTRIBUTES.has(attribute.name) || !/^\d{1,6}$/.test(attribute.value)) problems.push(`${name}: ${attribute.name}="${attribute.value}" survived on <${element.localName}>`);
      }
    }
    const html = clean.body.innerHTML;
    if (/<(script|iframe|object|embed|svg|math|img|link|style|meta|base|form|a)\b/i.test(html)) problems.push(`${name}: markup survived: ${html.slice(0, 120)}`);
  }
  window.close();
  assert.deepEqual(problems, []);
});

test('pasted vectors become only known editor nodes with no URLs or styles', () => {
  const known = new Set(['root', 'paragraph', 'heading', 'text', 'linebreak', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'tab']);
  const problems: string[] = [];
  withDOM((window) => {
    const parser = new window.DOMParser() as unknown as DOMParser;
    for (const { name, payload } of VECTORS) {
      const editor = createHeadlessEditor({ namespace: 'xss', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
      editor.update(() => {
        const p = $createParagraphNode();
        $getRoot().append(p);
        $insertClipboardHtml(editor, payload, p.select(), parser);
      }, { discrete: true });
      const state = exportDocState(editor.getEditorState()) as unknown as { root: unknown };
      const walk = (node: Record<string, unknown>) => {
        if (!known.has(String(node.type))) problems.push(`${name}: node ${String(node.type)}`);
        if (typeof node.url === 'string') problems.push(`${name}: url ${node.url}`);
        if (typeof node.style === 'string' && node.style !== '') problems.push(`${name}: style ${node.style}`);
        for (const child of (node.children as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      walk(state.root as Record<string, unknown>);
    }
  });
  assert.deepEqual(problems, []);
});
