// A line under the editor, shown while the text has the focus: how to leave it by keyboard (Tab
// indents and moves between table cells there, so Tab alone does not leave). The editor's own
// handling of Esc-then-Tab lives in the editor; this only says it, and aria-describedby ties the
// words to the text box so screen readers say it too.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/index.tsx';

export const EDITOR_EXIT_HINT_ID = 'editor-exit-hint';

export function EditorExitHint() {
  const t = useT();
  const [inEditor, setInEditor] = useState(false);
  useEffect(() => {
    const update = () => {
      const editor = document.activeElement?.closest('[data-testid="editor"]');
      // Screen readers read the hint with the text box (the editor is re-created per loaded version).
      if (editor && !editor.hasAttribute('aria-describedby')) editor.setAttribute('aria-describedby', EDITOR_EXIT_HINT_ID);
      setInEditor(editor != null);
    };
    const later = () => queueMicrotask(update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', later);
    update();
    return () => {
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', later);
    };
  }, []);
  return (
    <p className="editor-exit-hint" id={EDITOR_EXIT_HINT_ID} data-testid="editor-exit-hint" data-shown={inEditor ? 'true' : 'false'}
      style={{ visibility: inEditor ? 'visible' : 'hidden' }}>
      {t('a11y.editorExit')}
    </p>
  );
}
