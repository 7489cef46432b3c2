// First pass over clipboard HTML, before any HTML parser sees it: event-handler attributes (on*) and
// URL-bearing attributes (src, href, srcset, …) are cut out of every start tag, and url()/expression()
// out of inline styles. Chromium checks the page's CSP for an inline handler as soon as a parser creates
// the attribute, even in an inert document (DOMParser, <template>), and a document that never holds the
// attribute cannot run or fetch anything through it whatever the browser does. The tokenizer follows the
// HTML data state (tags, comments, bogus comments). Raw-text and RCDATA elements (<style>, <script>,
// <textarea>, <title>, <iframe>, <xmp>, <noembed>, <noframes>, <noscript>, <plaintext>) are removed
// whole, up to the end tag the HTML tokenizer would stop at: otherwise a quoted attribute value that
// holds "</style>" (the mXSS vectors in DOMPurify's test set) hides a tag from this pass that the parser
// then creates. Removing them costs nothing (the sanitizer drops them and their content anyway) and
// keeps this pass and the parser in the data state at the same points. The sanitizer that follows copies no attribute but colspan,
// rowspan and start, so this pass is the first of two walls, not the only one.

/** Attributes whose value is fetched or navigated to (HTML, SVG, MathML, legacy IE). */
const URL_ATTRIBUTES = new Set([
  'src', 'srcset', 'href', 'xlink:href', 'action', 'formaction', 'background', 'poster', 'data', 'codebase',
  'classid', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'ping', 'manifest', 'usemap', 'srcdoc', 'imagesrcset',
  'archive', 'profile', 'itemtype', 'xml:base', 'xmlns:xlink',
]);

export function isDangerousAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('on') || URL_ATTRIBUTES.has(lower);
}

/** An inline style without anything that loads or evaluates (url(), image-set(), expression(), @import). */
export function safeStyle(value: string): string {
  return value
    .replace(/(?:url|image-set|image|expression|-webkit-image-set)\s*\([^)]*\)?/gi, 'none')
    .replace(/@import|behavior\s*:|-moz-binding/gi, '-blocked-');
}

const WHITESPACE = /[\t\n\f\r ]/;
/** Elements whose content the HTML tokenizer reads as text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'xmp', 'noembed', 'noframes', 'noscript']);

/** Index just past the end tag that closes raw-text element name at or after from (n if none). */
function endOfRawText(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
  end.lastIndex = from;
  const match = end.exec(html);
  if (!match) return html.length;
  const close = html.indexOf('>', match.index);
  return close === -1 ? html.length : close + 1;
}
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Re-quotes a raw attribute value in double quotes (character references stay as they were). */
function escapeValue(value: string): string {
  return value.replace(/"/g, '&quot;');
}

/** Returns `html` with dangerous attributes removed from every start tag. */
export function defangHtml(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) { out += html.slice(i); break; }
    out += html.slice(i, lt);
    i = lt;
    const next = html[i + 1];
    if (html.startsWith('<!--', i)) {
      // Comment: ends at "-->" or "--!>", or at once for "<!-->" / "<!--->" (abrupt closing).
      let end: number;
      if (html.startsWith('>', i + 4)) end = i + 5;
      else if (html.startsWith('->', i + 4)) end = i + 6;
      else {
        const a = html.indexOf('-->', i + 4);
        const b = html.indexOf('--!>', i + 4);
        if (a === -1 && b === -1) end = n;
        else if (b === -1 || (a !== -1 && a < b)) end = a + 3;
        else end = b + 4;
      }
      out += html.slice(i, end);
      i = end;
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !isLetter(html[i + 2]) && html[i + 2] !== '>')) {
      // Doctype, Word's <![if …]>, processing instructions and "</ " bogus comments end at the first ">".
      const end = html.indexOf('>', i);
      const stop = end === -1 ? n : end + 1;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    if (next === '/') {
      // End tag: attributes on end tags are ignored by parsers; drop them all.
      const end = html.indexOf('>', i);
      const stop = end === -1 ? n : end + 1;
      const name = /^<\/([^\t\n\f\r />]*)/.exec(html.slice(i, stop))?.[1] ?? '';
      out += name ? `</${name}>` : html.slice(i, stop);
      i = stop;
      continue;
    }
    if (!isLetter(next)) { out += '<'; i += 1; continue; }
    // Start tag.
    let j = i + 1;
    while (j < n && !WHITESPACE.test(html[j]!) && html[j] !== '/' && html[j] !== '>') j++;
    const tagName = html.slice(i + 1, j);
    let tag = `<${tagName}`;
    let closed = false;
    while (j < n) {
      const c = html[j]!;
      if (WHITESPACE.test(c) || c === '/') { if (c === '/' && html[j + 1] === '>') { tag += ' /'; } j++; continue; }
      if (c === '>') { j++; closed = true; break; }
      // Attribute name: the first character may be "=" (the spec's odd case); then up to space, / > =.
      let k = j + 1;
      while (k < n && !WHITESPACE.test(html[k]!) && html[k] !== '/' && html[k] !== '>' && html[k] !== '=') k++;
      const name = html.slice(j, k);
      j = k;
      while (j < n && WHITESPACE.test(html[j]!)) j++;
      let value: string | null = null;
      if (html[j] === '=') {
        j++;
        while (j < n && WHITESPACE.test(html[j]!)) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end === -1 ? n : end);
          j = end === -1 ? n : end + 1;
        } else {
          let v = j;
          while (v < n && !WHITESPACE.test(html[v]!) && html[v] !== '>') v++;
          value = html.slice(j, v);
          j = v;
        }
      }
      if (isDangerousAttribute(name)) continue;
      if (value === null) tag += ` ${name}`;
      else tag += ` ${name}="${escapeValue(name.toLowerCase() === 'style' ? safeStyle(value) : value)}"`;
    }
    const lower = tagName.toLowerCase();
    if (lower === 'plaintext') break; // everything after it is text: nothing of it is kept
    if (RAW_TEXT.has(lower)) { i = endOfRawText(html, lower, j); continue; }
    out += closed ? `${tag}>` : tag;
    i = j;
  }
  return out;
}
