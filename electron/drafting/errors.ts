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
  templateNameEmpty: () => new AppError('template-name', {
    vi: 'Hãy đặt tên cho mẫu.',
    en: 'Give the template a name.',
  }),
};
