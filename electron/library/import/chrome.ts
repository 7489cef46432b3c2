// Web-page chrome around an article saved as text: menus, site dates, search boxes, copyright and
// contact lines, share/comment widgets. Judged line by line with generic cues, never by site.
const MAX_CHROME_CHARS = 160;

const CHROME_LINE = [
  // A copyright line starts with its sign or word; a "©" inside a sentence ("30°C, ©") is text.
  /^(?:©|\(c\)\s*\d{4}|copyright\b|bản quyền)|\b(?:copyright|bản quyền)\s*(?:©|\d{4})|all rights reserved/iu,
  /^(?:tìm kiếm|search)(?:\s+nâng cao|\s+advanced)?$/iu,
  /^(?:quay lại|về đầu trang|đầu trang|in trang|gửi mail|gửi email|chia sẻ|bình luận|share|print|back to top|home|trang chủ)\b/iu,
  /^(?:source|nguồn|comments?|bình luận)(?:\s*\(\d+\))?$/iu,
  /^(?:email|e-mail|hotline|điện thoại|tel|fax)\s*:/iu,
  /hiển thị tốt nhất|best viewed with/iu,
  /^(?:tags?|từ khóa|từ khoá)\s*:/iu,
  /đăng ký nhận tin|subscribe|newsletter/iu,
];
/** Site dates: "Thứ hai, ngày 15 tháng 10 năm 2018", "Monday, October 15, 2018", possibly followed by widgets. */
const SITE_DATE = /^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday),/iu;

/** Menus: several short segments separated by runs of spaces, tabs or bars. */
function looksLikeMenu(line: string): boolean {
  const segments = line.split(/\s{3,}|\t+|\s*\|\s*/u).filter((s) => s.trim());
  return segments.length >= 3 && segments.every((s) => s.trim().split(/\s+/u).length <= 4);
}

export function isChromeLine(raw: string): boolean {
  const line = raw.trim();
  if (!line || line.length > MAX_CHROME_CHARS) return false;
  if (SITE_DATE.test(line)) return true;
  if (looksLikeMenu(line)) return true;
  return CHROME_LINE.some((pattern) => pattern.test(line));
}

/** Lines of the article with chrome removed, and how many were removed. */
export function removeChrome(lines: string[]): { lines: string[]; removed: number } {
  const kept = lines.filter((line) => !isChromeLine(line));
  return { lines: kept, removed: lines.length - kept.length };
}
