// What roll-forward and the stale-fact check need to know about the world, as plain data. Built from the
// drafting issue's reference data (data/, electron/drafting/reference) by reference-adapter.ts; tests
// build it directly. Nothing here is hard-coded fact: names, chairs and dates all come from data files.
export interface CountryNames {
  id: string;
  /** Vietnamese forms, preferred first ("Phi-líp-pin", "Philippines"). */
  vi: string[];
  /** English nouns, preferred first ("the Philippines"). */
  en: string[];
  /** English adjectives ("Philippine"), used in "the Philippine Chair". */
  enAdj: string[];
}

export interface ChairYear {
  year: number;
  country: string;
  themeVi?: string;
  themeEn?: string;
  confirmed: boolean;
  themeConfirmed: boolean;
}

/** placeVi/placeEn: where it met (or meets), as a sentence writes it. */
export interface SummitFact { number: number; year: number; month?: number; placeVi?: string; placeEn?: string }

/** A holder of a title for a period; months are 1–12, `to` absent = still in office or unknown end. */
export interface TitleHolder { title: 'som-head'; name: string; from: { year: number; month: number }; to?: { year: number; month: number } }

export interface MinistryRename {
  oldVi: string;
  oldEn: string;
  newVi: string;
  newEn: string;
  /** ISO date the rename took effect (2025-03-01). */
  effective: string;
}

/** A document or fact that stops being current at a date, with what replaced it. */
export interface ExpiringFact {
  /** Regular expression source, matched on folded text (library/fold.ts), case-insensitive. */
  pattern: string;
  /** ISO date after which mentioning it as current or future is stale. */
  until: string;
  vi: string;
  en: string;
  /** Proposed wording or successor, if any. */
  successorVi?: string;
  successorEn?: string;
}

export interface RollReference {
  countries: CountryNames[];
  chairs: ChairYear[];
  summits: SummitFact[];
  titleHolders: TitleHolder[];
  ministries: MinistryRename[];
  expiring: ExpiringFact[];
  /** Founding year of ASEAN and Viet Nam's accession year, for computed anniversaries. */
  aseanFounded: number;
  vietNamJoined: number;
}

export function chairOf(ref: RollReference, year: number): ChairYear | undefined {
  return ref.chairs.find((c) => c.year === year);
}

export function countryById(ref: RollReference, id: string): CountryNames | undefined {
  return ref.countries.find((c) => c.id === id);
}

/** Who held the title during (some of) the given year: every holder whose period overlaps it. */
export function holdersIn(ref: RollReference, title: TitleHolder['title'], year: number): TitleHolder[] {
  return ref.titleHolders.filter((h) => h.title === title && h.from.year <= year && (h.to === undefined || h.to.year >= year));
}

/** Who held the title in the given month (reviews are written in December: month 12). */
export function holderAt(ref: RollReference, title: TitleHolder['title'], year: number, month: number): TitleHolder | undefined {
  const at = year * 12 + month;
  return ref.titleHolders.find((h) => h.title === title && h.from.year * 12 + h.from.month <= at
    && (h.to === undefined || h.to.year * 12 + h.to.month >= at));
}

/** An empty reference: roll-forward then only moves years, relative phrases and anniversaries. */
export const NO_REFERENCE: RollReference = {
  countries: [], chairs: [], summits: [], titleHolders: [], ministries: [], expiring: [], aseanFounded: 1967, vietNamJoined: 1995,
};
