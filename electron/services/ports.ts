// What the services need from the desktop shell. Electron provides real dialogs; tests provide stubs.
import { AppError } from '../shared/errors.ts';

export interface DialogPort {
  /** 'archive': one library archive (.rdlib) to import (ship, issue 13). */
  pickImport(mode: 'files' | 'folder' | 'archive'): Promise<string[] | null>;
  pickExport(defaultName: string, ext: 'docx' | 'pdf' | 'rdlib'): Promise<string | null>;
  confirm(message: string, detail?: string): Promise<boolean>;
}

export interface ShellPort {
  openExternal(url: string): Promise<void>;
  /** Reveals a file in the file manager; false when this front end cannot. */
  showInFolder(path: string): Promise<boolean>;
}

/** For the CLI and browser mode: no desktop shell to open links or folders with. */
export const headlessShell: ShellPort = {
  openExternal: async () => undefined,
  showInFolder: async () => false,
};

/** For the CLI and headless runs: no dialog can be shown, so every question answers "no". */
export const headlessDialogs: DialogPort = {
  pickImport: async () => null,
  pickExport: async () => null,
  confirm: async () => false,
};

/** Chromium app (issue 8): bytes of files the user picked in the page in, exported bytes out. */
export interface FilesPort {
  /** Writes a picked file under the app's staging folder; returns its path, granted for import. */
  stage(batch: string, relativePath: string, bytes: Uint8Array): Promise<string>;
  /** Reads an export this front end placed (pickExport) once, and removes it. */
  take(path: string): Promise<{ name: string; bytes: Buffer }>;
}

/** Where pickers are native (Electron) or absent (CLI), nothing crosses as bytes. */
export const noFilesPort: FilesPort = {
  stage: async () => { throw new AppError('not-available', { vi: 'Chỉ ứng dụng Chromium nhận tệp qua trang.', en: 'Only the Chromium app takes files through the page.' }); },
  take: async () => { throw new AppError('not-available', { vi: 'Chỉ ứng dụng Chromium trả tệp xuất qua trang.', en: 'Only the Chromium app hands exports back through the page.' }); },
};
