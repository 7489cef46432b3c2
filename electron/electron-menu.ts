// The native menu, in the UI language. Commands go to the renderer as 'rd:menu' messages; the renderer
// does what its own buttons do (renderer/src/app/useMenuCommands.ts).
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './shared/menu.ts';

const LABELS = {
  vi: {
    file: 'Tệp', newReview: 'Báo cáo mới…', importFiles: 'Nhập tài liệu…', importFolder: 'Nhập thư mục…',
    library: 'Thư viện', trash: 'Thùng rác', search: 'Tìm kiếm…', edit: 'Sửa', view: 'Xem', window: 'Cửa sổ',
    help: 'Trợ giúp', about: 'Giới thiệu Review Desk', quit: 'Thoát',
  },
  en: {
    file: 'File', newReview: 'New review…', importFiles: 'Import files…', importFolder: 'Import folder…',
    library: 'Library', trash: 'Trash', search: 'Search…', edit: 'Edit', view: 'View', window: 'Window',
    help: 'Help', about: 'About Review Desk', quit: 'Quit',
  },
} as const;

/** The View menu: in a packaged build only zoom and full screen (no reload, no DevTools: a reload can
 *  drop typing not yet saved, and DevTools give any page script a console). */
export function viewMenu(label: string, packaged: boolean): MenuItemConstructorOptions {
  if (!packaged) return { role: 'viewMenu', label };
  return {
    label,
    submenu: [
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function buildMenu(window: () => BrowserWindow | null, locale: 'vi' | 'en', packaged = false): void {
  const t = LABELS[locale];
  const send = (command: MenuCommand) => () => window()?.webContents.send('rd:menu', command);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        { label: t.newReview, accelerator: 'CmdOrCtrl+N', click: send('new-review') },
        { type: 'separator' },
        { label: t.importFiles, accelerator: 'CmdOrCtrl+O', click: send('import-files') },
        { label: t.importFolder, accelerator: 'CmdOrCtrl+Shift+O', click: send('import-folder') },
        { type: 'separator' },
        { label: t.library, accelerator: 'CmdOrCtrl+L', click: send('library') },
        { label: t.trash, click: send('trash') },
        { label: t.search, accelerator: 'CmdOrCtrl+Shift+F', click: send('search') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit', label: t.quit },
      ],
    },
    { role: 'editMenu', label: t.edit },
    viewMenu(t.view, packaged),
    { role: 'windowMenu', label: t.window },
    { role: 'help', label: t.help, submenu: [{ label: t.about, click: send('about') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
