// Class names Lexical puts on the DOM it renders; the look lives in editor.css.
import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'rd-p',
  heading: { h1: 'rd-h1', h2: 'rd-h2', h3: 'rd-h3' },
  text: { bold: 'rd-bold', italic: 'rd-italic', underline: 'rd-underline' },
  list: {
    ul: 'rd-ul',
    ol: 'rd-ol',
    // House style: "-" at level 1, "+" at level 2 (and "-" again below), set by depth in editor.css.
    ulDepth: ['rd-ul-1', 'rd-ul-2', 'rd-ul-3', 'rd-ul-4', 'rd-ul-5'],
    olDepth: ['rd-ol-1', 'rd-ol-2', 'rd-ol-3', 'rd-ol-4', 'rd-ol-5'],
    listitem: 'rd-li',
    nested: { listitem: 'rd-li-nested' },
  },
  table: 'rd-table',
  tableRow: 'rd-tr',
  tableCell: 'rd-td',
  tableCellHeader: 'rd-th',
  tableSelection: 'rd-table-selection',
  tableCellSelected: 'rd-td-selected',
  tableScrollableWrapper: 'rd-table-scroll',
};
