// Word puts list items on the clipboard as flat paragraphs, not <ul>/<ol>:
//   <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>
//     <![if !supportLists]><span style='mso-list:Ignore'>-<span>&nbsp;&nbsp;</span></span><![endif]>Text</p>
// This pass rebuilds real nested lists from runs of such paragraphs, reading the level from
// `mso-list: lN levelM` and bullet vs number from the marker text Word rendered.

const LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const IGNORE_STYLE = /mso-list:\s*ignore/i;
// "1." "12)" "a)" "(b)" "IV." are numbers; "-", "·", "o", "§", "•", "Ø" are bullets.
const ORDERED_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

interface WordListItem {
  element: HTMLElement;
  level: number;
  ordered: boolean;
}

// Older Word and "filtered" HTML write the marker as plain text before the item's words (no
// mso-list:Ignore span); filtered HTML drops the mso-list style too, leaving only the MsoListParagraph
// class and the margin. The marker then is a bullet glyph or a number, and the spacing after it.
const TEXT_MARKER = /^[\s\u00a0]*(\(?(?:\d{1,3}|[a-z]|[ivxlcdm]{1,6})[.)]|[-+•·o§Ø–*▪➢✓√])[\s\u00a0]+/iu;
const FILTERED_LIST_CLASS = /\bMsoListParagraph/i;

function leadingText(element: HTMLElement): string {
  return (element.textContent ?? '').slice(0, 24);
}

function isFilteredListParagraph(element: HTMLElement): boolean {
  return FILTERED_LIST_CLASS.test(element.getAttribute('class') ?? '') && TEXT_MARKER.test(leadingText(element));
}

function isWordListParagraph(node: Node): node is HTMLElement {
  if (node.nodeType !== 1) return false;
  const element = node as HTMLElement;
  if (element.localName !== 'p' && element.localName !== 'h1' && element.localName !== 'div') return false;
  const style = element.getAttribute('style') ?? '';
  if (/mso-list:\s*none/i.test(style)) return false;
  return LIST_STYLE.test(style) || isFilteredListParagraph(element);
}

/** Removes a marker written as text at the start of `element` (across text nodes); returns it. */
function stripTextMarker(element: HTMLElement): string {
  const match = TEXT_MARKER.exec(leadingText(element));
  if (!match) return '';
  let left = match[0].length;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node && left > 0; node = walker.nextNode() as Text | null) {
    const cut = Math.min(left, node.data.length);
    node.data = node.data.slice(cut);
    left -= cut;
  }
  return match[1] ?? '';
}

/** Removes Word's rendered marker (the mso-list:Ignore span) and says whether it was a number. */
function takeMarker(element: HTMLElement): boolean {
  let marker = '';
  for (const span of Array.from(element.querySelectorAll('[style]'))) {
    if (IGNORE_STYLE.test(span.getAttribute('style') ?? '')) {
      marker += span.textContent ?? '';
      span.remove();
    }
  }
  if (marker.replace(/[\s\u00a0]+/g, '') === '') marker = stripTextMarker(element);
  return ORDERED_MARKER.test(marker.replace(/[\s\u00a0]+/g, ''));
}

function listIdOf(element: HTMLElement): string {
  return LIST_STYLE.exec(element.getAttribute('style') ?? '')?.[1] ?? 'filtered';
}

/** Filtered HTML keeps only the indent: Word steps list levels 36 pt apart. */
function levelFromMargin(style: string): number {
  const margin = /margin-left:\s*([\d.]+)pt/i.exec(style);
  return margin ? Math.round(Number(margin[1]) / 36) : 1;
}

function readItem(element: HTMLElement): WordListItem {
  const style = element.getAttribute('style') ?? '';
  const match = LIST_STYLE.exec(style);
  const level = Math.max(1, Math.min(9, match ? Number(match[2]) : levelFromMargin(style)));
  return { element, level, ordered: takeMarker(element) };
}

/** Is `node` ignorable between two list paragraphs (whitespace, comments)? */
function isFiller(node: Node): boolean {
  return node.nodeType === 8 || (node.nodeType === 3 && !(node.textContent ?? '').trim());
}

function buildLists(doc: Document, items: WordListItem[]): DocumentFragment {
  const stack: { level: number; list: HTMLElement; lastItem: HTMLElement | null }[] = [];
  const roots = doc.createDocumentFragment();
  for (const item of items) {
    while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.level === item.level && (top.list.localName === 'ol') !== item.ordered) {
      // Same level, other kind (bullets after numbers): a new list beside the old one.
      stack.pop();
      const parent = stack[stack.length - 1];
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (parent?.lastItem) parent.lastItem.appendChild(list);
      else roots.appendChild(list);
      top = { level: item.level, list, lastItem: null };
      stack.push(top);
    }
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (top) {
        const holder = top.lastItem ?? doc.createElement('li');
        if (!top.lastItem) top.list.appendChild(holder);
        holder.appendChild(list);
      } else {
        // The first list, or a later item shallower than the first one: a list of its own.
        roots.appendChild(list);
      }
      top = { level: item.level, list, lastItem: null };
      stack.push(top);
    }
    const li = doc.createElement('li');
    while (item.element.firstChild) li.appendChild(item.element.firstChild);
    top.list.appendChild(li);
    top.lastItem = li;
  }
  return roots;
}

/** Rewrites every run of Word list paragraphs under `container` into nested <ul>/<ol>, in place. */
export function convertWordLists(container: Element): void {
  const doc = container.ownerDocument;
  for (const child of Array.from(container.children)) {
    if (!isWordListParagraph(child)) convertWordLists(child);
  }
  let node: Node | null = container.firstChild;
  while (node) {
    if (!isWordListParagraph(node)) {
      node = node.nextSibling;
      continue;
    }
    const run: HTMLElement[] = [node];
    const listId = listIdOf(node);
    let cursor: Node | null = node.nextSibling;
    const fillers: Node[] = [];
    // A run ends at anything else, or where Word starts another list (another `lN`).
    while (cursor && (isFiller(cursor) || (isWordListParagraph(cursor) && listIdOf(cursor) === listId))) {
      if (isWordListParagraph(cursor)) run.push(cursor);
      else fillers.push(cursor);
      cursor = cursor.nextSibling;
    }
    const lists = buildLists(doc, run.map(readItem));
    container.insertBefore(lists, run[0]!);
    for (const paragraph of run) paragraph.remove();
    for (const filler of fillers) if (filler.parentNode === container) container.removeChild(filler);
    node = cursor;
  }
}
