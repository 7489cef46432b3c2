// PDF through Electron's print path, for machines without LibreOffice: a hidden, script-less window
// prints the exported Word file's content (see export/print-html.ts).
import { BrowserWindow } from 'electron';
import type { PdfRenderer } from './export/pdf.ts';
import { docxToPrintHtml } from './export/print-html.ts';

export function electronPdfRenderer(): PdfRenderer {
  return {
    async render(docx, profile) {
      const html = await docxToPrintHtml(docx, profile);
      const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: false, preferCSSPageSize: true });
      } finally {
        window.destroy();
      }
    },
  };
}
