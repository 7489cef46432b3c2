// Bytes between the page and the services in the Chromium app: picked files are staged (the main side
// answers with paths it placed itself, the only ones it will import from), exports are taken back and
// saved through Chromium's save picker, or downloaded where the picker is not available.
import { api, ApiError } from '../../api/index.ts';
import { importable, type PickedFile } from './pick.ts';

function toBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Stages what the user picked; files the importer does not read are left out of a folder, as on the desktop. */
export async function stagePicked(picked: readonly PickedFile[], fromFolder: boolean): Promise<{ paths: string[]; skipped: number }> {
  const batch = crypto.randomUUID();
  const kept = fromFolder || picked.length > 1 ? picked.filter((p) => importable(p.path)) : [...picked];
  const paths: string[] = [];
  for (const { file, path } of kept) {
    paths.push((await api.files.stage({ batch, path, data: await toBase64(file) })).path);
  }
  return { paths, skipped: picked.length - kept.length };
}

// Chromium's save picker (File System Access API): not in TypeScript's DOM library yet.
interface SaveFileHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: BufferSource | Blob): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}
type ShowSaveFilePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<SaveFileHandle>;

const TYPES: Record<'docx' | 'pdf', { description: string; accept: Record<string, string[]> }> = {
  docx: { description: 'Word', accept: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] } },
  pdf: { description: 'PDF', accept: { 'application/pdf': ['.pdf'] } },
};

function saveFailed(name: string, error: unknown): ApiError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiError({ code: 'save-failed', message: {
    vi: `Không lưu được tệp “${name}”: ${reason}. Bản thảo không bị ảnh hưởng; hãy chọn nơi lưu khác.`,
    en: `Could not save “${name}”: ${reason}. The draft is untouched; choose another place to save.`,
  } });
}

/** Where the export goes: a file the user chose in Chromium's save picker, or a download. */
export type SaveTarget = { kind: 'file'; handle: SaveFileHandle } | { kind: 'download'; name: string };

/** Asks where to save; null when the user cancels. Call it straight from the click (the picker needs it). */
export async function chooseSaveTarget(suggestedName: string, ext: 'docx' | 'pdf'): Promise<SaveTarget | null> {
  const picker = (window as unknown as { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  if (!picker) return { kind: 'download', name: suggestedName };
  try {
    return { kind: 'file', handle: await picker({ suggestedName, types: [TYPES[ext]] }) };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    // The picker could not be shown (no file dialog on this desktop, the click no longer counts):
    // the export is still delivered, as a download.
    console.warn('Review Desk: the save picker failed, downloading instead', error);
    return { kind: 'download', name: suggestedName };
  }
}

/** Takes the export the services wrote back from them and writes it where the user chose; returns its name. */
export async function deliverExport(exportedPath: string, target: SaveTarget): Promise<string> {
  const { data } = await api.files.take({ path: exportedPath });
  const bytes = fromBase64(data);
  if (target.kind === 'file') {
    // The writable goes to a temporary file that replaces the chosen one only on close: a failure
    // leaves the user's file as it was.
    const writable = await target.handle.createWritable();
    try {
      await writable.write(bytes);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw saveFailed(target.handle.name, error);
    }
    return target.handle.name;
  }
  const url = URL.createObjectURL(new Blob([bytes]));
  const link = document.createElement('a');
  link.href = url;
  link.download = target.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return target.name;
}
