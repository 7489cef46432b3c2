// Import failures, each naming the file and the reason in both UI languages.
// Factories follow electron/shared/errors.ts; codes are stable for tests and the renderer.
import { AppError } from '../../shared/errors.ts';

const MB = 1024 * 1024;

function importError(code: string, file: string, vi: string, en: string): AppError {
  return new AppError(code, { vi: `${file}: ${vi}`, en: `${file}: ${en}` });
}

export const importErrors = {
  empty: (file: string) => importError('import-empty', file,
    'Tệp rỗng (0 byte), không có gì để nhập.',
    'The file is empty (0 bytes); there is nothing to import.'),
  tooLarge: (file: string, bytes: number, limit: number) => importError('import-too-large', file,
    `Tệp quá lớn (${Math.round(bytes / MB)} MB; giới hạn ${Math.round(limit / MB)} MB). Hãy tách tệp hoặc lưu lại không kèm hình ảnh.`,
    `The file is too large (${Math.round(bytes / MB)} MB; the limit is ${Math.round(limit / MB)} MB). Split it or save it without images.`),
  unsupported: (file: string) => importError('import-unsupported', file,
    'Định dạng không được hỗ trợ. Nhập được .docx, .txt, .md, .html, và .doc, .rtf, .odt (khi máy có LibreOffice).',
    'Unsupported format. Reviews can be imported from .docx, .txt, .md, .html, and .doc, .rtf, .odt (with LibreOffice installed).'),
  notWhatItSays: (file: string, found: { vi: string; en: string }) => importError('import-wrong-type', file,
    `Nội dung tệp không khớp phần mở rộng: thực chất đây là ${found.vi}. Có thể tệp đã bị đổi tên; hãy mở bằng chương trình phù hợp và lưu lại dạng .docx, .txt, .md hoặc .html.`,
    `The content does not match the extension: this is really ${found.en}. The file may have been renamed; open it in the right program and save it as .docx, .txt, .md or .html.`),
  encrypted: (file: string) => importError('import-encrypted', file,
    'Tệp Word được bảo vệ bằng mật khẩu (hoặc là tệp .doc cũ). Hãy mở bằng Word, bỏ mật khẩu và lưu lại dạng .docx.',
    'The Word file is password-protected (or an old .doc file). Open it in Word, remove the password and save it as .docx.'),
  needsLibreOffice: (file: string, format: string) => importError('import-needs-libreoffice', file,
    `Tệp .${format} cần LibreOffice để chuyển đổi, nhưng máy chưa cài LibreOffice. Hãy cài LibreOffice (libreoffice.org) rồi nhập lại, hoặc mở tệp bằng Word và lưu thành .docx.`,
    `A .${format} file needs LibreOffice to be converted, and LibreOffice is not installed. Install it (libreoffice.org) and import again, or open the file in Word and save it as .docx.`),
  conversionFailed: (file: string, detail: string) => importError('import-conversion-failed', file,
    `LibreOffice không chuyển đổi được tệp (có thể tệp được đặt mật khẩu hoặc bị hỏng). Hãy mở bằng Word và lưu lại dạng .docx. (Chi tiết kỹ thuật: ${detail})`,
    `LibreOffice could not convert the file (it may be password-protected or damaged). Open it in Word and save it as .docx. (Technical detail: ${detail})`),
  truncated: (file: string, detail: string) => importError('import-corrupt', file,
    `Tệp .docx bị hỏng hoặc không đầy đủ. Hãy mở và lưu lại bằng Word. (Chi tiết kỹ thuật: ${detail})`,
    `The .docx file is damaged or incomplete. Open it in Word and save it again. (Technical detail: ${detail})`),
  zipBomb: (file: string, detail: string) => importError('import-zip-bomb', file,
    `Tệp nén bất thường, có thể gây treo máy (${detail}); đã từ chối để an toàn.`,
    `The archive is abnormal and could exhaust memory (${detail}); refused for safety.`),
  unsafePath: (file: string, entry: string) => importError('import-unsafe-path', file,
    `Tệp chứa mục có đường dẫn ra ngoài tệp nén (“${entry}”); đã từ chối để an toàn.`,
    `The archive holds an entry whose path leads outside it (“${entry}”); refused for safety.`),
  xmlEntities: (file: string, part: string) => importError('import-xml-entities', file,
    `Phần ${part} khai báo DOCTYPE/ENTITY (có thể dùng để tấn công mở rộng thực thể); đã từ chối.`,
    `The part ${part} declares a DOCTYPE/ENTITY (usable for entity-expansion attacks); refused.`),
  legacyEncoding: (file: string, encoding: string) => importError('import-legacy-encoding', file,
    `Văn bản dùng bảng mã cũ (có vẻ là ${encoding}), không phải Unicode. Hãy chuyển sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6) rồi nhập lại.`,
    `The text uses a legacy encoding (looks like ${encoding}), not Unicode. Convert it to Unicode with Unikey's converter (Ctrl+Shift+F6), then import again.`),
  noText: (file: string) => importError('import-no-text', file,
    'Không tìm thấy văn bản nào trong tệp.',
    'No text was found in the file.'),
  unreadable: (file: string, detail: string) => importError('import-unreadable', file,
    `Không đọc được tệp (${detail}).`,
    `Could not read the file (${detail}).`),
  folderUnreadable: (folder: string, detail: string) => importError('import-folder-unreadable', folder,
    `Không đọc được thư mục (${detail}); các tệp trong đó chưa được nhập. Các tệp khác vẫn được nhập.`,
    `Could not read the folder (${detail}); its files were not imported. The other files still are.`),
} as const;

export const importNotes = {
  converted: (format: string) => ({
    vi: `Đã chuyển tệp .${format} sang .docx bằng LibreOffice trước khi nhập; hãy kiểm tra định dạng.`,
    en: `The .${format} file was converted to .docx with LibreOffice before import; check its formatting.`,
  }),
  imagesDropped: (count: number) => ({
    vi: `Đã bỏ ${count} hình ảnh (thư viện chỉ lưu văn bản).`,
    en: `${count} image(s) dropped (the library keeps text only).`,
  }),
  decodedAs: (encoding: string) => ({
    vi: `Tệp không phải UTF-8; đã đọc theo bảng mã ${encoding}. Hãy kiểm tra dấu tiếng Việt.`,
    en: `The file was not UTF-8; it was read as ${encoding}. Check the Vietnamese tone marks.`,
  }),
  chromeRemoved: (count: number) => ({
    vi: `Đã bỏ ${count} dòng thừa của trang web (menu, bản quyền…).`,
    en: `${count} web-page line(s) removed (menus, copyright…).`,
  }),
  translationLinked: (title: string) => ({
    vi: `Đã liên kết là bản dịch của “${title}”.`,
    en: `Linked as a translation of “${title}”.`,
  }),
} as const;
