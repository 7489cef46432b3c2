// Which ministry sent a contribution file (issue 14), pure: from its agency header ("BỘ CÔNG THƯƠNG",
// or a department under it), the symbol in its number ("Số: 1234/BCT-HTQT"), its file name, or, last,
// the first lines of its text. A pre-2025 name maps to the current ministry that took its work over
// (Bộ Kế hoạch và Đầu tư → Bộ Tài chính); where several did, the first is proposed and the others are
// offered. The user confirms whatever this finds: it is a best guess, never a silent decision.
import { fold } from '../library/fold.ts';
import type { DetectedBy, MinistryDetection, MinistryName } from '../shared/inbox.ts';

export interface MinistryRef extends MinistryName { current: boolean; successors: string[] }

export interface DetectInput {
  /** The agency lines of the header: parent agency and issuing agency, page header lines. */
  headerLines: string[];
  /** The number and symbol ("1234/BCT-HTQT"), when the file has one. */
  number: string;
  fileName: string;
  /** The first lines of the body. */
  textLines: string[];
}

/**
 * The symbols ministries put in their document numbers (Decree 30, Appendix VI: the issuing agency's
 * abbreviation). Not in the reference data (it has no field for them); the keys are its ministry keys.
 */
export const MINISTRY_SYMBOLS: Readonly<Record<string, string>> = {
  BQP: 'mod', BCA: 'mps', BNG: 'mofa', BNV: 'moha', BTP: 'moj', BTC: 'mof', BCT: 'moit', BNNMT: 'mae',
  BXD: 'moc', BVHTTDL: 'mocst', BKHCN: 'most', BGDDT: 'moet', BYT: 'moh', BDTTG: 'memr', NHNN: 'sbv',
  TTCP: 'gi', VPCP: 'oog',
  // Former (before 1 March 2025)
  BKHDT: 'mpi', BGTVT: 'mot', BNNPTNT: 'mard', BTNMT: 'monre', BTTTT: 'mic', BLDTBXH: 'molisa', UBDT: 'cema',
};

/** Folded, "đ" → "d", anything but letters and digits → one space. */
function words(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

interface Named { ref: MinistryRef; folded: string }

function namesOf(ministries: readonly MinistryRef[]): Named[] {
  const out: Named[] = [];
  for (const ref of ministries) {
    out.push({ ref, folded: words(ref.nameVi) });
    out.push({ ref, folded: words(ref.nameEn) });
  }
  // Longest first: "Bộ Nông nghiệp và Phát triển nông thôn" before any shorter name it contains.
  return out.sort((a, b) => b.folded.length - a.folded.length);
}

/** The ministries named in a line, longest names first, each once; a name inside a longer match is not counted again. */
function namedIn(line: string, names: readonly Named[]): MinistryRef[] {
  let rest = words(line);
  const found: MinistryRef[] = [];
  for (const n of names) {
    if (!rest.includes(n.folded)) continue;
    if (!found.includes(n.ref)) found.push(n.ref);
    rest = rest.split(n.folded).join(' | ');
  }
  return found;
}

function bySymbol(text: string, byKey: ReadonlyMap<string, MinistryRef>): { ref: MinistryRef; symbol: string } | null {
  // Symbols are upper-case letters (with Đ) between "/", "-", "_", spaces: "1234/BCT-HTQT", "BC-BKHĐT".
  const tokens = text.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const token of tokens) {
    if (token !== token.toLocaleUpperCase('vi')) continue;
    const key = MINISTRY_SYMBOLS[fold(token).toUpperCase()];
    const ref = key ? byKey.get(key) : undefined;
    if (ref) return { ref, symbol: token };
  }
  return null;
}

function name(ref: MinistryRef): MinistryName {
  return { key: ref.key, nameVi: ref.nameVi, nameEn: ref.nameEn };
}

function resolved(ref: MinistryRef, by: DetectedBy, evidence: string, byKey: ReadonlyMap<string, MinistryRef>): MinistryDetection {
  if (ref.current) return { ministry: name(ref), by, evidence, former: null, alternatives: [] };
  const successors = ref.successors.map((k) => byKey.get(k)).filter((s): s is MinistryRef => s !== undefined && s.current);
  return {
    ministry: successors[0] ? name(successors[0]) : null,
    by,
    evidence,
    former: name(ref),
    alternatives: successors.slice(1).map(name),
  };
}

export const NOT_DETECTED: MinistryDetection = { ministry: null, by: null, evidence: '', former: null, alternatives: [] };

/** How many of the body's first lines may name the sender ("Bộ Công Thương báo cáo như sau:"). */
const TEXT_LINES = 8;

/** `requester`: the ministry asking for contributions (the ASEAN Department's, Foreign Affairs). */
export function detectMinistry(input: DetectInput, ministries: readonly MinistryRef[], requester = 'mofa'): MinistryDetection {
  const names = namesOf(ministries);
  const byKey = new Map(ministries.map((m) => [m.key, m]));
  // The header: the first line naming exactly one ministry (a department's line names none; the
  // parent agency above it does).
  for (const line of input.headerLines) {
    const found = namedIn(line, names);
    if (found.length === 1) return resolved(found[0]!, 'header', line.trim(), byKey);
  }
  // A file without a header table: an agency line alone at the very top is its header.
  for (const line of input.textLines.slice(0, 3)) {
    const found = namedIn(line, names);
    if (found.length === 1 && words(line).trim() === words(found[0]!.nameVi).trim()) return resolved(found[0]!, 'header', line.trim(), byKey);
  }
  const symbol = input.number ? bySymbol(input.number, byKey) : null;
  if (symbol) return resolved(symbol.ref, 'number', input.number.trim(), byKey);
  const base = input.fileName.replace(/\.[^.]+$/u, '');
  const inName = namedIn(base.replace(/[_.]+/gu, ' '), names);
  if (inName.length === 1) return resolved(inName[0]!, 'name', input.fileName, byKey);
  // "BoCongThuong.docx": the name without its spaces.
  const squashed = words(base).replace(/\s+/gu, '');
  const glued = names.find((n) => squashed.includes(n.folded.replace(/\s+/gu, '')));
  if (glued) return resolved(glued.ref, 'name', input.fileName, byKey);
  const nameSymbol = bySymbol(base, byKey);
  if (nameSymbol) return resolved(nameSymbol.ref, 'name', input.fileName, byKey);
  // The body names the sender ("Bộ Công Thương báo cáo …") but also the requester it answers
  // ("Thực hiện Công văn số …/BNG-ASEAN của Bộ Ngoại giao", "Kính gửi: Bộ Ngoại giao"): never that one.
  for (const line of input.textLines.slice(0, TEXT_LINES)) {
    if (/^\s*Kính gửi/iu.test(line)) continue;
    const found = namedIn(line, names).filter((m) => m.key !== requester);
    if (found.length === 1) return resolved(found[0]!, 'text', line.trim().slice(0, 200), byKey);
    if (found.length > 1) break; // a line naming several ministries says nothing about the sender
  }
  return NOT_DETECTED;
}

/** The ministries of the reference data as detection needs them. */
export function ministryRefs(entries: readonly { key: string; nameVi: string; nameEn: string; current: boolean; successors?: string[] }[]): MinistryRef[] {
  return entries.map((e) => ({ key: e.key, nameVi: e.nameVi, nameEn: e.nameEn, current: e.current, successors: e.successors ?? [] }));
}
