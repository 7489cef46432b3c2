// Editor-level commands shared by plugins and the toolbar.
import { createCommand, type LexicalCommand } from 'lexical';

/** The toolbar's panels: find, find and replace, the shortcuts help. */
export type EditorPanel = 'find' | 'replace' | 'help';

/** Opens one of the toolbar's panels (Ctrl+F, Ctrl+H, Ctrl+/). */
export const OPEN_EDITOR_PANEL_COMMAND: LexicalCommand<EditorPanel> = createCommand('RD_OPEN_EDITOR_PANEL');
