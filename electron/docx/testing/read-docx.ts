// Test helper: open a .docx (zip) and walk its XML parts as small element trees.
// The XML that Word files hold is regular (no DTD, no CDATA in what docx writes), so a tokenizer suffices.
import JSZip from 'jszip';

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function parseXml(xml: string): El {
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const token = /<\?[^>]*\?>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) { top.text += decode(m[5]); continue; }
    if (!m[2]) continue;
    if (m[1]) { stack.pop(); continue; }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
    const el: El = { name: m[2], attrs, children: [], text: '' };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  return root;
}

/** All descendants named `name`, in document order. */
export function all(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => { for (const c of e.children) { if (c.name === name) out.push(c); walk(c); } };
  walk(el);
  return out;
}
export function first(el: El | undefined, name: string): El | undefined {
  return el ? all(el, name)[0] : undefined;
}
export function child(el: El | undefined, name: string): El | undefined {
  return el?.children.find((c) => c.name === name);
}
export function kids(el: El | undefined, name: string): El[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}
export function val(el: El | undefined, attr = 'w:val'): string | undefined {
  return el?.attrs[attr];
}
/** The text of a paragraph or run: its w:t descendants joined. */
export function textOf(el: El): string {
  return all(el, 'w:t').map((t) => t.text).join('');
}

export interface DocxParts {
  document: El;
  body: El;
  styles: El;
  numbering: El;
  settings: El;
  /** Header and footer parts by relationship type ("default", "first") of the section. */
  headers: Record<string, El>;
  footers: Record<string, El>;
  sectPr: El;
}

export async function readDocx(data: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const part = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing part ${path}`);
    return parseXml(await file.async('string'));
  };
  const document = await part('word/document.xml');
  const rels = await part('word/_rels/document.xml.rels');
  const target = (id: string) => 'word/' + all(rels, 'Relationship').find((r) => r.attrs.Id === id)!.attrs.Target!;
  const body = first(document, 'w:body')!;
  const sectPr = child(body, 'w:sectPr')!;
  const headers: Record<string, El> = {};
  const footers: Record<string, El> = {};
  for (const ref of kids(sectPr, 'w:headerReference')) headers[ref.attrs['w:type']!] = await part(target(ref.attrs['r:id']!));
  for (const ref of kids(sectPr, 'w:footerReference')) footers[ref.attrs['w:type']!] = await part(target(ref.attrs['r:id']!));
  return {
    document, body, sectPr, headers, footers,
    styles: await part('word/styles.xml'),
    numbering: await part('word/numbering.xml'),
    settings: await part('word/settings.xml'),
  };
}

/** The style element with the given w:styleId. */
export function style(parts: DocxParts, id: string): El | undefined {
  return all(parts.styles, 'w:style').find((s) => s.attrs['w:styleId'] === id);
}

/** Top-level blocks of the body (w:p and w:tbl), in order. */
export function blocks(parts: DocxParts): El[] {
  return parts.body.children.filter((c) => c.name === 'w:p' || c.name === 'w:tbl');
}
