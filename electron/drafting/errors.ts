// Drafting errors a user can meet, in both languages.
import { AppError, type UserMessage } from '../shared/errors.ts';

export const draftingErrors = {
  templateNotFound: (name: string) => new AppError('template-not-found', {
    vi: `Không có mẫu “${name}”. Xem danh sách mẫu bằng lệnh “templates”.`,
    en: `There is no template “${name}”. List them with the “templates” command.`,
  }),
  templateBroken: (file: string, line: number | null, reason: UserMessage) => new AppError('template-broken', {
    vi: `Mẫu ${file}${line === null ? '' : ` (dòng ${line})`} có lỗi: ${reason.vi}`,
    en: `The template ${file}${line === null ? '' : ` (line ${line})`} has an error: ${reason.en}`,
  }),
  noTemplateFor: (kind: string, lang: string) => new AppError('no-template', {
    vi: `Chưa có mẫu cho loại “${kind}” bằng ngôn ngữ “${lang}”. Hãy chọn một mẫu khác hoặc lưu một báo cáo làm mẫu.`,
    en: `There is no template for kind “${kind}” in “${lang}”. Pick another template or save a review as a template.`,
  }),
  badYear: (value: string) => new AppError('bad-year', {
    vi: `“${value}” không phải là một năm hợp lệ (1967–2200).`,
    en: `“${value}” is not a valid year (1967–2200).`,
  }),
  buildOnTrashed: (title: string) => new AppError('build-on-trashed', {
    vi: `Báo cáo “${title}” đang ở thùng rác; hãy khôi phục nó trước khi dựa vào nó.`,
    en: `The review “${title}” is in the trash; restore it before building on it.`,
  }),
  templateBundled: (name: string) => new AppError('template-bundled', {
    vi: `Mẫu “${name}” đi kèm ứng dụng nên không đổi tên hay xóa được. Muốn có bản riêng: tạo một báo cáo từ mẫu rồi “Lưu làm mẫu”.`,
    en: `“${name}” comes with the app, so it cannot be renamed or deleted. For your own copy, create a review from it and use “Save as template”.`,
  }),
  templateFile: (file: string, error: unknown) => new AppError('template-file', {
    vi: `Không ghi được tệp mẫu ${file}: ${String(error)}. Mẫu vẫn như cũ.`,
    en: `Could not write the template file ${file}: ${String(error)}. The template is as it was.`,
  }),
  templateNameEmpty: () => new AppError('template-name', {
    vi: 'Hãy đặt tên cho mẫu.',
    en: 'Give the template a name.',
  }),
};
