// Paste from Word and web pages: the clipboard HTML is sanitized (paste/sanitizeHtml.ts) before Lexical
// builds nodes from it. Copies from this editor itself (application/x-lexical-editor) and plain text go
// through Lexical's own paste, which only produces our node types.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { $insertClipboardHtml } from '../paste/insertHtml.ts';

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(
    editor.registerCommand(PASTE_COMMAND, (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      if (!data) return false;
      if (data.types.includes('application/x-lexical-editor')) return false;
      const html = data.getData('text/html');
      if (!html) return false;
      const plain = data.getData('text/plain');
      event.preventDefault();
      editor.update(() => {
        const selection = $getSelection();
        if (!selection) return;
        const inserted = $insertClipboardHtml(editor, html, selection, new DOMParser());
        // Nothing usable in the HTML (an image only, say): fall back to the plain text, if any.
        if (!inserted && plain && $isRangeSelection(selection)) selection.insertRawText(plain);
      }, { tag: 'paste' });
      return true;
    }, COMMAND_PRIORITY_HIGH),
  ), [editor]);
  return null;
}
