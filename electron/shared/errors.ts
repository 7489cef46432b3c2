// Every error a user can meet: a code, and a message in both UI languages.
// Services throw AppError; the IPC edge and the CLI show message[locale].
export interface UserMessage {
  vi: string;
  en: string;
  /** Technical detail for a details line (a reader's own words, often English); not translated. */
  detail?: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly userMessage: UserMessage;
  constructor(code: string, userMessage: UserMessage, options?: { cause?: unknown }) {
    super(userMessage.en, options);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
  }
}

export interface SerializedError {
  code: string;
  message: UserMessage;
}

export const errors = {
  notFound: (what: string) => new AppError('not-found', {
    vi: `Không tìm thấy ${what}.`,
    en: `Could not find ${what}.`,
  }),
  reviewNotFound: (id: string) => new AppError('review-not-found', {
    vi: `Không tìm thấy báo cáo (mã ${id}). Có thể nó đã bị xoá vĩnh viễn.`,
    en: `Could not find the review (id ${id}). It may have been deleted permanently.`,
  }),
  invalidArgument: (detail: string) => new AppError('invalid-argument', {
    vi: `Dữ liệu gửi đi không hợp lệ: ${detail}`,
    en: `Invalid request: ${detail}`,
  }),
  dbTooNew: (found: number, supported: number) => new AppError('db-too-new', {
    vi: `Thư viện được tạo bởi phiên bản Review Desk mới hơn (lược đồ ${found}, bản này hỗ trợ đến ${supported}). Hãy cập nhật ứng dụng; dữ liệu chưa bị thay đổi.`,
    en: `The library was written by a newer Review Desk (schema ${found}; this version supports up to ${supported}). Update the app; your data has not been touched.`,
  }),
  dbUnreadable: (path: string, detail: string) => new AppError('db-unreadable', {
    vi: `Không mở được thư viện tại ${path}: ${detail}`,
    en: `Could not open the library at ${path}: ${detail}`,
  }),
  staleSave: () => new AppError('stale-save', {
    vi: 'Báo cáo đã được sửa ở nơi khác sau lần tải gần nhất. Bản của bạn chưa được lưu đè; hãy tải lại báo cáo.',
    en: 'The review was changed elsewhere since it was loaded. Your copy did not overwrite it; reload the review.',
  }),
  inTrash: (title: string) => new AppError('in-trash', {
    vi: `Báo cáo “${title}” đang ở thùng rác. Hãy khôi phục trước khi sửa.`,
    en: `The review “${title}” is in the trash. Restore it before editing.`,
  }),
  internal: (detail: string) => new AppError('internal', {
    vi: `Đã xảy ra lỗi không mong muốn: ${detail}. Dữ liệu của bạn không bị thay đổi.`,
    en: `Something unexpected went wrong: ${detail}. Your data was not changed.`,
  }),
} as const;

// ship (issue 13): what SQLite says when the disk is full, the data folder read-only, or the file damaged,
// in words a user can act on (the write was rolled back: what was saved before is intact).
export const storageErrors = {
  diskFull: () => new AppError('disk-full', {
    vi: 'Ổ đĩa chứa thư viện đã đầy nên thay đổi vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi thử lại.',
    en: 'The disk holding the library is full, so the last change was not saved. Everything saved before is intact. Free some space and try again.',
  }),
  readOnly: () => new AppError('library-read-only', {
    vi: 'Thư mục thư viện chỉ cho phép đọc nên thay đổi chưa được lưu. Những gì đã lưu vẫn nguyên vẹn. Hãy kiểm tra quyền ghi của thư mục dữ liệu.',
    en: 'The library folder is read-only, so the change was not saved. Everything saved is intact. Check the data folder’s write permission.',
  }),
  damaged: (detail: string) => new AppError('library-damaged', {
    vi: `Tệp thư viện bị hỏng (${detail}). Hãy khởi động lại ứng dụng để khôi phục từ bản sao lưu gần nhất; tệp hỏng sẽ được giữ lại, không bị ghi đè.`,
    en: `The library file is damaged (${detail}). Restart the app to restore the newest backup; the damaged file is kept, never overwritten.`,
  }),
};

/** SQLite's primary result code (node:sqlite puts it on errcode) mapped to a user message, or null. */
export function storageError(error: unknown): AppError | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  const primary = typeof code === 'number' ? code & 0xff : null;
  const message = error instanceof Error ? error.message : '';
  if (primary === 13 || /database or disk is full|ENOSPC/.test(message)) return storageErrors.diskFull(); // SQLITE_FULL
  if (primary === 8 || /attempt to write a readonly database|EROFS/.test(message)) return storageErrors.readOnly(); // SQLITE_READONLY
  if (primary === 11 || primary === 26) return storageErrors.damaged(message); // SQLITE_CORRUPT, SQLITE_NOTADB
  return null;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) return { code: error.code, message: error.userMessage };
  const storage = storageError(error);
  if (storage) return { code: storage.code, message: storage.userMessage };
  const detail = error instanceof Error ? error.message : String(error);
  const internal = errors.internal(detail);
  return { code: internal.code, message: internal.userMessage };
}
