// Document symbols keep their letters in headings shown in capitals (capsSymbols.ts).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerCapsSymbols } from '../capsSymbols.ts';

export function CapsSymbolsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerCapsSymbols(editor), [editor]);
  return null;
}
