// Ctrl+F (find), Ctrl+H (find and replace) and Ctrl+/ (shortcuts help) in the text open the toolbar's panels.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { OPEN_EDITOR_PANEL_COMMAND, type EditorPanel } from '../commands.ts';

const BY_CODE: Record<string, EditorPanel> = { KeyF: 'find', KeyH: 'replace', Slash: 'help' };

export function PanelShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_DOWN_COMMAND, (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
    const panel = BY_CODE[event.code];
    if (!panel) return false;
    event.preventDefault();
    return editor.dispatchCommand(OPEN_EDITOR_PANEL_COMMAND, panel);
  }, COMMAND_PRIORITY_NORMAL), [editor]);
  return null;
}
