// What the services need from the desktop shell. Electron provides real dialogs; tests provide stubs.
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
