// .docx → DocState blocks: the archive is checked by zip-guard before mammoth sees it, XML parts that
// declare a DOCTYPE/ENTITY are refused, then mammoth gives HTML (headings from styles via the style
// map), which the shared HTML converter and the shape heuristics turn into blocks.
import mammoth from 'mammoth';
import { importErrors } from './errors.ts';
import { readZipSafely } from './zip-guard.ts';
import { htmlToBlocks, type HtmlConversion } from './html.ts';

/** Word's built-in heading styles are mapped by mammoth already; these cover titles and localized names. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Tiêu đề'] => h1:fresh",
  "p[style-name='Tiêu đề 1'] => h1:fresh",
  "p[style-name='Tiêu đề 2'] => h2:fresh",
  "p[style-name='Tiêu đề 3'] => h3:fresh",
  "p[style-name='heading 4'] => h3:fresh",
  "p[style-name='Heading 4'] => h3:fresh",
  "u => u",
  "strike => s",
];

const DECLARATION = /<!(?:DOCTYPE|ENTITY)/iu;
const XML_PART = /\.(?:xml|rels)$/iu;

/** Throws if any XML part declares a DOCTYPE or ENTITY (billion-laughs and external-entity attacks). */
function refuseXmlDeclarations(parts: Map<string, Buffer>, file: string): void {
  for (const [name, bytes] of parts) {
    if (DECLARATION.test(bytes.toString('utf8'))) throw importErrors.xmlEntities(file, name);
  }
}

export async function docxToBlocks(buf: Buffer, file: string): Promise<HtmlConversion> {
  const parts = readZipSafely(buf, file, (name) => XML_PART.test(name));
  if (!parts.has('word/document.xml')) throw importErrors.truncated(file, 'word/document.xml missing');
  refuseXmlDeclarations(parts, file);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: buf },
      {
        styleMap: STYLE_MAP,
        // Images are dropped (counted by the HTML converter); never decode their bytes.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw importErrors.truncated(file, error instanceof Error ? error.message.slice(0, 120) : 'mammoth');
  }
  return htmlToBlocks(html);
}
