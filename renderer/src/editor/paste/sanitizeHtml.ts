// Clipboard HTML (Word, web pages, Google Docs) -> a clean document holding only what the report schema
// has: paragraphs, h1–h3, lists, tables (with colspan/rowspan), line breaks and bold/italic/underline.
// Scripts, images, media, forms, styles, classes, fonts and colours are dropped; Word's mso- markup is
// read for lists, headings and marks first and then thrown away. DOM-only (no Lexical), so it runs in
// the renderer and in Node tests under happy-dom.
import { convertWordLists } from './wordLists.ts';
import { defangHtml } from './defang.ts';

/** Removed together with everything inside them. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'img', 'picture', 'svg', 'math', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'video', 'audio', 'canvas', 'source', 'track', 'map', 'area', 'head', 'meta',
  'link', 'title', 'base', 'input', 'button', 'select', 'option', 'textarea', 'xml', 'colgroup', 'col',
  'caption', 'hr', 'dialog', 'portal',
]);
/** Containers that are unwrapped when they hold blocks, and become a paragraph when they hold only text. */
const CONTAINERS = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'figure', 'center', 'body', 'html',
  'form', 'fieldset', 'details', 'summary', 'dl', 'legend',
]);
/** Paragraph-like blocks. */
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre', 'address', 'dt', 'dd', 'figcaption']);
const BLOCKS = new Set([
  ...CONTAINERS, ...PARAGRAPHS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th',
]);
const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'dfn', 'var']);
const UNDERLINE_TAGS = new Set(['u', 'ins']);

interface Marks { bold: boolean; italic: boolean; underline: boolean }

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase();
}

function isHidden(element: Element): boolean {
  const style = styleOf(element);
  return /display:\s*none|visibility:\s*hidden|mso-hide:\s*all/.test(style) || element.hasAttribute('hidden');
}

/** h1..h3 for a heading element or a Word heading paragraph; null for anything else. */
export function headingLevel(element: Element): 1 | 2 | 3 | null {
  const tag = element.localName;
  let level = 0;
  const tagMatch = /^h([1-6])$/.exec(tag);
  if (tagMatch) level = Number(tagMatch[1]);
  else if (tag === 'p' || tag === 'div') {
    const className = element.getAttribute('class') ?? '';
    const word = /\bMsoHeading([1-9])\b/i.exec(className) ?? /\bHeading([1-9])\b/.exec(className);
    const outline = /mso-outline-level:\s*([1-9])/.exec(styleOf(element));
    if (word) level = Number(word[1]);
    else if (/\bMsoTitle\b/i.test(className)) level = 1;
    else if (outline) level = Number(outline[1]);
  }
  if (level === 0) return null;
  return Math.min(level, 3) as 1 | 2 | 3;
}

/** Marks a span/font/etc. adds through inline style (Word: <span style="font-weight:bold">). */
function styleMarks(element: Element): Partial<Marks> {
  const style = styleOf(element);
  const marks: Partial<Marks> = {};
  const weight = /font-weight:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (weight === 'bold' || weight === 'bolder' || (weight !== undefined && /^[6-9]00$/.test(weight))) marks.bold = true;
  if (weight === 'normal' || weight === '400' || weight === 'lighter') marks.bold = false;
  const fontStyle = /font-style:\s*([a-z]+)/.exec(style)?.[1];
  if (fontStyle === 'italic' || fontStyle === 'oblique') marks.italic = true;
  if (fontStyle === 'normal') marks.italic = false;
  const decoration = /text-decoration(?:-line)?:\s*([a-z ]+)/.exec(style)?.[1];
  if (decoration?.includes('underline')) marks.underline = true;
  if (decoration === 'none') marks.underline = false;
  return marks;
}

function hasBlockDescendant(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    const tag = child.localName;
    if (DROP.has(tag) || isHidden(child)) continue;
    if (BLOCKS.has(tag) || headingLevel(child) !== null || hasBlockDescendant(child)) return true;
  }
  return false;
}

function boundedSpan(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 100) : null;
}

class Cleaner {
  private readonly out: Document;
  constructor(out: Document) {
    this.out = out;
  }

  /** Cleans the children of `source` into `target`. `inline` is true where only inline content may go. */
  children(source: Node, target: Node, marks: Marks, inline: boolean): void {
    for (const child of Array.from(source.childNodes)) this.node(child, target, marks, inline);
  }

  private text(value: string, target: Node, marks: Marks): void {
    // Word and web pages use no-break spaces for spacing; the report wants plain spaces.
    const clean = value.replace(/\u00a0/g, ' ');
    if (clean === '') return;
    let node: Node = this.out.createTextNode(clean);
    if (marks.underline) node = this.wrap('u', node);
    if (marks.italic) node = this.wrap('i', node);
    if (marks.bold) node = this.wrap('b', node);
    target.appendChild(node);
  }

  private wrap(tag: string, node: Node): Element {
    const element = this.out.createElement(tag);
    element.appendChild(node);
    return element;
  }

  private node(node: Node, target: Node, marks: Marks, inline: boolean): void {
    if (node.nodeType === 3) return this.text(node.textContent ?? '', target, marks);
    if (node.nodeType !== 1) return; // comments, processing instructions, Word's <![if ...]>
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    // Namespaced Office tags: <o:p> holds a spacing &nbsp; (keep its text), <v:shape>/<w:...> are drawings.
    if (tag.includes(':')) {
      if (tag === 'o:p') this.children(element, target, marks, inline);
      return;
    }
    if (DROP.has(tag) || isHidden(element)) return;
    if (tag === 'br') {
      target.appendChild(this.out.createElement('br'));
      return;
    }

    const level = headingLevel(element);
    if (inline && (BLOCKS.has(tag) || level !== null)) {
      if (tag === 'ul' || tag === 'ol') return this.list(element, target, marks);
      // A block inside a list item or inline context: keep its text, on a line of its own.
      const content = this.out.createDocumentFragment();
      this.children(element, content, marks, true);
      if (!(content.textContent ?? '').trim()) return;
      const last = target.lastChild;
      if (last && !(last.nodeType === 1 && (last as Element).localName === 'br')) target.appendChild(this.out.createElement('br'));
      target.appendChild(content);
      return;
    }
    if (level !== null) return this.block(`h${level}`, element, target, marks);
    if (tag === 'ul' || tag === 'ol') return this.list(element, target, marks);
    if (tag === 'table') return this.table(element, target, marks);
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot' || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'li') {
      // Table or list parts outside their parent: keep the content as paragraphs.
      return this.container(element, target, marks);
    }
    if (PARAGRAPHS.has(tag)) {
      if (hasBlockDescendant(element)) return this.children(element, target, marks, false);
      return this.block('p', element, target, marks);
    }
    if (CONTAINERS.has(tag)) return this.container(element, target, marks);

    // Inline: marks from the tag and its style, then the element itself is unwrapped.
    const next: Marks = { ...marks, ...styleMarks(element) };
    if (BOLD_TAGS.has(tag) && styleMarks(element).bold !== false) next.bold = true;
    if (ITALIC_TAGS.has(tag)) next.italic = true;
    if (UNDERLINE_TAGS.has(tag)) next.underline = true;
    if (!inline && hasBlockDescendant(element)) return this.children(element, target, next, false);
    this.children(element, target, next, inline);
  }

  private container(element: Element, target: Node, marks: Marks): void {
    if (hasBlockDescendant(element)) return this.children(element, target, marks, false);
    this.block('p', element, target, marks);
  }

  /** A paragraph or heading; dropped when it holds nothing but whitespace (Word's spacer paragraphs). */
  private block(tag: string, source: Element, target: Node, marks: Marks): void {
    const block = this.out.createElement(tag);
    this.children(source, block, marks, true);
    const text = block.textContent ?? '';
    if (text.trim() === '' && block.getElementsByTagName('br').length === 0) return;
    target.appendChild(block);
  }

  private list(source: Element, target: Node, marks: Marks): void {
    const list = this.out.createElement(source.localName === 'ol' ? 'ol' : 'ul');
    const start = Number(source.getAttribute('start'));
    if (list.localName === 'ol' && Number.isInteger(start) && start > 1 && start < 100_000) list.setAttribute('start', String(start));
    for (const child of Array.from(source.childNodes)) {
      if (child.nodeType === 1 && ((child as Element).localName === 'ul' || (child as Element).localName === 'ol')) {
        // A list directly inside a list (invalid but common): nest it in the previous item.
        const holder = list.lastElementChild ?? list.appendChild(this.out.createElement('li'));
        this.list(child as Element, holder, marks);
        continue;
      }
      if (child.nodeType === 1 && (child as Element).localName === 'li') {
        if (isHidden(child as Element)) continue;
        const item = this.out.createElement('li');
        this.children(child, item, marks, true);
        list.appendChild(item);
        continue;
      }
      if (child.nodeType === 3 && !(child.textContent ?? '').trim()) continue;
      const item = this.out.createElement('li');
      this.node(child, item, marks, true);
      if (item.childNodes.length) list.appendChild(item);
    }
    if (list.childNodes.length) target.appendChild(list);
  }

  private table(source: Element, target: Node, marks: Marks): void {
    const table = this.out.createElement('table');
    for (const row of Array.from(source.querySelectorAll('tr'))) {
      // Rows of nested tables belong to those tables, not to this one.
      if (row.closest('table') !== source || isHidden(row)) continue;
      const tr = this.out.createElement('tr');
      for (const cell of Array.from(row.children)) {
        const tag = cell.localName;
        if (tag !== 'td' && tag !== 'th') continue;
        const td = this.out.createElement(tag);
        const colSpan = boundedSpan(cell.getAttribute('colspan'));
        const rowSpan = boundedSpan(cell.getAttribute('rowspan'));
        if (colSpan) td.setAttribute('colspan', String(colSpan));
        if (rowSpan) td.setAttribute('rowspan', String(rowSpan));
        // Nested tables are not part of the schema: their text stays, as paragraphs.
        this.cell(cell, td, marks);
        tr.appendChild(td);
      }
      if (tr.childNodes.length) table.appendChild(tr);
    }
    if (table.childNodes.length) target.appendChild(table);
  }

  private cell(source: Element, td: Element, marks: Marks): void {
    for (const child of Array.from(source.childNodes)) {
      if (child.nodeType === 1 && (child as Element).localName === 'table') {
        for (const nested of Array.from((child as Element).querySelectorAll('td, th'))) this.block('p', nested, td, marks);
        continue;
      }
      this.node(child, td, marks, false);
    }
  }
}

/** Wraps inline runs that sit directly in a table cell or the body into paragraphs. */
function wrapLooseInlines(parent: Element, doc: Document): void {
  let run: Element | null = null;
  for (const child of Array.from(parent.childNodes)) {
    const isBlock = child.nodeType === 1 && ['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'table'].includes((child as Element).localName);
    if (isBlock) {
      run = null;
      continue;
    }
    if (!run) {
      if (child.nodeType === 3 && !(child.textContent ?? '').trim()) {
        child.remove();
        continue;
      }
      run = doc.createElement('p');
      parent.insertBefore(run, child);
    }
    run.appendChild(child);
  }
}

/**
 * Parses clipboard HTML and returns a fresh document whose body holds only the allowed structure.
 * `parser` is the page's DOMParser (injected so tests can run under happy-dom): its documents are inert
 * (no scripts, no loads, never attached to the page), and the HTML reaches it only after defangHtml has
 * cut every event-handler and URL attribute out, so not even the page's CSP gets to see one.
 */
export function sanitizeClipboardHtml(html: string, parser: DOMParser): Document {
  const source = parser.parseFromString(defangHtml(html), 'text/html');
  convertWordLists(source.body);
  const out = parser.parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  new Cleaner(out).children(source.body, out.body, { bold: false, italic: false, underline: false }, false);
  wrapLooseInlines(out.body, out);
  for (const cell of Array.from(out.body.querySelectorAll('td, th'))) wrapLooseInlines(cell, out);
  return out;
}
