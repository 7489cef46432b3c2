// The library archive file (.rdlib): a ZIP holding manifest.json and one tables/<name>.json per table.
// Documented in docs/archive-format.md; FORMAT_VERSION rises whenever a reader of the previous version
// could misread a new archive.
import { AppError } from '../shared/errors.ts';

export const FORMAT = 'review-desk-archive';
export const FORMAT_VERSION = 1;
export const ARCHIVE_EXT = 'rdlib';

export interface ArchiveManifest {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  /** The library's schema (PRAGMA user_version) when written. */
  schemaVersion: number;
  /** The reviews inside, for showing before import. */
  reviews: { id: string; title: string; year: number; updatedAt: string }[];
  /** Row count per table file. */
  tables: Record<string, { rows: number }>;
}

/** One table's rows: column names once, then the values row by row. */
export interface TableFile {
  columns: string[];
  rows: (string | number | null)[][];
}

/** Limits against hostile archives: a ZIP whose entries inflate past these is refused while reading. */
export const LIMITS = {
  entries: 1000,
  entryBytes: 512 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  archiveBytes: 1024 * 1024 * 1024,
} as const;

export const archiveErrors = {
  notArchive: (path: string, detail: string) => new AppError('archive-invalid', {
    vi: `"${path}" không phải tệp lưu trữ thư viện Review Desk hợp lệ (${detail}). Thư viện chưa bị thay đổi.`,
    en: `"${path}" is not a valid Review Desk library archive (${detail}). The library has not been changed.`,
  }),
  tooNew: (path: string, found: number) => new AppError('archive-too-new', {
    vi: `Tệp lưu trữ "${path}" được tạo bởi phiên bản Review Desk mới hơn (định dạng ${found}, bản này đọc được đến ${FORMAT_VERSION}). Hãy cập nhật ứng dụng; thư viện chưa bị thay đổi.`,
    en: `The archive "${path}" was made by a newer Review Desk (format ${found}; this version reads up to ${FORMAT_VERSION}). Update the app; the library has not been changed.`,
  }),
  tooLarge: (path: string) => new AppError('archive-too-large', {
    vi: `Tệp lưu trữ "${path}" giải nén ra quá lớn (có thể là tệp độc hại). Thư viện chưa bị thay đổi.`,
    en: `The archive "${path}" expands to more than is allowed (it may be hostile). The library has not been changed.`,
  }),
  unresolved: (titles: string[]) => new AppError('archive-conflicts-unresolved', {
    vi: `Còn ${titles.length} xung đột chưa chọn cách xử lý: ${titles.join('; ')}. Chưa nhập gì.`,
    en: `${titles.length} conflict(s) have no resolution chosen: ${titles.join('; ')}. Nothing was imported.`,
  }),
  noReviews: (ids: string[]) => new AppError('archive-no-such-reviews', {
    vi: `Không có báo cáo: ${ids.join(', ')}`,
    en: `No such reviews: ${ids.join(', ')}`,
  }),
};
