// Older and other word-processor files (.doc from Word 2.0–2003, .rtf, .odt, WordPerfect…): many past reviews are
// archived as .doc. LibreOffice, where installed, converts them to .docx in a private temp folder
// (its own profile, so an open LibreOffice does not block it); the .docx importer does the rest.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSoffice, runSoffice, sofficeCrashed, sofficeMessage, sofficeTimedOut } from '../../export/pdf.ts';
import { importErrors } from './errors.ts';


const TIMEOUT_MS = 120_000;

/** The file converted to .docx bytes; a clear error when LibreOffice is missing or gives up. */
export async function convertToDocx(bytes: Buffer, extension: string, file: string, soffice = findSoffice()): Promise<Buffer> {
  if (!soffice) throw importErrors.needsLibreOffice(file, extension);
  const work = mkdtempSync(join(tmpdir(), 'rd-import-'));
  try {
    const input = join(work, `input.${extension.replace(/[^a-z0-9]/giu, '') || 'bin'}`);
    writeFileSync(input, bytes);
    try {
      await runSoffice(soffice, work, ['--headless', '--norestore', '--convert-to', 'docx', '--outdir', join(work, 'out'), input], TIMEOUT_MS);
    } catch (error) {
      // The detail is the technical line under the message: a crash report or a timeout in a few words.
      const detail = sofficeTimedOut(error) ? `LibreOffice had not finished after ${TIMEOUT_MS / 1000} s and was stopped`
        : sofficeCrashed(error) ? 'LibreOffice stopped unexpectedly twice (crash)' : sofficeMessage(error);
      throw importErrors.conversionFailed(file, detail);
    }
    const output = (existsSync(join(work, 'out')) ? readdirSync(join(work, 'out')) : []).find((name) => name.toLowerCase().endsWith('.docx'));
    // LibreOffice exits 0 without output for files it cannot open (e.g. password-protected ones).
    if (!output) throw importErrors.conversionFailed(file, 'no output');
    return readFileSync(join(work, 'out', output));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
