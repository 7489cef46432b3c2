// The meeting date as the drafter writes it ("9/12/2026", "ngày 9 tháng 12 năm 2026", "9 December 2026",
// "2026-12-09") → an ISO day, the form the library's "Ngày họp" column and the stale-fact check read.
// Shared: Properties (renderer) stores what it parses; the main side reads the document's chip with it.

export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1967 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ISO day a meeting-date value names, or null when it names none (empty, "…", a month only, an
 * impossible day). A day and month without a year ("9/12") take `year` when given.
 */
export function parseMeetingDate(value: string, year?: number): string | null {
  const text = value.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (!text) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // "9/12/2026", "09-12-2026", "9.12.2026", "ngày 9/12", with "ngày" or not
  m = /^(?:ngày )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/iu.exec(text);
  if (m) return m[3] || year ? isoDay(Number(m[3] ?? year), Number(m[2]), Number(m[1])) : null;
  m = /^(?:ngày )?(\d{1,2}) tháng (\d{1,2})(?:,? năm (\d{4}))?$/iu.exec(text);
  if (m) return m[3] || year ? isoDay(Number(m[3] ?? year), Number(m[2]), Number(m[1])) : null;
  const months = EN_MONTHS.join('|');
  m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (${months}),? (\\d{4})$`, 'iu').exec(text);
  if (m) return isoDay(Number(m[3]), EN_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
  m = new RegExp(`^(${months}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`, 'iu').exec(text);
  if (m) return isoDay(Number(m[3]), EN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
  return null;
}

/** An ISO day as the document writes it: "9/12/2026" (after "ngày") or "9 December 2026". */
export function meetingDateText(isoDay: string, lang: 'vi' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDay);
  if (!m) return isoDay;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'vi') return `${day}/${month}/${year}`;
  const name = EN_MONTHS[month - 1]!;
  return `${day} ${name[0]!.toUpperCase()}${name.slice(1)} ${year}`;
}

/**
 * The value the document's {{meetingDate}} chips take when the review's meeting date is set to `value`
 * (Properties, the contributions board), or null to leave them: only a value that names a day moves them,
 * and chips that already name that day (written any way) are left as the drafter wrote them.
 */
export function meetingChipValue(chipText: string, value: string | null, year: number, lang: 'vi' | 'en'): string | null {
  const day = value ? parseMeetingDate(value, year) : null;
  if (!day || parseMeetingDate(chipText, year) === day) return null;
  return meetingDateText(day, lang);
}
