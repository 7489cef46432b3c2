// Metadata read from the text of a past review, in Vietnamese or English: language, the year under
// review, kind, meeting date, place, chair, attendance and a title (the headline; else the meeting's name when stated).
// Everything here is a best guess the user can correct afterwards (these are ordinary review fields).
import type { Lang, ReviewFields, ReviewKind } from '../../shared/review.ts';
import { EN_MONTHS } from '../../shared/meeting-date.ts';

export interface DetectedMeta {
  lang: Lang;
  year: number;
  kind: ReviewKind;
  title: string;
  fields: ReviewFields;
}

export interface MetaInput {
  /** Top-level paragraphs and headings, in order. */
  blocks: { text: string; heading: boolean }[];
  /** From a " date YYYY-MM(-DD)" prefix, when the file had one. */
  dateHint?: string;
  /** Fallback year (e.g. the file's modification year). */
  fallbackYear: number;
}

const VI_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const SURNAMES_VI = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lưu|Đinh|Mai|Trịnh|Đào|Cao|Lâm|Tô|Hà|Tạ|Chu|Lương|Thái|Vương|Phùng|Kiều|Quách|Đoàn|Triệu|Trương|Nông|Lại|Tăng|Khuất|Tôn';
const SURNAMES_EN = 'Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Luu|Dinh|Mai|Trinh|Dao|Cao|Lam|To|Ha|Ta|Chu|Luong|Thai|Vuong|Phung|Kieu|Quach|Doan|Trieu|Truong|Nong|Lai|Tang|Khuat|Ton';
/** A Vietnamese full name: a known surname (spelled with its tone marks in Vietnamese text) then 1–3 capitalized words. */
const NAME: Record<Lang, RegExp> = {
  vi: new RegExp(`(?<!\\p{L})(?:${SURNAMES_VI})(?: \\p{Lu}\\p{Ll}+){1,3}(?!\\p{L})`, 'gu'),
  en: new RegExp(`(?<!\\p{L})(?:${SURNAMES_EN})(?: \\p{Lu}\\p{Ll}+){1,3}(?!\\p{L})`, 'gu'),
};
const TITLE_VI = /(?:Phó Thủ tướng|Thủ tướng|Bộ trưởng|Thứ trưởng|Vụ trưởng|Cục trưởng|Đại sứ|Chủ tịch|Trưởng SOM)[^.;:]*$/u;
const TITLE_EN = /(?:Deputy Prime Minister|Prime Minister|Deputy Foreign Minister|Deputy Minister|Vice Minister|Foreign Minister|Minister|Ambassador|Director-General|Director|Head of)[^.;:]*$/u;
const APPOSITIVE_VI = /^,\s*((?:Phó )?(?:Vụ trưởng|Thứ trưởng|Bộ trưởng|Cục trưởng|Trưởng|Giám đốc|Chủ tịch)[^.;]*?)(?=\s+(?:chủ trì|cho biết|phát biểu|khẳng định|nhấn mạnh|đã|nêu)\b|[.;]|$)/u;
const CHAIR_CUE = /chủ trì|khai mạc|chaired|chairing|presided|opening/iu;

/** The language is clear from the first pages; a 200-page text is not scanned letter by letter. */
const LANG_SAMPLE_CHARS = 60_000;

export function detectLang(full: string): Lang {
  const text = full.length > LANG_SAMPLE_CHARS ? full.slice(0, LANG_SAMPLE_CHARS) : full;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const marked = text.match(VI_LETTERS)?.length ?? 0;
  return letters > 0 && marked / letters > 0.03 ? 'vi' : 'en';
}

function clean(value: string): string {
  return value.replace(/\s+/gu, ' ').replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, '').trim();
}

function cap(value: string, max = 200): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

function upperFirst(value: string): string {
  return value.charAt(0).toLocaleUpperCase('vi') + value.slice(1);
}

interface Chair { name: string; title?: string }

/** Names with the title before them ("Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng") or after (", Vụ trưởng …"). */
function namesIn(sentence: string, lang: Lang): Chair[] {
  const out: Chair[] = [];
  for (const match of sentence.matchAll(NAME[lang])) {
    const start = match.index;
    const end = start + match[0].length;
    const name = sentence.slice(start, end);
    const before = sentence.slice(Math.max(0, start - 90), start);
    // "tại Hà Nội", "in Ha Noi": places that look like names (Hà is also a surname).
    if (/(?:tại|ở|in|at|from|đến)\s+$/iu.test(before)) continue;
    const titleBefore = (lang === 'vi' ? TITLE_VI : TITLE_EN).exec(before)?.[0];
    const appositive = lang === 'vi' ? APPOSITIVE_VI.exec(sentence.slice(end))?.[1] : undefined;
    // An appositive that names someone else is that person's title, not this one's.
    const titleAfter = appositive && !new RegExp(NAME[lang].source, 'u').test(appositive) ? appositive : undefined;
    const title = titleBefore ? clean(titleBefore) : titleAfter ? clean(titleAfter) : undefined;
    if (title) out.push({ name, title: title || undefined });
  }
  return out;
}

function detectChair(sentences: string[], lang: Lang): Chair | undefined {
  for (const sentence of sentences) {
    if (!CHAIR_CUE.test(sentence)) continue;
    const [first] = namesIn(sentence, lang);
    if (first) return first;
  }
  // No "chaired" sentence: the official named most often with a title.
  const counts = new Map<string, { chair: Chair; n: number }>();
  for (const sentence of sentences) {
    for (const chair of namesIn(sentence, lang)) {
      const seen = counts.get(chair.name);
      if (seen) seen.n++;
      else counts.set(chair.name, { chair, n: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.chair;
}


function iso(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  return day ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`;
}

const MEETING_CUE = /họp|hội nghị|chủ trì|meeting|conference|chaired/iu;
/** Dates of documents cited in the text ("Kết luận số 59-KL/TW ngày 8/8/2023") are not the meeting's. */
const CITED_DOCUMENT = /(?:Kết luận|Nghị quyết|Quyết định|Chỉ thị|Quy chế|Conclusion|Resolution|Decision|Directive|dated)[^.]{0,60}$/iu;

function detectMeetingDate(sentences: string[], hint: string | undefined): string | undefined {
  const hintYear = hint ? Number(hint.slice(0, 4)) : undefined;
  const vi = /\b[Nn]gày (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/gu;
  const en = new RegExp(`\\b(${EN_MONTHS.join('|')}) (\\d{1,2}),? (\\d{4})`, 'giu');
  for (const sentence of sentences) {
    if (!MEETING_CUE.test(sentence)) continue;
    for (const m of sentence.matchAll(vi)) {
      if (CITED_DOCUMENT.test(sentence.slice(0, m.index))) continue;
      const year = m[3] ? Number(m[3]) : hintYear;
      if (year) return iso(year, Number(m[2]), Number(m[1]));
    }
    for (const m of sentence.matchAll(en)) {
      if (CITED_DOCUMENT.test(sentence.slice(0, m.index)) || !m[1]) continue;
      return iso(Number(m[3]), EN_MONTHS.indexOf(m[1].toLowerCase()) + 1, Number(m[2]));
    }
  }
  return hint;
}

function detectPlace(text: string, lang: Lang): string | undefined {
  const pattern = lang === 'vi'
    ? /[Nn]gày \d{1,2}\/\d{1,2}(?:\/\d{4})?,? tại ((?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){0,3})/u
    : /\b(?:in|at) (Hanoi|Ha Noi|Ho Chi Minh City|Da Nang|Jakarta)\b/u;
  return pattern.exec(text)?.[1];
}

function numberBefore(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The year under review: stated ("năm 2025 và phương hướng năm 2026"), else the meeting's, else the most cited. */
function detectYear(text: string, meetingDate: string | undefined, fallback: number): number {
  const stated = [
    /năm (\d{4}) và (?:phương hướng|định hướng)[^.]{0,40}?năm \d{4}/u,
    /tham gia(?: hợp tác)?(?: ASEAN)?(?: của Việt Nam)? năm (\d{4})/u,
    /in (\d{4}) and (?:orientations|directions|priorities) for \d{4}/iu,
    /tổng kết[^.]{0,80}?năm (\d{4})/u,
  ];
  for (const pattern of stated) {
    const match = pattern.exec(text);
    if (match?.[1]) return Number(match[1]);
  }
  if (meetingDate) {
    const year = Number(meetingDate.slice(0, 4));
    const month = Number(meetingDate.slice(5, 7)) || 12;
    // A review meeting held in January or February looks back on the year before.
    return month <= 2 ? year - 1 : year;
  }
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/\b(19[7-9]\d|20\d\d)\b/gu)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? fallback;
}

const REPORT_CUES = /\bBÁO CÁO\b|Kính gửi|Nơi nhận|CỘNG HÒA XÃ HỘI CHỦ NGHĨA|Số:\s*\S+\/BC|\bREPORT\b/u;
const SOCIO_CULTURAL = /Văn hóa\s*-\s*Xã hội|Socio-Cultural|ASCC/giu;
const INTER_SECTORAL = /liên ngành|inter-sectoral|interagency|inter-agency/iu;

function detectKind(text: string, headings: number): { kind: ReviewKind; pillar?: string } {
  const socio = text.match(SOCIO_CULTURAL)?.length ?? 0;
  if (socio >= 3 && !INTER_SECTORAL.test(text)) return { kind: 'pillar', pillar: 'socio-cultural' };
  if (REPORT_CUES.test(text) || headings >= 3) return { kind: 'report' };
  return { kind: 'press' };
}

function meetingName(text: string, lang: Lang): string | undefined {
  const pattern = lang === 'vi'
    ? /((?:[Cc]uộc họp|[Hh]ội nghị|[Hh]ọp) liên ngành (?:tổng kết|thường kỳ|đánh giá)[^.]*)/u
    : /((?:an |the )?inter-sectoral (?:meeting|conference) to review[^.]*)/iu;
  const found = pattern.exec(text)?.[1];
  return found ? upperFirst(clean(found.replace(/^(?:an|the) /iu, ''))) : undefined;
}

function fallbackTitle(lang: Lang, kind: ReviewKind, year: number, pillar?: string): string {
  if (kind === 'pillar' && pillar === 'socio-cultural') {
    return lang === 'vi' ? `Hội nghị đánh giá hợp tác Cộng đồng Văn hóa - Xã hội ASEAN năm ${year}` : `ASEAN Socio-Cultural Community review meeting ${year}`;
  }
  return lang === 'vi' ? `Họp liên ngành tổng kết hợp tác ASEAN năm ${year}` : `Inter-sectoral meeting reviewing ASEAN cooperation in ${year}`;
}

const CAPTION = /\((?:Ảnh|Photo|Video)\b|^Ảnh:|TTXVN\s*$/u;

/** A short first line with no final period that is not a photo caption: a headline. */
function headline(first: { text: string; heading: boolean } | undefined): string | undefined {
  if (!first) return undefined;
  const value = first.text.trim();
  if (first.heading && value.length <= 200) return value;
  if (value.length > 160 || /[.:]$/u.test(value) || CAPTION.test(value)) return undefined;
  return value.replace(/^\((?:Video|Clip|Ảnh|Photo)\)\s*/iu, '');
}

export function detectMeta(input: MetaInput): DetectedMeta {
  const text = input.blocks.map((b) => b.text).join('\n');
  const lang = detectLang(text);
  const sentences = text.split(/(?<=[.!?])\s+|\n/u).filter((s) => s.trim());
  const meetingDate = detectMeetingDate(sentences, input.dateHint);
  const year = detectYear(text, meetingDate, input.fallbackYear);
  const { kind, pillar } = detectKind(text, input.blocks.filter((b) => b.heading).length);
  const chair = detectChair(sentences, lang);
  const delegates = numberBefore(text, lang === 'vi' ? /(\d{1,4}) đại biểu/u : /(\d{1,4}) delegates/iu);
  const ministries = numberBefore(text, lang === 'vi' ? /(\d{1,3}) bộ,? ngành/u : /(\d{1,3}) (?:ministries|ministries and agencies)/iu);
  const place = detectPlace(text, lang);
  const title = cap(headline(input.blocks[0]?.heading ? input.blocks[0] : undefined)
    ?? headline(input.blocks[0])
    ?? meetingName(text, lang)
    ?? fallbackTitle(lang, kind, year, pillar));
  const fields: ReviewFields = {};
  if (meetingDate) fields.meetingDate = meetingDate;
  if (place) fields.place = place;
  if (chair) fields.chairName = chair.name;
  if (chair?.title) fields.chairTitle = chair.title;
  if (delegates !== undefined) fields.delegates = delegates;
  if (ministries !== undefined) fields.ministries = ministries;
  if (pillar) fields.pillar = pillar;
  return { lang, year, kind, title, fields };
}
