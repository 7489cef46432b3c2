// Builds real Word packages from WordprocessingML snippets, for import tests that need XML that
// generators do not write (Word Online's document2.xml, fields, ruby, altChunk, drop caps, VnTime runs).
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageSpec {
  /** The body's inner XML (w:p, w:tbl …). */
  body: string;
  mainPart?: string;
  /** Extra relationships of the main part: id → [type suffix, target, part content]. */
  parts?: { id: string; type: string; target: string; content: string | Buffer; contentType?: string }[];
  /** Extra raw entries (media, previews) with no relationship. */
  raw?: Record<string, string | Buffer>;
  styles?: string;
}

export function p(inner: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
}
export function r(textValue: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${textValue}</w:t></w:r>`;
}

export async function wordPackage(spec: PackageSpec): Promise<Buffer> {
  const main = spec.mainPart ?? 'word/document.xml';
  const zip = new JSZip();
  const overrides = [`<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`];
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${main}"/></Relationships>`);
  zip.file(main, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:body>${spec.body}<w:sectPr/></w:body></w:document>`);
  const rels = [...(spec.parts ?? [])];
  if (spec.styles) rels.push({ id: 'rIdStyles', type: 'styles', target: 'styles.xml', content: `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${spec.styles}</w:styles>` });
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const relsXml = rels.map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type.startsWith('http') ? rel.type : `${REL}/${rel.type}`}" Target="${rel.target}"${rel.type === 'hyperlink' ? ' TargetMode="External"' : ''}/>`).join('');
  zip.file(`${dir}_rels/${main.slice(dir.length)}.rels`, `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relsXml}</Relationships>`);
  for (const rel of rels) {
    zip.file(dir + rel.target, rel.content);
    if (rel.contentType) overrides.push(`<Override PartName="/${dir}${rel.target}" ContentType="${rel.contentType}"/>`);
  }
  for (const [name, data] of Object.entries(spec.raw ?? {})) zip.file(name, data);
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A part of the main document's namespace (header, footer, comments, footnotes). */
export function wordPart(root: 'w:hdr' | 'w:ftr' | 'w:comments' | 'w:footnotes', inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns:w="${W}" xmlns:r="${R}">${inner}</${root}>`;
}
