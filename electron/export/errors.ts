// Errors of writing an export: each names the path and says what was kept.
import { AppError } from '../shared/errors.ts';

const KEPT_VI = 'Bản nháp và tệp xuất trước đó (nếu có) vẫn giữ nguyên.';
const KEPT_EN = 'The draft and any earlier export are unchanged.';

export const exportErrors = {
  fileBusy: (path: string) => new AppError('export-file-busy', {
    vi: `Không ghi được ${path}: tệp đang mở trong chương trình khác (Word?) hoặc bạn không có quyền ghi vào đó. Hãy đóng tệp hoặc chọn chỗ lưu khác. ${KEPT_VI}`,
    en: `Could not write ${path}: the file is open in another program (Word?) or you lack permission to write there. Close it or choose another place. ${KEPT_EN}`,
  }),
  noPermission: (path: string) => new AppError('export-no-permission', {
    vi: `Không có quyền ghi vào thư mục của ${path}. Hãy chọn thư mục khác. ${KEPT_VI}`,
    en: `No permission to write in the folder of ${path}. Choose another folder. ${KEPT_EN}`,
  }),
  diskFull: (path: string) => new AppError('export-disk-full', {
    vi: `Ổ đĩa đã đầy, không ghi được ${path}. Hãy giải phóng dung lượng hoặc lưu sang ổ khác. ${KEPT_VI}`,
    en: `The disk is full; could not write ${path}. Free some space or save to another drive. ${KEPT_EN}`,
  }),
  missingFolder: (path: string) => new AppError('export-missing-folder', {
    vi: `Thư mục để lưu ${path} không tồn tại. Hãy chọn thư mục khác. ${KEPT_VI}`,
    en: `The folder for ${path} does not exist. Choose another folder. ${KEPT_EN}`,
  }),
  targetIsFolder: (path: string) => new AppError('export-target-is-folder', {
    vi: `${path} là một thư mục, không phải tệp. Hãy chọn tên tệp khác. ${KEPT_VI}`,
    en: `${path} is a folder, not a file. Choose another file name. ${KEPT_EN}`,
  }),
  writeFailed: (path: string, detail: string) => new AppError('export-write-failed', {
    vi: `Không ghi được ${path}: ${detail}. ${KEPT_VI}`,
    en: `Could not write ${path}: ${detail}. ${KEPT_EN}`,
  }),
  libreOfficeMissing: () => new AppError('export-pdf-no-libreoffice', {
    vi: 'Cần cài LibreOffice để xuất PDF (không tìm thấy chương trình soffice). Hãy cài LibreOffice từ libreoffice.org rồi thử lại, hoặc xuất tệp Word và in ra PDF từ Word.',
    en: 'PDF export needs LibreOffice (the soffice program was not found). Install LibreOffice from libreoffice.org and try again, or export to Word and print to PDF from Word.',
  }),
  pdfFailed: (detail: string, cause?: unknown) => new AppError('export-pdf-failed', {
    vi: `Không chuyển được sang PDF: ${detail}. ${KEPT_VI}`,
    en: `Could not convert to PDF: ${detail}. ${KEPT_EN}`,
  }, { cause }),
  /** LibreOffice was stopped after `seconds` (a document too large for it, or a LibreOffice that hangs). */
  pdfTimedOut: (seconds: number, cause: unknown) => new AppError('export-pdf-failed', {
    vi: `Không chuyển được sang PDF: LibreOffice chưa xong sau ${seconds} giây nên đã bị dừng. Hãy thử lại khi máy bớt bận, hoặc xuất tệp Word và in ra PDF từ Word. ${KEPT_VI}`,
    en: `Could not convert to PDF: LibreOffice had not finished after ${seconds} seconds and was stopped. Try again when the computer is less busy, or export to Word and print to PDF from Word. ${KEPT_EN}`,
  }, { cause }),
  /** LibreOffice ended without an error and without a PDF (a document it could not lay out). */
  pdfNoOutput: () => new AppError('export-pdf-failed', {
    vi: `Không chuyển được sang PDF: LibreOffice kết thúc mà không tạo ra tệp PDF. Hãy xuất tệp Word và in ra PDF từ Word. ${KEPT_VI}`,
    en: `Could not convert to PDF: LibreOffice finished without writing a PDF. Export to Word and print to PDF from Word. ${KEPT_EN}`,
  }),
  /** LibreOffice died (a signal, its crash report) twice in a row: its output is for the log, not the user. */
  pdfCrashed: (cause: unknown) => new AppError('export-pdf-failed', {
    vi: `Không chuyển được sang PDF: LibreOffice dừng đột ngột hai lần liên tiếp. Hãy thử lại; nếu vẫn lỗi, hãy mở LibreOffice một lần (hoặc cài lại) rồi xuất lại, hoặc xuất tệp Word và in ra PDF từ Word. ${KEPT_VI}`,
    en: `Could not convert to PDF: LibreOffice stopped unexpectedly twice in a row. Try again; if it keeps failing, open LibreOffice once (or reinstall it) and export again, or export to Word and print to PDF from Word. ${KEPT_EN}`,
  }, { cause }),
  badExtension: (path: string, ext: string) => new AppError('export-bad-extension', {
    vi: `Tên tệp ${path} cần có phần mở rộng .${ext}.`,
    en: `The file name ${path} must end in .${ext}.`,
  }),
} as const;
