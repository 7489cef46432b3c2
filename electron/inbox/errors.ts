// What the contributions workflow (issue 14) can refuse, in both UI languages. Nothing is written
// when one of these is thrown: the library and the draft stay as they were.
import { AppError } from '../shared/errors.ts';

export const inboxErrors = {
  unknownMinistry: (value: string) => new AppError('inbox-unknown-ministry', {
    vi: `Không nhận ra bộ, ngành “${value}”. Hãy dùng tên hiện nay (ví dụ “Bộ Công Thương”) hoặc mã trong dữ liệu tham chiếu (ví dụ moit).`,
    en: `“${value}” is not a ministry the app knows. Use its current name (e.g. “Bộ Công Thương”) or its reference key (e.g. moit).`,
  }),
  notDetected: (file: string) => new AppError('inbox-ministry-not-detected', {
    vi: `${file}: không xác định được bộ, ngành gửi tệp (không có tên cơ quan ở đầu văn bản, ký hiệu số hay tên tệp). Hãy chọn bộ, ngành gửi (CLI: --from).`,
    en: `${file}: could not tell which ministry sent it (no agency in its header, number symbol or file name). Choose the sending ministry (CLI: --from).`,
  }),
  contributionNotFound: (id: string) => new AppError('inbox-contribution-not-found', {
    vi: `Không tìm thấy đóng góp (mã ${id}). Có thể nó đã bị gỡ khỏi báo cáo.`,
    en: `Could not find the contribution (id ${id}). It may have been removed from the review.`,
  }),
  badDate: (value: string) => new AppError('inbox-bad-date', {
    vi: `Ngày “${value}” không hợp lệ; hãy nhập theo dạng năm-tháng-ngày (ví dụ 2026-11-20).`,
    en: `“${value}” is not a valid date; use year-month-day (e.g. 2026-11-20).`,
  }),
  noneLate: () => new AppError('inbox-none-late', {
    vi: 'Không có bộ, ngành nào chậm gửi: mọi nơi đã được đề nghị đều đã gửi, hoặc chưa đến hạn. Thư nhắc không được tạo.',
    en: 'No contributor is late: everyone asked has sent theirs, or the deadline has not passed. No reminder was made.',
  }),
  noContributors: () => new AppError('inbox-no-contributors', {
    vi: 'Danh sách bộ, ngành đóng góp đang trống. Hãy thêm ít nhất một nơi nhận trước khi tạo công văn.',
    en: 'The contributors list is empty. Add at least one recipient before making the letter.',
  }),
  badExtension: (path: string) => new AppError('inbox-bad-extension', {
    vi: `Công văn được lưu dạng Word: tên tệp phải kết thúc bằng .docx (${path}).`,
    en: `The letter is saved as Word: the file name must end in .docx (${path}).`,
  }),
  returnNotDocx: (file: string) => new AppError('inbox-return-not-docx', {
    vi: `${file}: góp ý phải là tệp Word (.docx) có ghi chú và theo dõi thay đổi. Hãy mở tệp bằng Word và lưu lại dạng .docx.`,
    en: `${file}: a commented return must be a Word file (.docx) with comments and tracked changes. Open it in Word and save it as .docx.`,
  }),
  templateMissing: (path: string, detail: string) => new AppError('inbox-template-missing', {
    vi: `Không đọc được mẫu công văn ${path}. Hãy cài lại ứng dụng.`,
    en: `Could not read the letter template ${path}. Reinstall the app.`,
    detail,
  }),
};
