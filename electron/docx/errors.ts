// The exporter's user-facing errors (bilingual, like shared/errors.ts).
import { AppError } from '../shared/errors.ts';

export const docxErrors = {
  unknownNode: (type: string) => new AppError('export-unknown-node', {
    vi: `Không xuất được tệp Word: tài liệu có một phần tử loại “${type}” mà trình xuất chưa hỗ trợ. Tệp chưa được tạo.`,
    en: `Could not export to Word: the document holds an element of type “${type}” that the exporter does not support. No file was written.`,
  }),
  tableTooWide: (columns: number) => new AppError('export-table-too-wide', {
    vi: `Không xuất được tệp Word: một bảng có ${columns} cột, vượt quá 63 cột Word cho phép. Hãy gộp hoặc xoá bớt cột rồi xuất lại. Tệp chưa được tạo.`,
    en: `Could not export to Word: a table has ${columns} columns, more than the 63 Word allows. Merge or remove columns and export again. No file was written.`,
  }),
  badDate: (value: string) => new AppError('export-bad-date', {
    vi: `Ngày ký “${value}” không hợp lệ (cần dạng NNNN-TT-NN).`,
    en: `The signing date “${value}” is not valid (expected YYYY-MM-DD).`,
  }),
  // reuse (issue 11)
  pendingMarks: () => new AppError('export-pending-marks', {
    vi: 'Văn bản còn thay đổi tự động chưa duyệt. Hãy chấp nhận tất cả, hoặc xuất chúng thành thay đổi theo dõi (Track Changes) của Word. Tệp chưa được tạo.',
    en: 'The text still has automatic changes waiting for review. Accept them all, or export them as Word tracked changes. No file was written.',
  }),
} as const;
