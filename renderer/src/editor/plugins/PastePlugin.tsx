// Paste from Word and web pages: the clipboard HTML is sanitized (paste/sanitizeHtml.ts) before Lexical
// builds nodes from it. Only a copy from this editor itself (application/x-lexical-editor whose
// namespace is ours) and a few words of plain text go through Lexical's own paste, which then only produces our node
// types. Another Lexical-based site also puts application/x-lexical-editor on the clipboard, with its own
// namespace: Lexical would ignore that JSON and import the site's HTML unsanitized, so it takes our path.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { $insertClipboardHtml } from '../paste/insertHtml.ts';
import { $insertShapedPlainText, isStructuredPlainText } from '../paste/plainText.ts';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** Whether the clipboard's Lexical JSON was copied from an editor of this namespace (ours). */
export function isOwnLexicalClipboard(editor: LexicalEditor, json: string): boolean {
  try {
    const payload = JSON.parse(json) as { namespace?: unknown; nodes?: unknown } | null;
    return payload !== null && payload.namespace === editor._config.namespace && Array.isArray(payload.nodes);
  } catch {
    return false;
  }
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(
    editor.registerCommand(PASTE_COMMAND, (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      if (!data) return false;
      if (data.types.includes(LEXICAL_MIME) && isOwnLexicalClipboard(editor, data.getData(LEXICAL_MIME))) return false;
      const html = data.getData('text/html');
      const plain = data.getData('text/plain');
      if (!html) {
        // Several lines of plain text are shaped like an imported .txt (headings, "-"/"+" lists); a few
        // words for a sentence go through Lexical's own paste (which ignores a foreign namespace's JSON).
        if (!isStructuredPlainText(plain)) return false;
        event.preventDefault();
        editor.update(() => { $insertShapedPlainText(plain); }, { tag: 'paste' });
        return true;
      }
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
