// Errors a user can meet in the translation memory, in both UI languages.
import { AppError } from '../shared/errors.ts';

export const tmErrors = {
  inTrash: (title: string) => new AppError('tm-in-trash', {
    vi: `Báo cáo “${title}” đang ở thùng rác. Hãy khôi phục trước.`,
    en: `The review “${title}” is in the trash. Restore it first.`,
  }),
  sameLanguage: (lang: string) => new AppError('tm-same-language', {
    vi: `Báo cáo này đã là bản ${lang === 'en' ? 'tiếng Anh' : 'tiếng Việt'}.`,
    en: `This review is already in ${lang === 'en' ? 'English' : 'Vietnamese'}.`,
  }),
  sameLanguageLink: (a: string, b: string) => new AppError('tm-link-same-language', {
    vi: `Không thể liên kết “${a}” và “${b}” làm bản dịch: hai báo cáo cùng một ngôn ngữ.`,
    en: `“${a}” and “${b}” cannot be linked as translations: they are in the same language.`,
  }),
  linkSelf: () => new AppError('tm-link-self', {
    vi: 'Không thể liên kết một báo cáo với chính nó.',
    en: 'A review cannot be linked with itself.',
  }),
  notLinked: (title: string) => new AppError('tm-not-linked', {
    vi: `“${title}” chưa được liên kết với bản dịch nào.`,
    en: `“${title}” is not linked with a translation.`,
  }),
  badCorrection: () => new AppError('tm-bad-correction', {
    vi: 'Chọn một hoặc hai câu liền nhau ở mỗi bên (có thể để trống một bên).',
    en: 'Choose one or two consecutive sentences on each side (one side may be empty).',
  }),
  noSegment: () => new AppError('tm-no-segment', {
    vi: 'Câu này không thuộc bản dịch được tạo từ bộ nhớ dịch.',
    en: 'This sentence is not part of a version made from the translation memory.',
  }),
} as const;
