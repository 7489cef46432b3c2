// Ctrl/Cmd+S in the editor: flush the pending change to onChange, then ask the shell to save now.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { FLUSH_CHANGES_COMMAND } from './ChangePlugin.tsx';

export function SaveShortcutPlugin({ onSaveRequest }: { onSaveRequest(): void }): null {
  const [editor] = useLexicalComposerContext();
  const onSaveRef = useRef(onSaveRequest);
  useEffect(() => {
    onSaveRef.current = onSaveRequest;
  });
  useEffect(() => mergeRegister(
    editor.registerCommand(KEY_DOWN_COMMAND, (event) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.shiftKey) return false;
      if (event.code !== 'KeyS' && event.key.toLowerCase() !== 's') return false;
      event.preventDefault();
      editor.dispatchCommand(FLUSH_CHANGES_COMMAND, undefined);
      onSaveRef.current();
      return true;
    }, COMMAND_PRIORITY_HIGH),
  ), [editor]);
  return null;
}
