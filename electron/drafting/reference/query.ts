// Questions the drafting code (and the reuse/stale-fact checks) ask of the reference data.
import type { Lang } from '../../shared/review.ts';
import type { ReferenceData, RefEntry, RefKind } from './schema.ts';

/** A value with whether it is confirmed and where it comes from. */
export interface Fact<T> {
  value: T;
  confirmed: boolean;
  source: string;
  /** True when the value is the user's edit. */
  user: boolean;
}

/** A field is confirmed when the user set it, or its entry is confirmed and the field is not listed as unconfirmed. */
export function isFieldConfirmed(entry: RefEntry, field: string): boolean {
  if (entry.origin.userFields.includes(field)) return true;
  return entry.confirmed && !entry.unconfirmed.includes(field);
}

export function fact<K extends RefKind, T>(entry: RefEntry<K>, field: string, value: T): Fact<T> {
  const present = value !== null && value !== undefined && value !== '';
  return { value, confirmed: present && isFieldConfirmed(entry, field), source: entry.source, user: entry.origin.userFields.includes(field) };
}

export function entry<K extends RefKind>(data: ReferenceData, kind: K, key: string): RefEntry<K> | undefined {
  return (data[kind] as RefEntry<K>[]).find((e) => e.key === key);
}

export function memberName(data: ReferenceData, code: string, lang: Lang): string {
  const member = entry(data, 'members', code);
  if (!member) return code;
  return lang === 'vi' ? member.nameVi : member.nameEn;
}

/** Members English names with the article in a sentence: grammar, not a fact of the data. */
const EN_WITH_ARTICLE = new Set(['PH']);

/** A member's name as a sentence writes it: "under the Chairmanship of the Philippines". */
export function memberNameInText(data: ReferenceData, code: string, lang: Lang): string {
  const name = memberName(data, code, lang);
  return lang === 'en' && EN_WITH_ARTICLE.has(code) && !/^the\s/iu.test(name) ? `the ${name}` : name;
}

export interface ChairFacts {
  year: number;
  code: string | null;
  name: Fact<string | null>;
  theme: Fact<string | null>;
  note: string | null;
}

/** The ASEAN Chair and theme of a year in one language; an unknown year gives empty, unconfirmed facts. */
export function chairOf(data: ReferenceData, year: number, lang: Lang): ChairFacts {
  const e = entry(data, 'chairs', String(year));
  if (!e) {
    const none = { value: null, confirmed: false, source: '', user: false };
    return { year, code: null, name: none, theme: none, note: null };
  }
  const themeField = lang === 'vi' ? 'themeVi' : 'themeEn';
  return {
    year,
    code: e.chair,
    name: fact(e, 'chair', memberNameInText(data, e.chair, lang)),
    theme: fact(e, themeField, lang === 'vi' ? e.themeVi : e.themeEn),
    note: e.note ?? null,
  };
}

export function summitsOf(data: ReferenceData, year: number): RefEntry<'summits'>[] {
  return data.summits.filter((s) => s.year === year).sort((a, b) => a.number - b.number);
}

function periodStart(p: string): string { return p.length === 4 ? `${p}-01` : p.slice(0, 7); }
function periodEnd(p: string): string { return p.length === 4 ? `${p}-12` : p.slice(0, 7); }

/** The Head of Viet Nam's ASEAN SOM at a month (YYYY-MM) or during a year (the latest one in office that year). */
export function somHeadAt(data: ReferenceData, when: string | number): RefEntry<'som-heads'> | undefined {
  const from = typeof when === 'number' ? `${when}-01` : periodStart(when);
  const to = typeof when === 'number' ? `${when}-12` : periodEnd(when);
  const inOffice = data['som-heads'].filter((h) => periodStart(h.from) <= to && (h.to === null || periodEnd(h.to) >= from));
  return inOffice.sort((a, b) => periodStart(b.from).localeCompare(periodStart(a.from)))[0];
}

export interface Anniversary { key: string; years: number; phrase: string; confirmed: boolean }

/** Round anniversaries (every 5 years) that fall in a year, from the fixed dates. */
export function anniversariesIn(data: ReferenceData, year: number, lang: Lang): Anniversary[] {
  const out: Anniversary[] = [];
  for (const d of data.dates) {
    const years = year - Number(d.date.slice(0, 4));
    if (years <= 0 || years % 5 !== 0) continue;
    const phrase = (lang === 'vi' ? d.anniversaryVi : d.anniversaryEn).replace('{n}', String(years));
    out.push({ key: d.key, years, phrase, confirmed: isFieldConfirmed(d, 'date') });
  }
  return out;
}

/** Years since a fixed date (e.g. 'vn-joined' in 2025 → 30), or null if the date is unknown. */
export function yearsSince(data: ReferenceData, key: string, year: number): number | null {
  const d = entry(data, 'dates', key);
  return d ? year - Number(d.date.slice(0, 4)) : null;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A ministry by either of its names (case, tone marks and spacing ignored). */
export function ministryByName(data: ReferenceData, name: string): RefEntry<'ministries'> | undefined {
  const f = fold(name);
  return data.ministries.find((x) => fold(x.nameVi) === f || fold(x.nameEn) === f);
}

/** Former ministry names, each with the current ministries that took over: what the stale-name check looks for. */
export function formerMinistries(data: ReferenceData): { former: RefEntry<'ministries'>; successors: RefEntry<'ministries'>[] }[] {
  return data.ministries.filter((x) => !x.current).map((former) => ({
    former,
    successors: former.successors.map((k) => entry(data, 'ministries', k)).filter((x): x is RefEntry<'ministries'> => x !== undefined),
  }));
}

/** A policy document and the chain of documents that replaced it (last = the one in force). */
export function policyChain(data: ReferenceData, key: string): RefEntry<'policy-docs'>[] {
  const chain: RefEntry<'policy-docs'>[] = [];
  let current = entry(data, 'policy-docs', key);
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.successor ? entry(data, 'policy-docs', current.successor) : undefined;
  }
  return chain;
}

/** The document of a chain in force during `year`: the last one issued before the year ends. */
export function policyInForce(data: ReferenceData, key: string, year: number): RefEntry<'policy-docs'> | undefined {
  const end = `${year}-12-31`;
  return policyChain(data, key).filter((d) => d.date === null || d.date <= end).at(-1);
}

export function glossaryFor(data: ReferenceData, vi: string): RefEntry<'glossary'> | undefined {
  const f = fold(vi);
  return data.glossary.find((g) => fold(g.vi) === f);
}
