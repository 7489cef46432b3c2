// Lexical's normalization of the root's children runs only when the root changed (rootNormalization.ts):
// on a long review it walked all 3,000 blocks on every keystroke.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerRootNormalizationWhenChanged } from '../rootNormalization.ts';

export function RootNormalizationPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerRootNormalizationWhenChanged(editor), [editor]);
  return null;
}
