// Commands of the native menu, delivered to the renderer (the same actions as its own buttons).
export const MENU_COMMANDS = ['new-review', 'import-files', 'import-folder', 'library', 'trash', 'search', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
