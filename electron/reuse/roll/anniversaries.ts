// Anniversaries of ASEAN's founding (1967) and of Viet Nam's accession (1995), however they are written:
// "kỷ niệm 30 năm Việt Nam gia nhập ASEAN", "the 30th anniversary", and in words, "chặng đường ba thập kỷ
// đồng hành cùng ASEAN", "nửa thế kỷ", "three decades of Viet Nam's membership". Roll-forward recomputes
// the numbers (roll.ts); a count in words cannot be recomputed (31 years is not "ba thập kỷ"), so it is a
// note for the drafter, and the check flags an anniversary that does not fit the year it is written for.
import { fold } from '../../library/fold.ts';

export type AnniversaryBase = 'founded' | 'joined';

export interface AnniversaryMention {
  /** The count as written: "30", "30th", "ba thập kỷ". */
  start: number;
  end: number;
  years: number;
  /** Written in words: no number to put in its place. */
  words: boolean;
  en: boolean;
}

const NUMERIC = /(?:kỷ niệm|Kỷ niệm|mừng)\s+(\d{1,3})\s+năm|(\d{1,3})\s+năm\s+(?:ngày\s+)?(?:thành lập ASEAN|Việt Nam gia nhập ASEAN|gia nhập ASEAN)|(\d{1,3})(?:st|nd|rd|th)\s+anniversary/dgu;
const VI_TENS: Record<string, number> = { hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6 };
const EN_TENS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const WORDS = /(?<!\p{L})(?:(hai|ba|bốn|năm|sáu)\s+(?:thập kỷ|thập niên)|(nửa thế kỷ)|(two|three|four|five|six)\s+decades|(half a century))(?!\p{L})/giu;
/** "hơn ba thập kỷ", "more than three decades": a rough length, right for years after the round one. */
const ROUGH_BEFORE = /(?:hơn|gần|trên|khoảng|ngót|more than|over|nearly|almost|some|about)\s+$/iu;

/** The anniversaries written in `text`, numbers and words. */
export function anniversaryMentions(text: string): AnniversaryMention[] {
  const out: AnniversaryMention[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const group = m[1] ? 1 : m[2] ? 2 : 3;
    const [start, numEnd] = m.indices![group]!;
    out.push({ start, end: group === 3 ? numEnd + 2 : numEnd, years: Number(m[group]), words: false, en: group === 3 });
  }
  for (const m of text.matchAll(WORDS)) {
    if (ROUGH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const years = m[1] ? VI_TENS[m[1].toLowerCase()]! * 10 : m[3] ? EN_TENS[m[3].toLowerCase()]! * 10 : 50;
    out.push({ start: m.index, end: m.index + m[0].length, years, words: true, en: Boolean(m[3] || m[4]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

// The clause right after the count says what it counts: "30 năm Việt Nam gia nhập ASEAN", "the 60th
// anniversary of ASEAN", "the 35th anniversary of Viet Nam's membership of ASEAN". Anything else there is
// another anniversary: the ASEAN Community's or Charter's, a partner's relations, another member's
// accession ("5 năm Timor-Leste gia nhập ASEAN").
const FOUNDED = /^\s*(?:nam\s+)?(?:ngay\s+)?thanh lap (?:hiep hoi\s+)?asean\b|^\s*anniversary of (?:the founding of )?asean\s*$|^\s*(?:anniversary )?of asean['’]?s? founding|^\s*anniversary of the founding of asean/u;
const JOINED = /^\s*(?:nam\s+)?(?:ngay\s+)?(?:viet nam\s+)?(?:gia nhap|tham gia|dong hanh cung|la thanh vien(?: cua)?) asean|^\s*(?:anniversary |years )?of (?:viet ?nam['’]?s? (?:asean )?(?:membership|accession|joining)|viet ?nam (?:joining|joined|in)|(?:its )?(?:membership|accession) (?:of|to|in) asean|(?:membership|accession)\s*$)|^\s*since viet ?nam joined asean/u;

/**
 * What the anniversary counts from: ASEAN's founding, Viet Nam's accession, or neither (relations with a
 * partner, another member's accession, the ASEAN Community). Read from the clause after it; a count in
 * words, whose object is often further away, also from its sentence.
 */
export function anniversaryBase(text: string, mention: AnniversaryMention, sentence: { from: number; to: number }): AnniversaryBase | undefined {
  const clause = fold(text.slice(mention.end, Math.min(text.length, mention.end + 80))).split(/[,;.()]|\s(?:va|and)\s/u)[0]!;
  if (FOUNDED.test(clause)) return 'founded';
  if (JOINED.test(clause)) return 'joined';
  if (!mention.words) return undefined;
  // In words: "chặng đường ba thập kỷ đồng hành cùng ASEAN" (Viet Nam's).
  const whole = fold(text.slice(sentence.from, sentence.to));
  if (/thanh lap|founding|founded/u.test(whole)) return 'founded';
  if (/(?:dong hanh|tham gia|gia nhap|thanh vien|hoi nhap)[^.;]{0,20}asean|viet nam[^.;]{0,60}asean|asean[^.;]{0,40}viet nam/u.test(whole)) return 'joined';
  return undefined;
}
