// User-facing errors of search and sections (style of shared/errors.ts).
import { AppError } from '../../shared/errors.ts';

export function sectionNotFound(ordinal: number): AppError {
  return new AppError('section-not-found', {
    vi: `Không tìm thấy mục số ${ordinal + 1} của báo cáo. Danh sách mục có thể đã thay đổi; hãy tải lại.`,
    en: `Section ${ordinal + 1} of the review was not found. The sections may have changed; reload them.`,
  });
}

export function invalidYear(value: string): AppError {
  return new AppError('invalid-argument', {
    vi: `Năm không hợp lệ: “${value}”. Dùng một năm (2023) hoặc một khoảng (2016-2025).`,
    en: `Invalid year: “${value}”. Use a year (2023) or a range (2016-2025).`,
  });
}
