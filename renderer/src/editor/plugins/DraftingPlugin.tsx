// drafting (issue 10). Hands the editor to the screen (fields and check panels) and registers the
// checklist's view. Returns null like every plugin.
import { useEffect } from 'react';
import type { LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import '../nodes/CarryChecklistView.tsx';
import '../../features/drafting/drafting.css';

export function DraftingPlugin(props: { onEditor?: (editor: LexicalEditor | null) => void }): null {
  const [editor] = useLexicalComposerContext();
  const { onEditor } = props;
  useEffect(() => {
    if (!onEditor) return;
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  return null;
}
