// Which four-digit years in a text are calendar years that move with the review, and which are fixed:
// dates of documents and events ("ngày 8/8/2023", "tháng 5/2025", "47/2025/QĐ-TTg"), periods
// ("2021-2025"), horizons ("đến năm 2030", "sau 2025", "by 2030") and names of plans that carry a year
// ("Kế hoạch tổng thể … 2025", "Tầm nhìn ASEAN 2025", "Blueprint 2025"). History ("gia nhập ASEAN năm
// 1995") is out of the window the caller asks about, so it never moves either.
import { fold } from '../../library/fold.ts';

export interface YearMention { year: number; start: number; end: number }

export type YearContext = 'calendar' | 'date' | 'period' | 'horizon' | 'document';

const YEAR = /(?<![\p{L}\p{N}/.-])(19\d{2}|20\d{2})(?![\p{L}\p{N}]|\/\d|\.\d)/gu;

/** Words (folded) that head a plan or document name whose year is part of the name. */
const DOCUMENT_HEADS = [
  'tam nhin', 'ke hoach', 'chien luoc', 'hiep dinh', 'tuyen bo', 'lo trinh', 'chuong trinh nghi su', 'cong dong',
  'de an', 'vision', 'blueprint', 'master plan', 'work plan', 'strategic plan', 'plan', 'strategy', 'agenda', 'roadmap',
  'declaration', 'community',
];
const HORIZON_BEFORE = /(?:^|[^\p{L}])(?:den|toi|huong toi|sau|truoc|tu|by|until|till|to|through|toward|towards|beyond|post|after|since)\s*-?\s*(?:nam\s+)?$/u;
const DATE_BEFORE = /(?:\d{1,2}\s*[/.-]\s*$)|(?:thang\s+\d{1,2}\s*,?\s*(?:nam\s+)?$)|(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},?\s+)?$)/u;
const PERIOD_BEFORE = /\d{4}\s*[-–—]\s*$/u;
const PERIOD_AFTER = /^\s*[-–—]\s*\d{4}/u;
const CLAUSE_END = /[.;:!?()"“”\n]/u;

export function yearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR)) out.push({ year: Number(m[1]), start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The folded text when it lines up with the original character for character (Vietnamese and English
 * do: each precomposed letter folds to one letter), so slices of it can stand for folded slices.
 */
export function alignedFold(text: string): string | null {
  const folded = fold(text);
  return folded.length === text.length ? folded : null;
}

function foldedSlice(text: string, folded: string | null, from: number, to: number): string {
  return folded ? folded.slice(from, to) : fold(text.slice(from, to));
}

/** The clause before `at` (back to the last clause mark), folded. */
function clauseBefore(text: string, folded: string | null, at: number): string {
  let from = at;
  while (from > 0 && at - from < 120 && !CLAUSE_END.test(text[from - 1]!)) from--;
  return foldedSlice(text, folded, from, at);
}

/** `folded`: alignedFold(text), when the caller has it (one fold per block instead of one per year). */
export function yearContext(text: string, mention: YearMention, folded: string | null = alignedFold(text)): YearContext {
  const before = foldedSlice(text, folded, Math.max(0, mention.start - 40), mention.start);
  const after = text.slice(mention.end, mention.end + 12);
  if (DATE_BEFORE.test(before)) return 'date';
  if (PERIOD_BEFORE.test(before) || PERIOD_AFTER.test(after)) return 'period';
  if (HORIZON_BEFORE.test(before)) return 'horizon';
  const clause = clauseBefore(text, folded, mention.start);
  const wordsBefore = clause.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const recent = ` ${wordsBefore.slice(-7).join(' ')} `;
  // A master plan is named by its last year, "năm" or not: "Kế hoạch tổng thể Cộng đồng Văn hóa - Xã hội
  // năm 2025" is the 2025 plan in a 2026 review too (a work plan "Kế hoạch công tác năm 2026" moves).
  if (/ (?:ke hoach tong the|master plan) /u.test(` ${wordsBefore.slice(-12).join(' ')} `) && !/(?:^|[^\p{L}])(?:trong|in|for)\s+(?:nam\s+)?$/u.test(before)) return 'document';
  // "… trong năm 2024" / "in 2024": a calendar year, even after a plan's name.
  if (/(?:^|[^\p{L}])(?:nam|in|for|of|year)\s+$/u.test(before)) return 'calendar';
  if (DOCUMENT_HEADS.some((head) => recent.includes(` ${head} `))) return 'document';
  return 'calendar';
}

/** The calendar-year mentions, with the years of every other kind left out. */
export function calendarYears(text: string, folded: string | null = alignedFold(text)): YearMention[] {
  return yearMentions(text).filter((m) => yearContext(text, m, folded) === 'calendar');
}
