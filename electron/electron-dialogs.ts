// Native dialogs behind the DialogPort the services use; tests in electron mode answer from a queue.
import { dialog, type BrowserWindow } from 'electron';
import { IMPORT_EXTENSIONS } from './library/import/formats.ts';
import type { DialogPort } from './services/ports.ts';

const ARCHIVE_FILTERS = [{ name: 'Review Desk library archive', extensions: ['rdlib'] }];
// Every kind the importer reads (issue 9: .docm/.dotx/.dotm, WordPerfect … too).
const IMPORT_FILTERS = [{ name: 'Word, LibreOffice, text, Markdown, HTML', extensions: [...IMPORT_EXTENSIONS] }];

export function electronDialogs(window: () => BrowserWindow | null, locale: () => 'vi' | 'en'): DialogPort {
  const vi = () => locale() === 'vi';
  return {
    async pickImport(mode) {
      const options: Electron.OpenDialogOptions = {
        title: vi() ? 'Nhập báo cáo cũ' : 'Import past reviews',
        properties: mode === 'folder' ? ['openDirectory', 'createDirectory'] : mode === 'archive' ? ['openFile'] : ['openFile', 'multiSelections'],
        ...(mode === 'files' && { filters: IMPORT_FILTERS }),
        ...(mode === 'archive' && { filters: ARCHIVE_FILTERS }),
      };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async pickExport(defaultName, ext) {
      const options: Electron.SaveDialogOptions = {
        title: vi() ? 'Xuất tệp' : 'Export',
        defaultPath: defaultName,
        filters: [ext === 'docx' ? { name: 'Word', extensions: ['docx'] } : ext === 'rdlib' ? ARCHIVE_FILTERS[0]! : { name: 'PDF', extensions: ['pdf'] }],
      };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async confirm(message, detail) {
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        buttons: vi() ? ['Đồng ý', 'Huỷ'] : ['OK', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message,
        ...(detail !== undefined && { detail }),
      };
      const parent = window();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  };
}

/** e2e (REVIEW_DESK_E2E=1): answers queued by the test through electronApp.evaluate. */
export function testDialogs(): DialogPort {
  type Queues = { pickImport: (string[] | null)[]; pickExport: (string | null)[]; confirm: boolean[] };
  const holder = globalThis as { __rdTestDialogs?: Queues };
  // The packaged-app smoke test (scripts/smoke-packaged.ts) cannot evaluate in the main process (the
  // inspector fuse is off), so it queues its answers in the environment.
  if (!holder.__rdTestDialogs && process.env.REVIEW_DESK_E2E_DIALOGS) {
    try { holder.__rdTestDialogs = { pickImport: [], pickExport: [], confirm: [], ...(JSON.parse(process.env.REVIEW_DESK_E2E_DIALOGS) as Partial<Queues>) }; } catch { /* malformed: no answers */ }
  }
  const queues = () => holder.__rdTestDialogs;
  function next<T>(pick: (q: NonNullable<ReturnType<typeof queues>>) => T[]): T {
    const q = queues();
    if (!q || pick(q).length === 0) throw new Error('e2e: dialog opened without a queued answer');
    return pick(q).shift() as T;
  }
  return {
    pickImport: async () => next((q) => q.pickImport),
    pickExport: async () => next((q) => q.pickExport),
    confirm: async () => next((q) => q.confirm),
  };
}
