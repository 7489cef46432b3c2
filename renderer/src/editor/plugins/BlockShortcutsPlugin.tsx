// Ctrl+Alt+1 / 2 / 3 make the block a Mục I. / Khoản 1. / Điểm a) heading, Ctrl+Alt+0 a paragraph
// (Word's heading shortcuts). Matched on the physical key (event.code) so keyboard layouts where Alt
// changes the character still work.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { $setBlockType, BLOCK_BY_DIGIT } from '../toolbar/blockType.ts';

export function BlockShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_DOWN_COMMAND, (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || !event.altKey || event.shiftKey) return false;
    const type = BLOCK_BY_DIGIT[event.code];
    if (!type || !editor.isEditable()) return false;
    event.preventDefault();
    editor.update(() => $setBlockType(type));
    return true;
  }, COMMAND_PRIORITY_NORMAL), [editor]);
  return null;
}
