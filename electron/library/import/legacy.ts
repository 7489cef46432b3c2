// Older and other word-processor files (.doc from Word 2.0–2003, .rtf, .odt, WordPerfect…): many past reviews are
// archived as .doc. LibreOffice, where installed, converts them to .docx in a private temp folder
// (its own profile, so an open LibreOffice does not block it); the .docx importer does the rest.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from '../../export/pdf.ts';
import { importErrors } from './errors.ts';


const TIMEOUT_MS = 120_000;

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }));
      else resolve();
    });
  });
}

/** The file converted to .docx bytes; a clear error when LibreOffice is missing or gives up. */
export async function convertToDocx(bytes: Buffer, extension: string, file: string, soffice = findSoffice()): Promise<Buffer> {
  if (!soffice) throw importErrors.needsLibreOffice(file, extension);
  const work = mkdtempSync(join(tmpdir(), 'rd-import-'));
  try {
    const input = join(work, `input.${extension.replace(/[^a-z0-9]/giu, '') || 'bin'}`);
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(work, 'profile')).href;
    try {
      await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', join(work, 'out'), input]);
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.trim() || (error instanceof Error ? error.message : String(error));
      throw importErrors.conversionFailed(file, detail.slice(0, 200));
    }
    const output = (existsSync(join(work, 'out')) ? readdirSync(join(work, 'out')) : []).find((name) => name.toLowerCase().endsWith('.docx'));
    // LibreOffice exits 0 without output for files it cannot open (e.g. password-protected ones).
    if (!output) throw importErrors.conversionFailed(file, 'no output');
    return readFileSync(join(work, 'out', output));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
