// PDF export: a port the Electron shell may fill with its own renderer (printToPDF), and the default
// renderer that converts the exported .docx with LibreOffice headless, so the PDF matches the Word file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportErrors } from './errors.ts';
import type { ExportProfile } from '../shared/export.ts';

export interface PdfRenderer {
  /** Renders the exported Word file to PDF bytes (the profile tells page margins to renderers that need them). */
  render(docx: Uint8Array, profile: ExportProfile): Promise<Uint8Array>;
}

const KNOWN_LOCATIONS = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** soffice from $REVIEW_DESK_SOFFICE, then PATH, then the usual install folders; null if none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  if (env.REVIEW_DESK_SOFFICE) return exists(env.REVIEW_DESK_SOFFICE) ? env.REVIEW_DESK_SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (exists(join(dir, name))) return join(dir, name);
  }
  return KNOWN_LOCATIONS.find((p) => exists(p)) ?? null;
}

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/** We stopped LibreOffice: it did not finish within the time it was given (execFile's timeout kills it). */
export function sofficeTimedOut(error: unknown): boolean {
  return (error as { killed?: boolean }).killed === true;
}

/** LibreOffice died rather than refused: killed by a signal (not our timeout's), or its crash report on stderr. */
export function sofficeCrashed(error: unknown): boolean {
  const { signal, stderr } = error as { signal?: string | null; stderr?: string };
  if (sofficeTimedOut(error)) return false;
  return Boolean(signal) || /Fatal exception: Signal \d+|Unspecified Application Error/.test(stderr ?? '');
}

/** What LibreOffice said, for the user: its last line that is not the usual Java warning, kept short. */
export function sofficeMessage(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr ?? '';
  const lines = stderr.split('\n').map((line) => line.trim()).filter((line) => line && !/javaldx|java may not function/i.test(line));
  const said = lines[lines.length - 1] ?? (error instanceof Error ? error.message : String(error));
  return said.length > 300 ? `${said.slice(0, 300)}…` : said;
}

/**
 * Runs a headless LibreOffice conversion (`args`: what follows the profile) with a private profile in
 * `work`. A headless LibreOffice now and then dies while it starts (seen here on a fresh install: signal
 * 6 within half a second): a crash is tried once more with a new profile, a refusal is not. Rejects with
 * the last run's error (`sofficeCrashed` tells a crash).
 */
export async function runSoffice(soffice: string, work: string, args: string[], timeoutMs: number): Promise<void> {
  const convert = (attempt: number) => run(soffice, [`-env:UserInstallation=${pathToFileURL(join(work, `profile-${attempt}`)).href}`, ...args], timeoutMs);
  await convert(1).catch((error: unknown) => {
    if (!sofficeCrashed(error)) throw error;
    return convert(2);
  });
}

/**
 * LibreOffice headless in a private temp folder with its own user profile, so a LibreOffice the
 * user has open (or a parallel export) does not lock the conversion (see runSoffice).
 */
export function libreOfficeRenderer(soffice: string | null = findSoffice(), timeoutMs = 120_000): PdfRenderer {
  return {
    async render(docx) {
      if (!soffice) throw exportErrors.libreOfficeMissing();
      const work = mkdtempSync(join(tmpdir(), 'rd-pdf-'));
      try {
        const input = join(work, 'export.docx');
        writeFileSync(input, docx);
        try {
          await runSoffice(soffice, work, ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input], timeoutMs);
        } catch (error) {
          if (sofficeTimedOut(error)) throw exportErrors.pdfTimedOut(Math.round(timeoutMs / 1000), error);
          throw sofficeCrashed(error) ? exportErrors.pdfCrashed(error) : exportErrors.pdfFailed(sofficeMessage(error), error);
        }
        const pdf = readdirSync(work).find((f) => f.toLowerCase().endsWith('.pdf'));
        if (!pdf) throw exportErrors.pdfNoOutput();
        return readFileSync(join(work, pdf));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}

/** Page count of a PDF from its page objects (enough for the result summary and tests). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
