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
  close: { vi: 'Đóng', en: 'Close' },
  find: { vi: 'Tìm trong văn bản', en: 'Find in document' },
  findReplace: { vi: 'Tìm và thay thế', en: 'Find and replace' },
  findLabel: { vi: 'Tìm', en: 'Find' },
  replaceLabel: { vi: 'Thay bằng', en: 'Replace with' },
  matchCase: { vi: 'Phân biệt hoa/thường', en: 'Match case' },
  wholeWord: { vi: 'Cả từ', en: 'Whole word' },
  ignoreTones: { vi: 'Bỏ qua dấu', en: 'Ignore tone marks' },
  findNext: { vi: 'Kết quả sau', en: 'Next match' },
  findPrevious: { vi: 'Kết quả trước', en: 'Previous match' },
  replaceOne: { vi: 'Thay', en: 'Replace' },
  replaceAll: { vi: 'Thay tất cả', en: 'Replace all' },
  noMatches: { vi: 'Không tìm thấy', en: 'No matches' },
  findWithoutTones: { vi: 'Bỏ qua dấu để tìm thấy {n} chỗ', en: 'Ignore tone marks to find {n}' },
  matchCount: { vi: '{current}/{total}', en: '{current} of {total}' },
  replacedCount: { vi: 'Đã thay {n} chỗ', en: 'Replaced {n}' },
  showReplace: { vi: 'Hiện/ẩn ô thay thế', en: 'Show/hide replace' },
  shortcuts: { vi: 'Phím tắt', en: 'Keyboard shortcuts' },
  helpMarks: { vi: 'Đậm, nghiêng, gạch chân', en: 'Bold, italic, underline' },
  helpUndo: { vi: 'Hoàn tác, làm lại', en: 'Undo, redo' },
  helpBlocks: { vi: 'Mục I., Khoản 1., Điểm a), đoạn văn', en: 'Section I., subsection 1., point a), paragraph' },
  helpTab: { vi: 'Lùi vào / lùi ra đoạn hoặc mục danh sách; trong bảng: sang ô sau / ô trước (ô cuối: thêm hàng)', en: 'Indent / outdent the paragraph or list item; in a table: next / previous cell (last cell: new row)' },
  helpLeave: { vi: 'Rời vùng soạn thảo bằng bàn phím (Esc rồi Tab, hoặc Ctrl+Tab; thêm Shift để lùi lại)', en: 'Leave the document by keyboard (Esc then Tab, or Ctrl+Tab; add Shift to go back)' },
  helpEdges: { vi: 'Về đầu / cuối văn bản (thêm Shift để chọn)', en: 'Start / end of the document (add Shift to select)' },
  helpFind: { vi: 'Tìm / tìm và thay thế trong văn bản', en: 'Find / find and replace in the document' },
  helpFindNext: { vi: 'Kết quả sau / trước', en: 'Next / previous match' },
  helpSave: { vi: 'Lưu ngay (tạo một phiên bản)', en: 'Save now (makes a version)' },
  helpShortcuts: { vi: 'Bảng phím tắt này', en: 'This list of shortcuts' },
  // ── import (issue 8 item 11) ──
  photoCaption: { vi: 'Chú thích ảnh', en: 'Photo caption' },
  // ── drafting (issue 10): the Insert field menu ──
  insertField: { vi: 'Chèn trường', en: 'Insert field' },
  fieldsInDraft: { vi: 'Trường trong bản này', en: 'Fields in this draft' },
  otherFields: { vi: 'Trường khác (chèn trống, điền ở bảng Trường)', en: 'Other fields (inserted empty, fill them in the Fields panel)' },
  fieldEmpty: { vi: 'trống', en: 'empty' },
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
