// The drafting issue's reference data (data/reference/*.yaml + the user's edits) as roll-forward and the
// stale-fact check read it. Only word forms live here (English adjectives, the Latin spellings of member
// names used in Vietnamese text): facts — chairs, themes, Summits, SOM heads, renames — all come from data.
import { isFieldConfirmed, memberNameInText, type ReferenceData } from '../drafting/reference/index.ts';
import type { CountryNames, ExpiringFact, RollReference, TitleHolder } from './roll/reference.ts';
import { fold } from '../library/fold.ts';

/** English adjectives ("the Indonesian Chair", "the Lao Chairmanship"): grammar, not facts. */
const EN_ADJECTIVES: Record<string, string[]> = {
  BN: ['Bruneian'], KH: ['Cambodian'], ID: ['Indonesian'], LA: ['Lao'], MY: ['Malaysian'], MM: ['Myanmar'],
  PH: ['Philippine'], SG: ['Singaporean'], TH: ['Thai'], VN: ['Vietnamese'], TL: ['Timorese'],
};
/** Other spellings seen in the documents (Vietnamese text often writes the Latin name). */
const VI_ALTERNATES: Record<string, string[]> = {
  BN: ['Bru-nây', 'Brunei Darussalam'], KH: ['Cam-pu-chia'], ID: ['In-đô-nê-xi-a'], MY: ['Ma-lai-xi-a'], MM: ['Mi-an-ma'],
  PH: ['Philippines', 'Phi-lip-pin'], SG: ['Xin-ga-po'], TL: ['Đông Timor'],
};
const EN_ALTERNATES: Record<string, string[]> = { LA: ['Laos'], VN: ['Vietnam'], BN: ['Brunei'] };

function month(partial: string, end: boolean): { year: number; month: number } {
  const [y, m] = partial.split('-');
  return { year: Number(y), month: m ? Number(m) : end ? 12 : 1 };
}

/**
 * Facts that stop being current, from the data where it says so (a policy document with a successor,
 * Timor-Leste's admission date); the Blueprints 2025 carry their end in their own name.
 */
function expiring(data: ReferenceData): ExpiringFact[] {
  const out: ExpiringFact[] = [];
  for (const doc of data['policy-docs']) {
    if (!doc.successor) continue;
    const next = data['policy-docs'].find((d) => d.key === doc.successor);
    if (!next?.date) continue;
    out.push({
      pattern: fold(doc.shortVi).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
      until: next.date.length === 4 ? `${next.date}-12-31` : next.date.length === 7 ? `${next.date}-28` : next.date,
      vi: `${doc.shortVi} đã được thay bằng ${next.shortVi}${isFieldConfirmed(doc, 'successor') ? '' : ' (chưa xác nhận)'}`,
      en: `${doc.shortEn} has been replaced by ${next.shortEn}${isFieldConfirmed(doc, 'successor') ? '' : ' (unconfirmed)'}`,
      successorVi: next.shortVi,
      successorEn: next.shortEn,
    });
  }
  const timor = data.dates.find((d) => d.key === 'timor-leste-admitted');
  if (timor) {
    out.push({
      pattern: 'timor-leste\\s+(?:se|sap|du kien)\\s+(?:chinh thuc\\s+)?(?:tro thanh|duoc ket nap|gia nhap)|timor-leste\\s+will\\s+(?:become|join)',
      until: timor.date, vi: `${timor.labelVi} (${timor.date})`, en: `${timor.labelEn} (${timor.date})`,
    });
  }
  out.push({
    pattern: '(?:ke hoach tong the|blueprints?|master plan)[^.;]{0,60}?2025',
    until: '2025-12-31',
    vi: 'Các Kế hoạch tổng thể 2025 đã kết thúc cuối năm 2025',
    en: 'The 2025 Blueprints ended at the end of 2025',
    successorVi: 'các Kế hoạch chiến lược thực hiện Tầm nhìn Cộng đồng ASEAN 2045',
    successorEn: 'the Strategic Plans of the ASEAN Community Vision 2045',
  });
  return out;
}

export function rollReferenceFrom(data: ReferenceData): RollReference {
  const countries: CountryNames[] = data.members.map((m) => ({
    id: m.key,
    vi: [m.nameVi, ...(VI_ALTERNATES[m.key] ?? []), ...(m.nameEn !== m.nameVi ? [m.nameEn] : [])],
    // As a sentence writes it first ("the Philippines"): the name roll-forward and the check's fixes put in.
    en: [...new Set([memberNameInText(data, m.key, 'en'), m.nameEn, ...(EN_ALTERNATES[m.key] ?? [])])],
    enAdj: EN_ADJECTIVES[m.key] ?? [],
  }));
  const titleHolders: TitleHolder[] = data['som-heads'].map((h) => ({
    title: 'som-head', name: h.nameVi, from: month(h.from, false), ...(h.to ? { to: month(h.to, true) } : {}),
  }));
  // The English names are matched too (an English review names "Do Hung Viet").
  for (const h of data['som-heads']) {
    if (h.nameEn !== h.nameVi) titleHolders.push({ title: 'som-head', name: h.nameEn, from: month(h.from, false), ...(h.to ? { to: month(h.to, true) } : {}) });
  }
  const current = new Map(data.ministries.filter((m) => m.current).map((m) => [m.key, m]));
  const ministries = data.ministries.filter((m) => !m.current && m.renamedOn && m.successors.length).flatMap((m) => {
    const next = current.get(m.successors[0]!);
    return next ? [{ oldVi: m.nameVi, oldEn: m.nameEn, newVi: next.nameVi, newEn: next.nameEn, effective: m.renamedOn! }] : [];
  });
  const founded = data.dates.find((d) => d.key === 'asean-founded');
  const joined = data.dates.find((d) => d.key === 'vn-joined');
  return {
    countries,
    chairs: data.chairs.map((c) => ({
      year: c.year, country: c.chair, themeVi: c.themeVi ?? undefined, themeEn: c.themeEn ?? undefined,
      confirmed: isFieldConfirmed(c, 'chair'),
      themeConfirmed: isFieldConfirmed(c, 'themeVi') && isFieldConfirmed(c, 'themeEn'),
    })),
    summits: data.summits.map((s) => ({ number: s.number, year: s.year, month: s.date.length >= 7 ? Number(s.date.slice(5, 7)) : undefined, placeVi: s.placeVi, placeEn: s.placeEn })),
    titleHolders,
    ministries,
    expiring: expiring(data),
    aseanFounded: founded ? Number(founded.date.slice(0, 4)) : 1967,
    vietNamJoined: joined ? Number(joined.date.slice(0, 4)) : 1995,
  };
}
