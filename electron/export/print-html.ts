// The page the Electron print path turns into PDF when LibreOffice is not installed: the exported
// Word file read back with mammoth (so the PDF shows what the .docx holds) inside an A4 print sheet.
// The Decree 30 header and closing tables come through as borderless tables; the drawn lines and the
// exact line breaks of Word's layout are LibreOffice's job, which is why it stays the first choice.
import mammoth from 'mammoth';
import type { ExportProfile } from '../shared/export.ts';

const PAGE_MARGINS: Record<ExportProfile, string> = {
  decree30: '20mm 15mm 20mm 30mm',
  international: '25mm 25mm 25mm 25mm',
};

export async function docxToPrintHtml(docx: Uint8Array, profile: ExportProfile): Promise<string> {
  const { value: body } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) }, { ignoreEmptyParagraphs: false });
  const indent = profile === 'decree30' ? 'text-indent: 1.27cm;' : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>
@page { size: A4; margin: ${PAGE_MARGINS[profile]}; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; line-height: 1.25; color: #000; }
p { margin: 0 0 6pt; text-align: justify; ${indent} }
h1, h2, h3 { font-size: 14pt; margin: 6pt 0; ${indent} }
h1 { text-transform: uppercase; }
h3 { font-weight: normal; }
ul, ol { margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; }
td, th { vertical-align: top; padding: 2pt 4pt; }
td p, th p { text-indent: 0; text-align: left; }
table:first-of-type td, table:first-of-type th { text-align: center; }
table:first-of-type td p { text-align: center; }
</style></head><body>${body}</body></html>`;
}
