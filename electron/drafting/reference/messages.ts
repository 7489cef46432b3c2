// Bilingual reasons for reference data problems and refused edits.
import type { UserMessage } from '../../shared/errors.ts';

export const refMessages = {
  yaml: (detail: string): UserMessage => ({ vi: `Tệp không đúng cú pháp YAML: ${detail}`, en: `Not valid YAML: ${detail}` }),
  unreadable: (detail: string): UserMessage => ({ vi: `Không đọc được tệp: ${detail}`, en: `Could not read the file: ${detail}` }),
  fileShape: (): UserMessage => ({
    vi: 'Tệp phải có “kind:” (một trong members, chairs, summits, som-heads, policy-docs, ministries, glossary, dates) và danh sách “entries:”.',
    en: 'The file needs “kind:” (one of members, chairs, summits, som-heads, policy-docs, ministries, glossary, dates) and an “entries:” list.',
  }),
  duplicateKind: (kind: string, other: string): UserMessage => ({ vi: `Loại “${kind}” đã có trong tệp ${other}; tệp này bị bỏ qua.`, en: `Kind “${kind}” is already given by ${other}; this file is ignored.` }),
  duplicateKey: (key: string): UserMessage => ({ vi: `Khóa “${key}” bị lặp; mục sau bị bỏ qua.`, en: `Key “${key}” appears twice; the later entry is ignored.` }),
  field: (field: string, why: UserMessage): UserMessage => ({ vi: `Trường “${field}”: ${why.vi}`, en: `Field “${field}”: ${why.en}` }),
  required: (): UserMessage => ({ vi: 'bắt buộc phải có', en: 'is required' }),
  unknownField: (name: string): UserMessage => ({ vi: `trường “${name}” không thuộc loại dữ liệu này`, en: `“${name}” is not a field of this kind` }),
  notText: (): UserMessage => ({ vi: 'phải là một đoạn chữ không rỗng', en: 'must be non-empty text' }),
  notNumber: (): UserMessage => ({ vi: 'phải là một số nguyên', en: 'must be a whole number' }),
  notYear: (): UserMessage => ({ vi: 'phải là một năm (từ 1967 đến 2200)', en: 'must be a year (1967 to 2200)' }),
  notBoolean: (): UserMessage => ({ vi: 'phải là true/false (có/không)', en: 'must be true or false (yes/no)' }),
  notList: (): UserMessage => ({ vi: 'phải là một danh sách', en: 'must be a list' }),
  notDate: (): UserMessage => ({ vi: 'phải là ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD có thật', en: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD' }),
  notMemberCode: (): UserMessage => ({ vi: 'phải là mã hai chữ cái của một nước thành viên (VN, PH, SG…)', en: 'must be the two-letter code of a member state (VN, PH, SG…)' }),
  notMember: (code: string): UserMessage => ({ vi: `“${code}” không phải là nước thành viên ASEAN (xem danh sách members)`, en: `“${code}” is not an ASEAN member state (see the members list)` }),
  keyYear: (): UserMessage => ({ vi: 'khóa phải bằng năm (year)', en: 'the key must equal the year' }),
  keyNumber: (): UserMessage => ({ vi: 'khóa phải bằng số thứ tự Hội nghị (number)', en: 'the key must equal the Summit number' }),
  dateYear: (): UserMessage => ({ vi: 'ngày phải thuộc năm (year) của mục', en: 'the date must fall in the entry’s year' }),
  needsN: (): UserMessage => ({ vi: 'câu phải chứa {n} (số năm)', en: 'the phrase must contain {n} (the number of years)' }),
  unknownRef: (what: string, key: string): UserMessage => ({ vi: `tham chiếu tới ${what} “${key}” không tồn tại`, en: `refers to ${what} “${key}”, which does not exist` }),
  invalid: (detail: string): UserMessage => ({ vi: `không hợp lệ (${detail})`, en: `is not valid (${detail})` }),
  unknownKind: (kind: string): UserMessage => ({
    vi: `Không có loại dữ liệu “${kind}”. Các loại: members, chairs, summits, som-heads, policy-docs, ministries, glossary, dates.`,
    en: `There is no reference kind “${kind}”. Kinds: members, chairs, summits, som-heads, policy-docs, ministries, glossary, dates.`,
  }),
  readOnlyField: (field: string): UserMessage => ({ vi: `Không sửa được trường “${field}”.`, en: `The field “${field}” cannot be edited.` }),
  refused: (kind: string, key: string, field: string, why: UserMessage): UserMessage => ({
    vi: `Không lưu ${kind} ${key} ${field}: ${why.vi}.`,
    en: `Not saved ${kind} ${key} ${field}: ${why.en}.`,
  }),
  // reference data screen: whole-entry form
  exists: (key: string): UserMessage => ({ vi: `đã có mục “${key}” trong danh sách; hãy bấm “Sửa” ở mục đó`, en: `there is already an entry “${key}”; use “Edit” on it` }),
  bundledEntry: (key: string): UserMessage => ({ vi: `Mục “${key}” có trong tệp dữ liệu đi kèm ứng dụng nên không xóa được; giá trị bạn đã sửa có thể bỏ bằng nút ↺.`, en: `The entry “${key}” comes from the app's data files, so it cannot be removed; undo your own values with ↺.` }),
  noEntry: (key: string): UserMessage => ({ vi: `không còn mục “${key}” (có thể tệp dữ liệu đã thay đổi); hãy tải lại màn hình`, en: `there is no entry “${key}” any more (the data files may have changed); reload the screen` }),
  notApplied: (key: string): UserMessage => ({
    vi: `Chưa lưu mục “${key}”: mục không đọc lại được sau khi ghi, nên không có gì được lưu.`,
    en: `The entry “${key}” was not saved: it could not be read back after writing, so nothing was saved.`,
  }),
  incomplete: (missing: string[]): UserMessage => ({
    vi: `mục mới còn thiếu: ${missing.join(', ')} (điền tiếp các trường này)`,
    en: `the new entry still lacks: ${missing.join(', ')} (set these fields too)`,
  }),
};
