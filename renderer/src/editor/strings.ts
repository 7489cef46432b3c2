// Toolbar and editor strings, Vietnamese first. The shell has its own locale files; the editor
// receives `locale` and looks its strings up here.
export type EditorLocale = 'vi' | 'en';
type Text = Record<EditorLocale, string>;

export const strings = {
  toolbar: { vi: 'Thanh công cụ soạn thảo', en: 'Editor toolbar' },
  blockType: { vi: 'Kiểu đoạn', en: 'Block type' },
  paragraph: { vi: 'Đoạn văn', en: 'Paragraph' },
  h1: { vi: 'Mục I.', en: 'Section I.' },
  h2: { vi: 'Khoản 1.', en: 'Subsection 1.' },
  h3: { vi: 'Điểm a)', en: 'Point a)' },
  bold: { vi: 'Đậm', en: 'Bold' },
  italic: { vi: 'Nghiêng', en: 'Italic' },
  underline: { vi: 'Gạch chân', en: 'Underline' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
  bulletList: { vi: 'Danh sách gạch đầu dòng', en: 'Bulleted list' },
  numberList: { vi: 'Danh sách đánh số', en: 'Numbered list' },
  indent: { vi: 'Lùi vào (Tab)', en: 'Indent (Tab)' },
  outdent: { vi: 'Lùi ra (Shift+Tab)', en: 'Outdent (Shift+Tab)' },
  insertTable: { vi: 'Chèn bảng', en: 'Insert table' },
  rows: { vi: 'Số hàng', en: 'Rows' },
  columns: { vi: 'Số cột', en: 'Columns' },
  insert: { vi: 'Chèn', en: 'Insert' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  table: { vi: 'Bảng', en: 'Table' },
  rowAbove: { vi: 'Thêm hàng trên', en: 'Insert row above' },
  rowBelow: { vi: 'Thêm hàng dưới', en: 'Insert row below' },
  colLeft: { vi: 'Thêm cột trái', en: 'Insert column left' },
  colRight: { vi: 'Thêm cột phải', en: 'Insert column right' },
  deleteRow: { vi: 'Xóa hàng', en: 'Delete row' },
  deleteColumn: { vi: 'Xóa cột', en: 'Delete column' },
  deleteTable: { vi: 'Xóa bảng', en: 'Delete table' },
  mergeCells: { vi: 'Gộp ô', en: 'Merge cells' },
  unmergeCells: { vi: 'Tách ô', en: 'Unmerge cells' },
  editorLabel: { vi: 'Nội dung báo cáo', en: 'Report content' },
  unreadable: {
    vi: 'Không đọc được nội dung báo cáo này (có thành phần mà trình soạn thảo không hỗ trợ). Nội dung được giữ nguyên, không bị ghi đè; hãy khôi phục một phiên bản trước trong Lịch sử.',
    en: 'This review\'s content cannot be read (it holds parts the editor does not support). It is kept as it is and not overwritten; restore an earlier version from History.',
  },
  placeholder: { vi: 'Bắt đầu soạn báo cáo…', en: 'Start writing the report…' },
  // ── import (issue 8 item 11) ──
  photoCaption: { vi: 'Chú thích ảnh', en: 'Photo caption' },
} satisfies Record<string, Text>;

export type StringKey = keyof typeof strings;

export function t(locale: EditorLocale, key: StringKey): string {
  return strings[key][locale];
}

/** "Ctrl+B" or "⌘B": shortcut hints for titles, by platform. */
export function shortcut(keys: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? keys.replace('Ctrl+', '⌘').replace('Shift+', '⇧') : keys;
}
