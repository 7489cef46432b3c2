// Commands of the native menu, delivered to the renderer (the same actions as its own buttons).
export const MENU_COMMANDS = ['new-review', 'import-files', 'import-folder', 'library', 'trash', 'search', 'about',
  // ship (issue 13): a .rdlib opened from the OS (file association) is waiting: api.archive.takeOpened
  'open-archive', 'backups'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
