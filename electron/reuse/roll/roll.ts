// Roll-forward: a past review's text brought to the draft's year by meaning. Pure: text in, the changes
// out (each one old → new with the rule that made it); the caller turns changes into marks.
//   reviewed year (fromYear) → toYear; orientation year (fromYear + 1) → toYear + 1;
//   dates, periods, horizons and plan names stay (years.ts); relative words ("năm nay", "năm tới",
//   "năm qua") stay, and stay right because every year around them moves by the same step;
//   Chair (country) and theme of a moved year → those of the new year, when the reference knows them;
//   Summit numbers of a moved year → the same Summit of the new year; anniversaries recomputed;
//   the head of SOM → the new year's holder, when known; renamed ministries → their current names.
import { fold } from '../../library/fold.ts';
import { alignedFold, calendarYears, yearMentions, yearContext } from './years.ts';
import { FoldedText, namePattern } from './match.ts';
import { anniversaryBase, anniversaryMentions } from './anniversaries.ts';
import { chairOf, countryById, holderAt, holdersIn, type CountryNames, type RollReference, type SummitFact } from './reference.ts';

export const ROLL_RULES = [
  'reviewed-year', 'orientation-year', 'chair', 'theme', 'summit', 'anniversary', 'som-head', 'ministry',
] as const;
export type RollRule = (typeof ROLL_RULES)[number];

export interface RollChange {
  start: number;
  end: number;
  old: string;
  new: string;
  rule: RollRule;
}

/** Something roll-forward could not bring forward (the reference does not know the new value). */
export interface RollNote { start: number; end: number; text: string; rule: RollRule; reason: 'unknown-new-value' }

export interface RollOptions {
  /** The year the source review reviews. */
  fromYear: number;
  /** The draft's year. */
  toYear: number;
  reference: RollReference;
}

export interface RollResult { text: string; changes: RollChange[]; notes: RollNote[] }

const SENTENCE_END = /[.;!?\n]/u;

export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return { from, to };
}

/** The calendar year written nearest to [start, end) in its sentence, if any. */
export function nearestYear(text: string, start: number, end: number): number | undefined {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  let best: { year: number; distance: number } | undefined;
  for (const m of calendarYears(sentence)) {
    const at = from + m.start;
    const distance = at >= end ? at - end : start - (from + m.end);
    if (!best || distance < best.distance) best = { year: m.year, distance };
  }
  return best?.year;
}

interface Ctx { text: string; options: RollOptions; delta: number; changes: RollChange[]; notes: RollNote[]; window: Set<number> }

function push(ctx: Ctx, start: number, end: number, next: string, rule: RollRule): void {
  const old = ctx.text.slice(start, end);
  if (old === next) return;
  ctx.changes.push({ start, end, old, new: next, rule });
}

function rollYears(ctx: Ctx): void {
  const { fromYear } = ctx.options;
  const folded = alignedFold(ctx.text);
  for (const m of yearMentions(ctx.text)) {
    if (!ctx.window.has(m.year) || yearContext(ctx.text, m, folded) !== 'calendar') continue;
    push(ctx, m.start, m.end, String(m.year + ctx.delta), m.year === fromYear ? 'reviewed-year' : 'orientation-year');
  }
}

/** The year a phrase is about: the nearest written year, else `fallback` if the phrase fits it. */
function movedYear(ctx: Ctx, start: number, end: number, fits: (year: number) => boolean): number | undefined {
  const near = nearestYear(ctx.text, start, end);
  if (near !== undefined) return ctx.window.has(near) && fits(near) ? near : undefined;
  return [...ctx.window].find(fits);
}

export interface CountryForm { country: CountryNames; kind: 'vi' | 'en' | 'enAdj'; start: number; end: number }

/** Vietnamese text has letters English never uses; its country names are looked up in Vietnamese only
 *  (so the English adjective "Lao" never matches "Lao động"). */
export function looksVietnamese(text: string): boolean {
  return /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu.test(text);
}

interface CompiledForm { country: CountryNames; kind: CountryForm['kind']; re: RegExp }
const compiledForms = new WeakMap<RollReference, CompiledForm[]>();

/** The reference's country spellings as regular expressions, compiled once per reference. */
function formsOf(ref: RollReference): CompiledForm[] {
  let forms = compiledForms.get(ref);
  if (!forms) {
    forms = [];
    for (const country of ref.countries) {
      for (const kind of ['vi', 'en', 'enAdj'] as const) {
        for (const form of country[kind]) {
          // Case and tone marks as written: "Lào" the country, never "lao" of "Lao động".
          // "the Philippines" starts a sentence as "The Philippines".
          const source = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '\\s*-\\s*').replace(/^the /u, '[Tt]he ');
          forms!.push({ country, kind, re: new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu') });
        }
      }
    }
    compiledForms.set(ref, forms);
  }
  return forms;
}

export function countryForms(ref: RollReference, text: string): CountryForm[] {
  const out: CountryForm[] = [];
  const vi = looksVietnamese(text);
  for (const { country, kind, re } of formsOf(ref)) {
    if ((kind === 'vi') !== vi) continue;
    for (const m of text.matchAll(re)) out.push({ country, kind, start: m.index, end: m.index + m[0].length });
  }
  // Longest first at each place ("Brunei Darussalam" over "Brunei"), then drop overlaps.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((f, i) => !out.slice(0, i).some((g) => g.start < f.end && f.start < g.end));
}

export const CHAIR_WORDS = /chu tich|chair/u;

// The word for the Chair, folded: "Chủ tịch", "Chair", "Chairmanship" (not "chaired", "co-chair").
const CHAIR_WORD = /(?<![\p{L}-])(?:chu tich|chair(?:manship|man|person)?)(?!\p{L})/gu;
// What may stand between the Chair word and its country: "Chủ tịch ASEAN năm 2026 là Phi-líp-pin",
// "Năm Chủ tịch ASEAN 2017 của Phi-líp-pin", "Malaysia trên cương vị Chủ tịch ASEAN", "ủng hộ Lào hoàn
// thành tốt vai trò Chủ tịch", "the Chairmanship of Malaysia", "Malaysia, as ASEAN Chair". Any other word
// makes the country someone else ("Việt Nam tích cực ủng hộ Chủ tịch Malaysia": Việt Nam is not the Chair).
const GAP_WORDS = new Set([
  'asean', 'nam', 'la', 'cua', 'nuoc', 'vai', 'tro', 'cuong', 'vi', 'dam', 'nhiem', 'nhan', 'giu', 'trong', 'tren', 'voi', 'tu', 'cach',
  'hoan', 'thanh', 'tot', 'cong', 'ky', 'se', 'da', 'dang', 'tiep', 'tuc', 'moi',
  'the', 'as', 'its', 'in', 'of', 'is', 'was', 'will', 'be', 'become', 'becomes', 'year', 'hold', 'holds', 'held', 'holding',
  'assume', 'assumes', 'assumed', 'assuming', 'take', 'takes', 'took', 'over', 's', 'current', 'incoming', 'outgoing',
]);
/** "Malaysia chaired ASEAN", "Singapore will chair ASEAN": the verb with ASEAN as its object. */
const CHAIRS_ASEAN = /(?<![\p{L}-])chair(?:s|ed|ing)?\s+asean(?!\p{L})/u;
/** A gap made only of those words, years and commas, dashes, brackets: at most a short clause. */
function chairGap(gap: string): boolean {
  if (gap.length > 40 || /[.;!?\n]/u.test(gap)) return false;
  return gap.split(/[\s,()\-–—:'’"“”]+/u).every((w) => w === '' || GAP_WORDS.has(w) || /^\d{4}$/u.test(w));
}
/** "Chủ tịch Nhóm Đặc trách …", "Chair of the ASEAN Information Ministers' Meeting": the chair of a body. */
const BODY_AFTER = /^\s+(?:(?:Hội|Nhóm|Ủy|Uỷ|Tiểu|Diễn|Ban|Cơ|Mạng|Liên|Quỹ|Trung|Đại|Hạ|Thượng)\s|of\s+the\s+(?:ASEAN\s+)?\p{Lu})/u;

/**
 * Is a country mention about the ASEAN Chair? The Chair word is next to it, with only the words of
 * GAP_WORDS between them, and (when the country comes first) is not the chair of some body.
 */
export function inChairContext(text: string, start: number, end: number): boolean {
  const before = fold(text.slice(Math.max(0, start - 60), start));
  for (const m of before.matchAll(CHAIR_WORD)) if (chairGap(before.slice(m.index + m[0].length))) return true;
  const afterText = text.slice(end, Math.min(text.length, end + 60));
  const after = fold(afterText);
  const verb = CHAIRS_ASEAN.exec(after);
  if (verb && chairGap(after.slice(0, verb.index))) return true;
  for (const m of after.matchAll(CHAIR_WORD)) {
    if (!chairGap(after.slice(0, m.index))) break; // a farther Chair word has this gap and more
    // The original text's letters after the word (fold keeps lengths of NFC Vietnamese).
    return !(after.length === afterText.length && BODY_AFTER.test(afterText.slice(m.index + m[0].length)));
  }
  return false;
}

/** The new country's name in the old one's form: its preferred Vietnamese name in Vietnamese text (the
 *  name the fields write: "Ma-lai-xi-a" and "Malaysia" both become "Phi-líp-pin"), its English noun as
 *  a sentence writes it ("the Philippines"), or its adjective ("the Philippine Chair"). */
function formOf(country: CountryNames, kind: CountryForm['kind']): string | undefined {
  return kind === 'enAdj' ? (country.enAdj[0] ?? country.en[0]) : country[kind][0];
}

/**
 * Where an English country noun is replaced, and by what: the possessive follows the new name
 * ("Malaysia's" → "the Philippines'", "the Philippines'" → "Singapore's") and an article that starts a
 * sentence is capitalised ("The Philippines will chair…"). Other forms are replaced as they are.
 */
export function countryReplacement(text: string, form: Pick<CountryForm, 'kind' | 'start' | 'end'>, name: string): { start: number; end: number; text: string } {
  if (form.kind !== 'en') return { start: form.start, end: form.end, text: name };
  let end = form.end;
  let next = name;
  const possessive = /^(['’])(s?)(?!\p{L})/u.exec(text.slice(end));
  // A bare apostrophe is a possessive only after a final s ("the Philippines'"); else it closes a quote.
  if (possessive && (possessive[2] || /s$/u.test(text.slice(form.start, form.end)))) {
    end += possessive[0].length;
    next += /s$/u.test(name) ? possessive[1]! : `${possessive[1]}s`;
  }
  let start = form.start;
  // A "the" already written before the old name is not doubled when the new name brings its own.
  const article = /(?:^|[^\p{L}])([Tt]he\s+)$/u.exec(text.slice(Math.max(0, start - 5), start));
  if (article && /^the\s/iu.test(next)) start -= article[1]!.length;
  const sentenceStart = /(?:^|[.!?:]\s+|\n)$/u.test(text.slice(0, start));
  if (sentenceStart) next = next.charAt(0).toUpperCase() + next.slice(1);
  return { start, end, text: next };
}

function rollChairs(ctx: Ctx): void {
  const ref = ctx.options.reference;
  if (!CHAIR_WORDS.test(fold(ctx.text))) return;
  for (const f of countryForms(ref, ctx.text)) {
    if (!inChairContext(ctx.text, f.start, f.end)) continue;
    const year = movedYear(ctx, f.start, f.end, (y) => chairOf(ref, y)?.country === f.country.id);
    if (year === undefined) continue;
    const next = chairOf(ref, year + ctx.delta);
    const nextCountry = next && countryById(ref, next.country);
    const form = nextCountry && formOf(nextCountry, f.kind);
    if (!form) { ctx.notes.push({ start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end), rule: 'chair', reason: 'unknown-new-value' }); continue; }
    const to = countryReplacement(ctx.text, f, form);
    push(ctx, to.start, to.end, to.text, 'chair');
  }
}

export const THEME = /(?:chủ đề|Chủ đề|theme|Theme)\s*(?:là\s*)?:?\s*["“]\s*([^"”]+?)\s*["”]/dgu;

function rollThemes(ctx: Ctx): void {
  const ref = ctx.options.reference;
  for (const m of ctx.text.matchAll(THEME)) {
    const [start, end] = m.indices![1]!;
    const quoted = fold(m[1]!);
    const known = ref.chairs.find((c) => [c.themeVi, c.themeEn].some((t) => t && fold(t) === quoted));
    const year = known && ctx.window.has(known.year) ? known.year : known ? undefined : movedYear(ctx, start, end, () => true);
    if (year === undefined) continue;
    const lang = known ? (known.themeEn && fold(known.themeEn) === quoted ? 'en' : 'vi') : /[^\x00-\x7f]/u.test(m[1]!) ? 'vi' : 'en';
    const next = chairOf(ref, year + ctx.delta);
    const theme = lang === 'en' ? next?.themeEn : next?.themeVi;
    if (!theme) { ctx.notes.push({ start, end, text: m[1]!, rule: 'theme', reason: 'unknown-new-value' }); continue; }
    push(ctx, start, end, theme, 'theme');
  }
}

// "Hội nghị Cấp cao ASEAN lần thứ 46", "Cấp cao ASEAN lần thứ 46 và 47", "the 46th ASEAN Summit",
// "the 46th and 47th ASEAN Summits": every number of a list is a Summit (the templates write the year's
// two Summits as one list, {{summits}}).
const SUMMIT_VI = /Cấp cao ASEAN (?:lần )?thứ (\d+(?:(?:\s*,\s*|\s+và\s+)\d+)*)/dgu;
const SUMMIT_EN = /((?:\d+(?:st|nd|rd|th)(?:\s*,\s*|\s+and\s+|,\s+and\s+))*\d+(?:st|nd|rd|th)) ASEAN Summits?\b/dgu;
/** A Summit followed by when it took place is history ("… lần thứ 46 diễn ra tháng 5/2025"). */
const DATED_AFTER = /^[^.;]{0,25}?(?:diễn ra|tổ chức|tháng \d|\(tháng|ngày \d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)|held)/u;

/** One Summit number written in a text: [start, end) covers the number (with its ordinal suffix in English);
 *  `listEnd`: where the words naming its list end ("… lần thứ 46 và 47|", "… 47th ASEAN Summits|"). */
export interface SummitMention { number: number; start: number; end: number; en: boolean; dated: boolean; listEnd: number }

export function summitMentions(text: string): SummitMention[] {
  const out: SummitMention[] = [];
  for (const [re, en] of [[SUMMIT_VI, false], [SUMMIT_EN, true]] as const) {
    for (const m of text.matchAll(re)) {
      const [listStart] = m.indices![1]!;
      const dated = DATED_AFTER.test(text.slice(m.index + m[0].length));
      for (const n of m[1]!.matchAll(en ? /(\d+)(?:st|nd|rd|th)/gu : /\d+/gu)) {
        out.push({ number: Number(en ? n[1] : n[0]), start: listStart + n.index, end: listStart + n.index + n[0].length, en, dated, listEnd: m.index + m[0].length });
      }
    }
  }
  return out;
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}

/** The Summit of `year` in the same place of its year's list as `summit` (the first, the second). */
export function sameRankSummit(ref: RollReference, summit: SummitFact, year: number): SummitFact | undefined {
  const ofYear = (y: number) => ref.summits.filter((s) => s.year === y).sort((a, b) => a.number - b.number);
  return ofYear(year)[ofYear(summit.year).findIndex((s) => s.number === summit.number)];
}

function nextSummit(ref: RollReference, n: number, delta: number, window: Set<number>): number | undefined {
  const summit = ref.summits.find((s) => s.number === n);
  if (!summit || !window.has(summit.year)) return undefined;
  // Two Summits a year: without the new year's list, the numbers advance by two a year.
  return sameRankSummit(ref, summit, summit.year + delta)?.number ?? n + 2 * delta;
}

/** "Kuala Lumpur", "Cebu và Manila": the places of some Summits, each once, as a list is written. */
function placesOf(summits: readonly (SummitFact | undefined)[], en: boolean): string | null {
  const places = [...new Set(summits.map((s) => (en ? s?.placeEn : s?.placeVi)))];
  if (places.length === 0 || places.some((p) => !p)) return null;
  return places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')}${en ? ' and ' : ' và '}${places.at(-1)}`;
}

function rollSummits(ctx: Ctx): void {
  const ref = ctx.options.reference;
  const lists = new Map<number, { en: boolean; from: (SummitFact | undefined)[]; to: (SummitFact | undefined)[] }>();
  for (const m of summitMentions(ctx.text)) {
    if (m.dated) continue;
    const next = nextSummit(ref, m.number, ctx.delta, ctx.window);
    if (next === undefined) continue;
    push(ctx, m.start, m.end, m.en ? ordinal(next) : String(next), 'summit');
    const list = lists.get(m.listEnd) ?? { en: m.en, from: [], to: [] };
    list.from.push(ref.summits.find((s) => s.number === m.number));
    list.to.push(ref.summits.find((s) => s.number === next));
    lists.set(m.listEnd, list);
  }
  // Where they met moves with them: "lần thứ 46 và 47 tại Kuala Lumpur" → "lần thứ 48 và 49 tại Cebu và
  // Manila"; when the data has no place for the new ones, a note instead of a false "48 và 49 tại Kuala Lumpur".
  for (const [listEnd, list] of lists) {
    const place = placesOf(list.from, list.en);
    if (!place) continue;
    const lead = (list.en ? /^,?\s+(?:in|at)\s+/u : /^,?\s+(?:tại|ở)\s+/u).exec(ctx.text.slice(listEnd));
    if (!lead || !ctx.text.startsWith(place, listEnd + lead[0].length)) continue;
    const start = listEnd + lead[0].length;
    const end = start + place.length;
    const next = placesOf(list.to, list.en);
    if (next) push(ctx, start, end, next, 'summit');
    else ctx.notes.push({ start, end, text: place, rule: 'summit', reason: 'unknown-new-value' });
  }
}

// "kỷ niệm 50 năm thành lập ASEAN", "30 năm Việt Nam gia nhập ASEAN", "the 60th anniversary of ASEAN";
// in words ("ba thập kỷ") a note: the new count is not a round one to write in words.
function rollAnniversaries(ctx: Ctx): void {
  const ref = ctx.options.reference;
  for (const m of anniversaryMentions(ctx.text)) {
    const base = anniversaryBase(ctx.text, m, sentenceAround(ctx.text, m.start, m.end));
    const from = base === 'founded' ? ref.aseanFounded : base === 'joined' ? ref.vietNamJoined : undefined;
    // Founding and accession: the year the anniversary falls in must be one that moves.
    if (from !== undefined && !ctx.window.has(from + m.years)) continue;
    // Other anniversaries (of relations…): only when the sentence names a moving year.
    if (from === undefined) {
      if (m.words) continue;
      const near = nearestYear(ctx.text, m.start, m.end);
      if (near === undefined || !ctx.window.has(near)) continue;
    }
    if (m.words) { ctx.notes.push({ start: m.start, end: m.end, text: ctx.text.slice(m.start, m.end), rule: 'anniversary', reason: 'unknown-new-value' }); continue; }
    const next = m.years + ctx.delta;
    push(ctx, m.start, m.end, m.en ? ordinal(next) : String(next), 'anniversary');
  }
}

function rollSomHead(ctx: Ctx): void {
  const ref = ctx.options.reference;
  if (!/\bSOM\b/u.test(ctx.text)) return;
  // Folded, so the Vietnamese and English spellings of one name are one search.
  const names = [...new Map(ref.titleHolders.filter((h) => h.title === 'som-head').map((h) => [fold(h.name), h.name])).values()];
  const folded = new FoldedText(ctx.text);
  for (const name of names) {
    for (const f of folded.find(namePattern(name))) {
      const { from, to } = sentenceAround(ctx.text, f.start, f.end);
      if (!/\bSOM\b/u.test(ctx.text.slice(from, to))) continue;
      const heldInWindow = [...ctx.window].some((y) => holdersIn(ref, 'som-head', y).some((h) => fold(h.name) === fold(name)));
      if (!heldInWindow) continue;
      const at = holderAt(ref, 'som-head', ctx.options.toYear, 12);
      // English text takes the English spelling of the same holder (same period), when the data has one.
      const next = at && !looksVietnamese(ctx.text)
        ? ref.titleHolders.find((h) => h.title === at.title && h.from.year === at.from.year && h.from.month === at.from.month && !looksVietnamese(h.name)) ?? at
        : at;
      if (!next) { ctx.notes.push({ start: f.start, end: f.end, text: f.text, rule: 'som-head', reason: 'unknown-new-value' }); continue; }
      if (fold(next.name) === fold(f.text)) continue;
      push(ctx, f.start, f.end, next.name, 'som-head');
    }
  }
}

const ministryAny = new WeakMap<RollReference, RegExp>();

/** One pattern for every former name, to skip the (costlier) offset-keeping search in most paragraphs. */
export function anyFormerMinistry(ref: RollReference): RegExp {
  let re = ministryAny.get(ref);
  if (!re) {
    const names = ref.ministries.flatMap((m) => [m.oldVi, m.oldEn]).map(namePattern);
    re = new RegExp(names.length ? names.join('|') : '(?!)', 'u');
    ministryAny.set(ref, re);
  }
  return re;
}

function rollMinistries(ctx: Ctx): void {
  if (!anyFormerMinistry(ctx.options.reference).test(fold(ctx.text))) return;
  const folded = new FoldedText(ctx.text);
  for (const rename of ctx.options.reference.ministries) {
    if (Number(rename.effective.slice(0, 4)) > ctx.options.toYear) continue;
    for (const [old, next] of [[rename.oldVi, rename.newVi], [rename.oldEn, rename.newEn]] as const) {
      for (const f of folded.find(namePattern(old))) push(ctx, f.start, f.end, next, 'ministry');
    }
  }
}

/** Applies non-overlapping changes (earliest first) to the text. */
export function applyChanges(text: string, changes: readonly RollChange[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) { out += text.slice(at, c.start) + c.new; at = c.end; }
  return out + text.slice(at);
}

export function rollText(input: string, options: RollOptions): RollResult {
  const text = input.normalize('NFC');
  const delta = options.toYear - options.fromYear;
  if (delta === 0) return { text, changes: [], notes: [] };
  const ctx: Ctx = { text, options, delta, changes: [], notes: [], window: new Set([options.fromYear, options.fromYear + 1]) };
  // Longer, more specific rules first: where two overlap, the earlier-listed one wins.
  rollMinistries(ctx);
  rollThemes(ctx);
  rollSomHead(ctx);
  rollSummits(ctx);
  rollAnniversaries(ctx);
  rollChairs(ctx);
  rollYears(ctx);
  const kept: RollChange[] = [];
  for (const c of ctx.changes) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  kept.sort((a, b) => a.start - b.start);
  return { text: applyChanges(text, kept), changes: kept, notes: ctx.notes };
}
