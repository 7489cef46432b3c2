// Applies shieldFromReactSelectionWalk (see reactSelectionShield.ts) to the editor's root element for as
// long as it is the root.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { shieldFromReactSelectionWalk } from '../reactSelectionShield.ts';

export function SelectionShieldPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let unshield: (() => void) | null = null;
    const unregister = editor.registerRootListener((root) => {
      unshield?.();
      unshield = root ? shieldFromReactSelectionWalk(root) : null;
    });
    return () => {
      unregister();
      unshield?.();
    };
  }, [editor]);
  return null;
}
