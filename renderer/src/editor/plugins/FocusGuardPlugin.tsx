// A change to the document never takes the keyboard focus into the text by itself (focusGuard.ts).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerFocusGuard } from '../focusGuard.ts';

export function FocusGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerFocusGuard(editor), [editor]);
  return null;
}
