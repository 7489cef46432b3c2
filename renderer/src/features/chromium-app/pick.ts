// Chromium's own pickers for the Chromium app: <input type=file> for files and folders (the picker
// Chromium shows, which a test can also answer), and drops with folders walked. Each picked file keeps
// the path the user knew ("Báo cáo 2024/ASEAN.docx"), which the import shows as its source.

export interface PickedFile {
  file: File;
  /** The path relative to what the user picked: the file name, or folder/…/name. */
  path: string;
}

/** The kinds the importer reads (electron/library/import/formats.ts). */
export const IMPORT_EXTENSIONS = ['.docx', '.doc', '.rtf', '.odt', '.txt', '.md', '.markdown', '.html', '.htm'];

export function importable(path: string): boolean {
  const segments = path.split('/');
  // Hidden files and folders and Word's "~$" lock files are skipped, as in a desktop folder import.
  if (segments.some((s) => s.startsWith('.') || s.startsWith('~$'))) return false;
  const name = segments.at(-1)!.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** Opens Chromium's file (or folder) picker; null when the user cancels. */
export function pickWithInput(mode: 'files' | 'folder'): Promise<PickedFile[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.dataset.testid = mode === 'folder' ? 'pick-folder-input' : 'pick-files-input';
    if (mode === 'folder') input.webkitdirectory = true;
    else { input.multiple = true; input.accept = IMPORT_EXTENSIONS.join(','); }
    const done = (picked: PickedFile[] | null) => { input.remove(); resolve(picked); };
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      done(files.map((file) => ({ file, path: file.webkitRelativePath || file.name })));
    }, { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries answers in chunks (100 at a time in Chromium) until it returns none.
    for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
      for (const child of chunk) await walk(child, out);
    }
  }
}

/** What was dropped, folders walked. The entries must be taken during the drop event, so call this there. */
export function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry());
  const plain = [...data.files];
  return (async () => {
    const out: PickedFile[] = [];
    if (entries.length > 0 && entries.every((entry) => entry !== null)) {
      for (const entry of entries) await walk(entry!, out);
      return out;
    }
    return plain.map((file) => ({ file, path: file.name }));
  })();
}
