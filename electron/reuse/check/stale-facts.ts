// The stale-fact check: pure, over a document and the reference. Lists, with the block to jump to:
// years that do not fit the draft's year; the wrong Chair or theme for a year; the SOM head named for a
// year they did not hold it; a Summit of another year named as this year's; an anniversary that does not
// fit its year; ministries under their
// pre-2025 names (current name proposed); facts past their time; unconfirmed facts (a Chair or theme the
// reference has not confirmed); pending marks.
// Empty fields and the checklist are the drafting check's (electron/drafting/check), merged by the service.
import type { DocState } from '../../shared/doc.ts';
import type { CheckFinding } from '../../shared/reuse.ts';
import { blockText } from '../../shared/doc-build.ts';
import { fold } from '../../library/fold.ts';
import { calendarYears } from '../roll/years.ts';
import { FoldedText, namePattern } from '../roll/match.ts';
import { anyFormerMinistry, CHAIR_WORDS, countryForms, countryReplacement, inChairContext, nearestYear, ordinal, sameRankSummit, sentenceAround, summitMentions, THEME } from '../roll/roll.ts';
import { chairOf, countryById, holderAt, holdersIn, type RollReference } from '../roll/reference.ts';
import { listMarks } from '../marks.ts';
import { anniversaryBase, anniversaryMentions } from '../roll/anniversaries.ts';

export interface CheckContext {
  /** The draft's year (under review); orientations are for year + 1. */
  year: number;
  lang: 'vi' | 'en';
  /** ISO date the document speaks from (meeting date); default 31 December of `year`. */
  asOf?: string;
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 40)) + 1);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

function nameOf(ref: RollReference, id: string, lang: 'vi' | 'en'): string {
  const c = countryById(ref, id);
  return (lang === 'vi' ? c?.vi[0] : c?.en[0]) ?? id;
}

function checkYears(text: string, folded: string, blockIndex: number, ctx: CheckContext, out: CheckFinding[]): void {
  if (!/(?:19|20)\d\d/u.test(text)) return;
  for (const m of calendarYears(text, folded.length === text.length ? folded : null)) {
    const off = m.year < ctx.year ? ctx.year - m.year : m.year > ctx.year + 1 ? m.year - ctx.year - 1 : 0;
    // Recent years only: older ones are history ("năm 2020, Việt Nam là Chủ tịch"), not a slip.
    if (off === 0 || off > 3) continue;
    const before = folded.length === text.length ? folded.slice(Math.max(0, m.start - 20), m.start) : fold(text.slice(Math.max(0, m.start - 20), m.start));
    if (/(?:so voi|nhu|compared|than|since)\s+(?:nam\s+|with\s+)?$/u.test(before)) continue;
    out.push({
      kind: 'year', blockIndex, found: String(m.year), at: m.start, excerpt: excerpt(text, m.start, m.end),
      message: {
        vi: `Năm ${m.year} trong báo cáo năm ${ctx.year} (phương hướng năm ${ctx.year + 1}): kiểm tra lại.`,
        en: `${m.year} in the ${ctx.year} review (orientations for ${ctx.year + 1}): check it.`,
      },
    });
  }
}

function checkChairs(text: string, folded: string, blockIndex: number, ctx: CheckContext, ref: RollReference, out: CheckFinding[]): void {
  if (!CHAIR_WORDS.test(folded)) return;
  for (const f of countryForms(ref, text)) {
    if (!inChairContext(text, f.start, f.end)) continue;
    const year = nearestYear(text, f.start, f.end);
    if (year === undefined) continue;
    const chair = chairOf(ref, year);
    if (!chair) continue;
    const found = text.slice(f.start, f.end);
    if (chair.country !== f.country.id) {
      // The fix covers what changes with the name: "Malaysia's" → "the Philippines'".
      const to = countryReplacement(text, f, nameOf(ref, chair.country, f.kind === 'vi' ? 'vi' : 'en'));
      out.push({
        kind: 'chair', blockIndex, found: text.slice(to.start, to.end), at: to.start, proposal: to.text, excerpt: excerpt(text, f.start, f.end),
        message: { vi: `Chủ tịch ASEAN năm ${year} là ${nameOf(ref, chair.country, 'vi')}, không phải ${found}.`, en: `The ASEAN Chair in ${year} is ${nameOf(ref, chair.country, 'en')}, not ${found}.` },
      });
    } else if (!chair.confirmed) {
      out.push({
        kind: 'unconfirmed-fact', blockIndex, found, at: f.start, excerpt: excerpt(text, f.start, f.end),
        message: { vi: `Chủ tịch ASEAN năm ${year} (${found}) chưa được xác nhận, chỉ theo luân phiên.`, en: `The ASEAN Chair for ${year} (${found}) is not confirmed: rotation only.` },
      });
    }
  }
}

function checkThemes(text: string, folded: string, blockIndex: number, ctx: CheckContext, ref: RollReference, out: CheckFinding[]): void {
  if (!/chu de|theme/u.test(folded)) return;
  for (const m of text.matchAll(THEME)) {
    const [start, end] = m.indices![1]!;
    if (!/\p{L}/u.test(m[1]!)) continue; // a placeholder ("…") is the drafting check's empty field
    const quoted = fold(m[1]!);
    const known = ref.chairs.find((c) => [c.themeVi, c.themeEn].some((t) => t && fold(t) === quoted));
    // The years its sentence names: a known theme is wrong only if its own year is not among them.
    const { from, to } = sentenceAround(text, start, end);
    const named = new Set(calendarYears(text.slice(from, to)).map((y) => y.year));
    const year = nearestYear(text, start, end) ?? ctx.year + 1;
    const chair = chairOf(ref, year);
    const fits = known && (named.has(known.year) || (named.size === 0 && (known.year === ctx.year || known.year === ctx.year + 1)));
    if (known && !fits) {
      const proposal = ctx.lang === 'vi' ? chair?.themeVi : chair?.themeEn;
      out.push({
        kind: 'theme', blockIndex, found: m[1]!, at: start, ...(proposal ? { proposal } : {}), excerpt: excerpt(text, start, end),
        message: {
          vi: `"${m[1]}" là chủ đề năm ${known.year}, không phải năm ${year}${proposal ? ` (năm ${year}: "${proposal}")` : ' (chủ đề năm ' + year + ' chưa công bố)'}.`,
          en: `"${m[1]}" is the theme of ${known.year}, not ${year}${proposal ? ` (${year}: "${proposal}")` : ` (the ${year} theme is not announced)`}.`,
        },
      });
    } else if (!known && chair && !chair.themeConfirmed) {
      out.push({
        kind: 'unconfirmed-fact', blockIndex, found: m[1]!, at: start, excerpt: excerpt(text, start, end),
        message: { vi: `Chủ đề năm ${year} chưa được công bố chính thức: kiểm tra "${m[1]}".`, en: `The ${year} theme is not officially announced: check "${m[1]}".` },
      });
    }
  }
}

/**
 * A Summit of another year named as this year's ("Hội nghị Cấp cao ASEAN lần thứ 46 và 47" left in a 2026
 * review): the Summits of the review's year and the next are current; an older one is history only where
 * its sentence says when it was (its year, or "diễn ra tháng 5/2025"). The proposal is the Summit of the
 * same rank in the review's year.
 */
function checkSummits(text: string, folded: string, blockIndex: number, ctx: CheckContext, ref: RollReference, out: CheckFinding[]): void {
  if (!/cap cao asean|asean summit/u.test(folded)) return;
  for (const m of summitMentions(text)) {
    if (m.dated) continue;
    const summit = ref.summits.find((s) => s.number === m.number);
    if (!summit || summit.year === ctx.year || summit.year === ctx.year + 1) continue;
    const { from, to } = sentenceAround(text, m.start, m.end);
    if (calendarYears(text.slice(from, to)).some((y) => y.year === summit.year)) continue;
    const current = sameRankSummit(ref, summit, ctx.year);
    const proposal = current ? (m.en ? ordinal(current.number) : String(current.number)) : undefined;
    const found = text.slice(m.start, m.end);
    out.push({
      kind: 'summit', blockIndex, found, at: m.start, ...(proposal ? { proposal } : {}), excerpt: excerpt(text, m.start, m.end),
      message: {
        vi: `Hội nghị Cấp cao ASEAN lần thứ ${m.number} họp năm ${summit.year}, không phải năm ${ctx.year}${current ? ` (năm ${ctx.year}: lần thứ ${current.number})` : ''}.`,
        en: `The ${ordinal(m.number)} ASEAN Summit was in ${summit.year}, not ${ctx.year}${current ? ` (${ctx.year}: the ${ordinal(current.number)})` : ''}.`,
      },
    });
  }
}

/**
 * An anniversary of ASEAN's founding or of Viet Nam's accession that does not fit the year it is written
 * for (the year of its sentence, or the review's): "chặng đường ba thập kỷ đồng hành cùng ASEAN" left in a
 * 2026 review (31 years), "kỷ niệm 30 năm" rolled by hand. A number gets the right count proposed.
 */
function checkAnniversaries(text: string, folded: string, blockIndex: number, ctx: CheckContext, ref: RollReference, out: CheckFinding[]): void {
  if (!/ky niem|mung|thap ky|thap nien|the ky|anniversary|decades|century|\d\s+nam\s+(?:ngay\s+)?(?:thanh lap|viet nam gia nhap|gia nhap)/u.test(folded)) return;
  for (const m of anniversaryMentions(text)) {
    const base = anniversaryBase(text, m, sentenceAround(text, m.start, m.end));
    if (!base) continue;
    const from = base === 'founded' ? ref.aseanFounded : ref.vietNamJoined;
    const written = nearestYear(text, m.start, m.end);
    // No year written: the review's year, or the next (the orientations look ahead: "hướng tới kỷ niệm 60 năm").
    if (written === undefined && (from + m.years === ctx.year || from + m.years === ctx.year + 1)) continue;
    const year = written ?? ctx.year;
    if (from + m.years === year || year <= from) continue;
    const right = year - from;
    const found = text.slice(m.start, m.end);
    const proposal = m.words ? undefined : m.en ? ordinal(right) : String(right);
    const what = base === 'founded'
      ? { vi: `ASEAN thành lập năm ${from}`, en: `ASEAN was founded in ${from}` }
      : { vi: `Việt Nam gia nhập ASEAN năm ${from}`, en: `Viet Nam joined ASEAN in ${from}` };
    out.push({
      kind: 'anniversary', blockIndex, found, at: m.start, ...(proposal ? { proposal } : {}), excerpt: excerpt(text, m.start, m.end),
      message: {
        vi: `“${found}” ứng với năm ${from + m.years}, không phải năm ${year}: ${what.vi}, năm ${year} là ${right} năm.`,
        en: `“${found}” fits ${from + m.years}, not ${year}: ${what.en}, ${year} is ${right} years on.`,
      },
    });
  }
}

function checkSomHead(text: string, blockIndex: number, ctx: CheckContext, ref: RollReference, out: CheckFinding[]): void {
  if (!/\bSOM\b/u.test(text)) return;
  // Folded, so the Vietnamese and English spellings of one name are one search.
  const names = [...new Map(ref.titleHolders.filter((h) => h.title === 'som-head').map((h) => [fold(h.name), h.name])).values()];
  const folded = new FoldedText(text);
  for (const name of names) {
    for (const f of folded.find(namePattern(name))) {
      const { from, to } = sentenceAround(text, f.start, f.end);
      if (!/\bSOM\b/u.test(text.slice(from, to))) continue;
      // A year written next to the name: anyone in office that year; otherwise the document's own date.
      // A year after the review's is a plan ("phương hướng năm 2027 do Thứ trưởng …, Trưởng SOM …"),
      // not a year of office: the reference cannot know that year's holder, the document's date decides.
      const nearest = nearestYear(text, f.start, f.end);
      const written = nearest !== undefined && nearest <= ctx.year ? nearest : undefined;
      const year = written ?? ctx.year;
      const asOfMonth = Number((ctx.asOf ?? `${ctx.year}-12`).slice(5, 7)) || 12;
      const atDate = holderAt(ref, 'som-head', year, asOfMonth);
      const holders = written !== undefined || !atDate ? holdersIn(ref, 'som-head', year) : [atDate];
      if (holders.some((h) => fold(h.name) === fold(name))) continue;
      const proposal = holderAt(ref, 'som-head', year, 12)?.name ?? holders[holders.length - 1]?.name;
      out.push({
        kind: holders.length ? 'title' : 'unconfirmed-fact', blockIndex, found: f.text, at: f.start, ...(proposal ? { proposal } : {}), excerpt: excerpt(text, f.start, f.end),
        message: holders.length
          ? { vi: `${f.text} không giữ chức Trưởng SOM ASEAN Việt Nam năm ${year}${proposal ? ` (theo dữ liệu: ${proposal})` : ''}.`, en: `${f.text} was not Head of Viet Nam's ASEAN SOM in ${year}${proposal ? ` (reference data: ${proposal})` : ''}.` }
          : { vi: `Dữ liệu tham chiếu chưa có Trưởng SOM ASEAN Việt Nam năm ${year}: xác nhận ${f.text}.`, en: `The reference data has no Head of Viet Nam's ASEAN SOM for ${year}: confirm ${f.text}.` },
      });
    }
  }
}

function checkMinistries(text: string, folded: string, blockIndex: number, ctx: CheckContext, ref: RollReference, out: CheckFinding[]): void {
  if (!anyFormerMinistry(ref).test(folded)) return;
  const mapped = new FoldedText(text);
  for (const m of ref.ministries) {
    if (Number(m.effective.slice(0, 4)) > ctx.year) continue;
    for (const [old, next] of [[m.oldVi, ctx.lang === 'en' ? m.newEn : m.newVi], [m.oldEn, m.newEn]] as const) {
      for (const f of mapped.find(namePattern(old))) {
        out.push({
          kind: 'ministry', blockIndex, found: f.text, at: f.start, proposal: next, excerpt: excerpt(text, f.start, f.end),
          message: { vi: `Tên cũ (trước 1/3/2025): ${f.text}. Tên hiện nay: ${ctx.lang === 'en' ? m.newVi : next}.`, en: `Former name (before 1 March 2025): ${f.text}. Current name: ${m.newEn}.` },
        });
      }
    }
  }
}

const compiledExpiring = new WeakMap<RollReference, { any: RegExp; each: RegExp[] }>();

function checkExpired(text: string, folded: string, blockIndex: number, ctx: CheckContext, ref: RollReference, out: CheckFinding[]): void {
  let compiled = compiledExpiring.get(ref);
  if (!compiled) {
    const each = ref.expiring.map((e) => new RegExp(e.pattern, 'gu'));
    compiled = { any: new RegExp(ref.expiring.length ? ref.expiring.map((e) => `(?:${e.pattern})`).join('|') : '(?!)', 'u'), each };
    compiledExpiring.set(ref, compiled);
  }
  if (!compiled.any.test(folded)) return;
  const patterns = compiled.each;
  const asOf = ctx.asOf ?? `${ctx.year}-12-31`;
  ref.expiring.forEach((fact, i) => {
    if (asOf <= fact.until) return;
    for (const m of folded.matchAll(patterns[i]!)) {
      const found = text.slice(m.index, m.index + m[0].length);
      const proposal = ctx.lang === 'en' ? fact.successorEn : fact.successorVi;
      out.push({
        kind: 'expired', blockIndex, found, at: m.index, ...(proposal ? { proposal } : {}), excerpt: excerpt(text, m.index, m.index + m[0].length),
        message: { vi: `Đã hết thời điểm: ${fact.vi}.`, en: `Past its time: ${fact.en}.` },
      });
    }
  });
}

/**
 * Findings of one block depend only on its text (and the context and reference): they are remembered
 * per text, so the check after a save redoes only the blocks that changed (a 200-page draft is checked
 * again after every autosave).
 */
const memo = new WeakMap<RollReference, Map<string, Map<string, CheckFinding[]>>>();
const MEMO_MAX = 50_000;

function blockFindings(text: string, ctx: CheckContext, ref: RollReference): CheckFinding[] {
  let byCtx = memo.get(ref);
  if (!byCtx) memo.set(ref, (byCtx = new Map()));
  const ctxKey = `${ctx.year}|${ctx.lang}|${ctx.asOf ?? ''}`;
  let byText = byCtx.get(ctxKey);
  if (!byText) byCtx.set(ctxKey, (byText = new Map()));
  let found = byText.get(text);
  if (!found) {
    found = [];
    // Folded once per block; each detector first asks it whether its words occur at all.
    const folded = fold(text);
    checkYears(text, folded, 0, ctx, found);
    checkChairs(text, folded, 0, ctx, ref, found);
    checkThemes(text, folded, 0, ctx, ref, found);
    checkSummits(text, folded, 0, ctx, ref, found);
    checkAnniversaries(text, folded, 0, ctx, ref, found);
    checkSomHead(text, 0, ctx, ref, found);
    checkMinistries(text, folded, 0, ctx, ref, found);
    checkExpired(text, folded, 0, ctx, ref, found);
    found.sort((x, y) => (x.at ?? 0) - (y.at ?? 0)); // in reading order, as the panel lists them
    if (byText.size >= MEMO_MAX) byText.clear();
    byText.set(text, found);
  }
  return found;
}

export function checkStaleFacts(state: DocState, ctx: CheckContext, ref: RollReference): CheckFinding[] {
  const out: CheckFinding[] = [];
  state.root.children.forEach((block, blockIndex) => {
    const text = blockText(block).normalize('NFC');
    if (!text.trim()) return;
    for (const f of blockFindings(text, ctx, ref)) out.push({ ...f, blockIndex });
  });
  for (const { blockIndex, mark } of listMarks(state)) {
    out.push({
      kind: 'pending-mark', blockIndex, found: mark.oldText, proposal: mark.text, excerpt: `${mark.oldText} → ${mark.text}`,
      message: { vi: `Thay đổi tự động chưa duyệt: ${mark.oldText} → ${mark.text}.`, en: `Automatic change not yet reviewed: ${mark.oldText} → ${mark.text}.` },
    });
  }
  return out;
}
