// Import failures, each naming the file and the reason in both UI languages.
// Factories follow electron/shared/errors.ts; codes are stable for tests and the renderer.
import { AppError } from '../../shared/errors.ts';

const MB = 1024 * 1024;

/**
 * The reason in the user's language; a reader's technical detail (often English, e.g. "central
 * directory out of range") goes in its own `detail` line, never inside the Vietnamese sentence.
 */
function importError(code: string, file: string, vi: string, en: string, detail?: string): AppError {
  const message = detail ? { vi: `${file}: ${vi}`, en: `${file}: ${en}`, detail } : { vi: `${file}: ${vi}`, en: `${file}: ${en}` };
  return new AppError(code, message);
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
    'LibreOffice không chuyển đổi được tệp (có thể tệp được đặt mật khẩu hoặc bị hỏng). Hãy mở bằng Word và lưu lại dạng .docx.',
    'LibreOffice could not convert the file (it may be password-protected or damaged). Open it in Word and save it as .docx.', detail),
  truncated: (file: string, detail: string) => importError('import-corrupt', file,
    'Tệp Word bị hỏng hoặc không đầy đủ (cấu trúc tệp nén không đọc được). Hãy mở và lưu lại bằng Word hoặc LibreOffice.',
    'The Word file is damaged or incomplete (its archive structure cannot be read). Open it in Word or LibreOffice and save it again.', detail),
  zipBomb: (file: string, detail: string) => importError('import-zip-bomb', file,
    'Tệp nén bất thường: các phần văn bản khi giải nén sẽ vượt giới hạn bộ nhớ an toàn; đã từ chối để tránh treo máy.',
    'The archive is abnormal: its text parts would inflate past the safe memory limit; refused for safety.', detail),
  unsafePath: (file: string, entry: string) => importError('import-unsafe-path', file,
    `Tệp chứa mục có đường dẫn ra ngoài tệp nén (“${entry}”); đã từ chối để an toàn.`,
    `The archive holds an entry whose path leads outside it (“${entry}”); refused for safety.`),
  xmlEntities: (file: string, part: string) => importError('import-xml-entities', file,
    `Phần ${part} khai báo DOCTYPE/ENTITY (có thể dùng để tấn công mở rộng thực thể); đã từ chối.`,
    `The part ${part} declares a DOCTYPE/ENTITY (usable for entity-expansion attacks); refused.`),
  /** `besides`: what the file holds instead (e.g. "1 image was not imported"), so the user sees why. */
  noText: (file: string, besides?: { vi: string; en: string }) => importError('import-no-text', file,
    `Không tìm thấy văn bản nào trong tệp.${besides ? ` ${besides.vi}` : ''}`,
    `No text was found in the file.${besides ? ` ${besides.en}` : ''}`),
  undecodable: (file: string, encoding: string) => importError('import-undecodable', file,
    `Không đọc được chữ trong tệp: phần lớn nội dung không đọc được theo bảng mã ${encoding}. Tệp có thể bị hỏng hoặc bị cắt cụt; hãy mở bằng trình soạn thảo và lưu lại dạng UTF-8.`,
    `The text cannot be read: most of the content is not valid ${encoding}. The file may be damaged or cut short; open it in an editor and save it as UTF-8.`),
  unreadable: (file: string, detail: string) => importError('import-unreadable', file,
    'Không đọc được tệp (không có quyền đọc, tệp đã bị xoá hoặc đang bị khoá).',
    'Could not read the file (no permission, deleted, or locked).', detail),
  folderUnreadable: (folder: string, detail: string) => importError('import-folder-unreadable', folder,
    'Không đọc được thư mục; các tệp trong đó chưa được nhập. Các tệp khác vẫn được nhập.',
    'Could not read the folder; its files were not imported. The other files still are.', detail),
  // ── issue 9 ──
  overBudget: (file: string, xmlBytes: number, limit: number) => importError('import-over-budget', file,
    `Phần văn bản của tệp quá lớn để nhập an toàn (${Math.round(xmlBytes / MB)} MB XML; giới hạn ${Math.round(limit / MB)} MB). Hãy tách tài liệu thành nhiều tệp.`,
    `The document's text is too large to import safely (${Math.round(xmlBytes / MB)} MB of XML; the limit is ${Math.round(limit / MB)} MB). Split the document into several files.`),
  libreOfficeWouldOpen: (file: string, found: { vi: string; en: string }) => importError('import-needs-libreoffice', file,
    `Tệp này là ${found.vi}; LibreOffice mở được loại tệp này nhưng máy chưa cài LibreOffice. Hãy cài LibreOffice (libreoffice.org) rồi nhập lại, hoặc mở tệp và lưu lại dạng .docx.`,
    `This file is ${found.en}; LibreOffice can open it, but LibreOffice is not installed. Install LibreOffice (libreoffice.org) and import again, or open the file and save it as .docx.`),
} as const;

export const importNotes = {
  converted: (format: string) => ({
    vi: `Đã chuyển tệp .${format} sang .docx bằng LibreOffice trước khi nhập; hãy kiểm tra định dạng.`,
    en: `The .${format} file was converted to .docx with LibreOffice before import; check its formatting.`,
  }),
  decodedAs: (encoding: string) => ({
    vi: `Tệp không phải UTF-8; đã đọc theo bảng mã ${encoding}. Hãy kiểm tra dấu tiếng Việt.`,
    en: `The file was not UTF-8; it was read as ${encoding}. Check the Vietnamese tone marks.`,
  }),
  chromeRemoved: (count: number) => ({
    vi: `Đã bỏ ${count} dòng thừa của trang web (menu, bản quyền…).`,
    en: `${count} web-page line(s) removed (menus, copyright…).`,
  }),
  legacyConverted: (encoding: string) => ({
    vi: `Văn bản dùng bảng mã cũ ${encoding === 'TCVN3' ? 'TCVN3 (ABC)' : encoding}; đã chuyển sang Unicode. Hãy kiểm tra dấu tiếng Việt (xoá báo cáo này nếu chuyển sai).`,
    en: `The text used the legacy ${encoding === 'TCVN3' ? 'TCVN3 (ABC)' : encoding} encoding; it was converted to Unicode. Check the Vietnamese tone marks (delete this review if the conversion is wrong).`,
  }),
  legacyFontsConverted: (encoding: string, runs: number) => ({
    vi: `${runs} đoạn chữ dùng phông ${encoding === 'TCVN3' ? 'TCVN3 (.VnTime…)' : 'VNI (VNI-Times…)'} đã được chuyển sang Unicode.`,
    en: `${runs} run(s) in ${encoding === 'TCVN3' ? 'TCVN3 (.VnTime…)' : 'VNI (VNI-Times…)'} fonts were converted to Unicode.`,
  }),
  notImported: (counts: { images: number; objects: number; drawings: number }) => {
    const vi: string[] = [];
    const en: string[] = [];
    if (counts.images) { vi.push(`${counts.images} hình ảnh`); en.push(`${counts.images} image${counts.images === 1 ? '' : 's'}`); }
    if (counts.objects) { vi.push(`${counts.objects} đối tượng nhúng`); en.push(`${counts.objects} embedded object${counts.objects === 1 ? '' : 's'}`); }
    if (counts.drawings) { vi.push(`${counts.drawings} hình vẽ`); en.push(`${counts.drawings} drawing${counts.drawings === 1 ? '' : 's'}`); }
    const total = counts.images + counts.objects + counts.drawings;
    return {
      vi: `${vi.join(' và ')} không được nhập (thư viện chỉ lưu văn bản).`,
      en: `${en.join(' and ')} ${total === 1 ? 'was' : 'were'} not imported (the library keeps text only).`,
    };
  },
  headersKept: (count: number) => ({
    vi: `Đã giữ ${count} dòng đầu trang/chân trang trong Thuộc tính của báo cáo.`,
    en: `${count} page header/footer line(s) kept in the review’s Properties.`,
  }),
  commentsKept: (count: number) => ({
    vi: `Đã giữ ${count} nhận xét (comment) trên đoạn văn chúng chú thích.`,
    en: `${count} comment(s) kept on the text they annotate.`,
  }),
  readerWarning: (detail: string) => ({
    vi: 'Một phần của tệp không đọc được và đã bị bỏ qua.',
    en: 'Part of the file could not be read and was skipped.',
    detail,
  }),
  unreadableChars: (count: number, encoding: string) => ({
    vi: `${count} ký tự không đọc được theo bảng mã ${encoding} và hiện là “\uFFFD”; hãy tìm “\uFFFD” và sửa lại.`,
    en: `${count} character(s) could not be read as ${encoding} and show as “\uFFFD”; find “\uFFFD” and correct them.`,
  }),
  translationLinked: (title: string) => ({
    vi: `Đã liên kết là bản dịch của “${title}”.`,
    en: `Linked as a translation of “${title}”.`,
  }),
} as const;
