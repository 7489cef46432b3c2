// PDF through Electron's print path, for machines without LibreOffice: a hidden, script-less window
// prints the exported Word file's content (see export/print-html.ts).
// The page is a temporary file, not a data: URL: Chromium refuses data: URLs past 2 MB, which a long
// Vietnamese review exceeds. The file lives in a fresh private folder and is removed afterwards.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfRenderer } from './export/pdf.ts';
import { docxToPrintHtml } from './export/print-html.ts';

export function electronPdfRenderer(): PdfRenderer {
  return {
    async render(docx, profile) {
      const html = await docxToPrintHtml(docx, profile);
      const folder = await mkdtemp(join(tmpdir(), 'review-desk-print-'));
      const page = join(folder, 'print.html');
      await writeFile(page, html, { encoding: 'utf8', mode: 0o600 });
      const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false, disableBlinkFeatures: 'Auxclick' } });
      try {
        await window.loadFile(page);
        return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: false, preferCSSPageSize: true });
      } finally {
        window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
