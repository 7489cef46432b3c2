// Sentence alignment of a Vietnamese review and its English translation: a Gale–Church dynamic
// program over sentence lengths (1-1, 1-0, 0-1, 2-1, 1-2, 2-2 beads), with bonuses for anchors the two
// sides share: numbers ("59-KL/TW", "2023", "8/8/2023" ~ "August 8, 2023"), names and acronyms (tone
// marks folded: "Đỗ Hùng Việt" ~ "Do Hung Viet", "ASEAN"), and glossary terms ("Vụ ASEAN" ~ "ASEAN
// Department"). User corrections are fixed beads: the program aligns only the stretches between them.
import { fold } from '../library/fold.ts';
import type { GlossaryIndex } from './glossary.ts';

export interface Bead {
  /** Indexes into the Vietnamese / English sentence lists (0, 1 or 2 each; consecutive). */
  vi: number[];
  en: number[];
  /** 0–1: how sure the aligner is (1 for a user correction). */
  confidence: number;
  corrected: boolean;
}

/** A user's correction: these Vietnamese sentences translate as these English ones (either may be empty). */
export interface FixedBead { vi: number[]; en: number[] }

/** A sentence (or two consecutive ones) as the program sees it: length, and its anchors as sorted ids. */
interface Group {
  length: number;
  anchors: readonly number[];
}

const MONTHS: Record<string, string> = {
  january: '1', february: '2', march: '3', april: '4', may: '5', june: '6', july: '7', august: '8',
  september: '9', october: '10', november: '11', december: '12',
};

function numbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d+/gu)) out.add(String(Number(m[0])));
  // English month names stand for the numbers Vietnamese writes ("August 8" ~ "8/8", "tháng 8").
  for (const m of text.toLowerCase().matchAll(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gu)) {
    out.add(MONTHS[m[1]!]!);
  }
  return out;
}

/** Capitalised words and acronyms (folded), the first word of the sentence excepted. */
function names(text: string): Set<string> {
  const out = new Set<string>();
  let first = true;
  for (const m of text.normalize('NFC').matchAll(/[\p{L}]+/gu)) {
    const w = m[0];
    if (!first && /^\p{Lu}/u.test(w)) out.add(fold(w));
    first = false;
  }
  // "Việt Nam" and "Vietnam" are the same name.
  if (out.has('viet') && out.has('nam')) out.add('vietnam');
  return out;
}

// Standard normal CDF (Abramowitz–Stegun 26.2.17), as in Gale and Church's paper.
function pnorm(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  return 1 - 0.3989423 * Math.exp(-z * z / 2) * ((((1.330274429 * t - 1.821255978) * t + 1.781477937) * t - 0.356563782) * t + 0.319381530) * t;
}

const PRIORS: Record<string, number> = { '1-1': 0.89, '2-1': 0.089 / 2, '1-2': 0.089 / 2, '2-2': 0.011 };
const BEAD_TYPES: readonly [number, number][] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]];
const PRIOR_COST: number[] = BEAD_TYPES.map(([a, b]) => (a && b ? -100 * Math.log(PRIORS[`${a}-${b}`]!) : 0));
const VARIANCE = 6.8;
/**
 * A sentence left without a partner (a photo credit, a line only one side has) costs a fixed amount:
 * the length model would make a long lone sentence look impossible, and titles are long. Between the
 * prior of a 1-1 bead (12) and of a 1-2 bead (311): tuned on the 2023 pair (see align.test.ts).
 */
const SKIP_COST = 220;
/** Weight of a shared anchor (in the cost's units: 100 × −log p), before the rarity factor. */
const ANCHOR_WEIGHT = { number: 90, name: 45, term: 120 };
/** A number or glossary term on one side with no partner on the other makes the bead less likely. */
const MISSING_WEIGHT = { number: 25, term: 30 };

function lengthCost(viLen: number, enLen: number, ratio: number): number {
  if (viLen === 0 && enLen === 0) return 0;
  const mean = (viLen + enLen / ratio) / 2;
  const z = Math.abs((enLen - viLen * ratio) / Math.sqrt(mean * VARIANCE));
  const p = Math.max(2 * (1 - pnorm(z)), 1e-12);
  return -100 * Math.log(p);
}

/** Interns anchors to ids; an id's weight (if shared) and penalty (if unmatched) are looked up by id. */
class AnchorTable {
  readonly ids = new Map<string, number>();
  readonly bonus: number[] = [];
  readonly penalty: number[] = [];
  readonly df: number[] = [];
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) { id = this.bonus.length; this.ids.set(key, id); this.bonus.push(0); this.penalty.push(0); this.df.push(0); }
    return id;
  }
}

function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0; let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) { out.push(x); i++; j++; } else if (x < y) { out.push(x); i++; } else { out.push(y); j++; }
  }
  return out;
}

export interface AlignInput {
  vi: readonly string[];
  en: readonly string[];
  glossary: GlossaryIndex;
  fixed?: readonly FixedBead[];
}

function sentenceTerms(vi: readonly string[], en: readonly string[], glossary: GlossaryIndex): { vi: Set<string>[]; en: Set<string>[] } {
  return {
    vi: vi.map((s) => glossary.keysIn(s, 'vi')),
    en: en.map((s) => glossary.keysIn(s, 'en')),
  };
}

/** Aligns the two sentence lists; every sentence is in exactly one bead, in order. */
export function alignSentences(input: AlignInput): Bead[] {
  const terms = sentenceTerms(input.vi, input.en, input.glossary);
  const table = new AnchorTable();
  const anchorsOf = (text: string, termKeys: Set<string>): number[] => {
    const ids = new Set<number>();
    for (const x of numbers(text)) ids.add(table.id(`n:${x}`));
    for (const x of names(text)) ids.add(table.id(`p:${x}`));
    for (const x of termKeys) ids.add(table.id(`t:${x}`));
    for (const id of ids) table.df[id]!++;
    return [...ids].sort((a, b) => a - b);
  };
  const viAnchors = input.vi.map((s, i) => anchorsOf(s, terms.vi[i]!));
  const enAnchors = input.en.map((s, i) => anchorsOf(s, terms.en[i]!));
  // A name or number shared by many sentences (ASEAN, 2023) says little about which ones pair.
  const total = input.vi.length + input.en.length;
  for (const [key, id] of table.ids) {
    const rarity = Math.max(0, Math.log((total + 1) / table.df[id]!)) / Math.log(total + 1);
    const kind = key[0];
    table.bonus[id] = kind === 'n' ? ANCHOR_WEIGHT.number * rarity : kind === 'p' ? ANCHOR_WEIGHT.name * rarity : ANCHOR_WEIGHT.term;
    table.penalty[id] = kind === 'n' ? MISSING_WEIGHT.number / 2 : kind === 't' ? MISSING_WEIGHT.term / 2 : 0;
  }
  const groups = (texts: readonly string[], anchors: number[][]): { one: Group[]; two: Group[] } => {
    const one = texts.map((t, i) => ({ length: [...t].length, anchors: anchors[i]! }));
    const two = one.map((g, i) => (i === 0 ? g : { length: g.length + one[i - 1]!.length, anchors: union(one[i - 1]!.anchors, g.anchors) }));
    return { one, two };
  };
  const vf = groups(input.vi, viAnchors);
  const ef = groups(input.en, enAnchors);
  const viTotal = vf.one.reduce((n, f) => n + f.length, 0);
  const enTotal = ef.one.reduce((n, f) => n + f.length, 0);
  const ratio = viTotal > 0 && enTotal > 0 ? enTotal / viTotal : 1;
  const scorer: Scorer = { vf, ef, ratio, table };

  // One-sided corrections ("this sentence has no translation") take the sentence out of the program;
  // two-sided ones split it into the stretches between them.
  const aloneVi = new Set<number>();
  const aloneEn = new Set<number>();
  const pairs: FixedBead[] = [];
  for (const f of input.fixed ?? []) {
    const vi = f.vi.filter((i) => i >= 0 && i < vf.one.length);
    const en = f.en.filter((i) => i >= 0 && i < ef.one.length);
    if (vi.length && en.length) pairs.push({ vi: [...vi].sort((a, b) => a - b), en: [...en].sort((a, b) => a - b) });
    else if (vi.length) vi.forEach((i) => aloneVi.add(i));
    else en.forEach((i) => aloneEn.add(i));
  }
  pairs.sort((a, b) => a.vi[0]! - b.vi[0]!);
  const beads: Bead[] = [];
  const usedVi = new Set<number>();
  const usedEn = new Set<number>();
  let vi0 = 0;
  let en0 = 0;
  const range = (from: number, to: number, skip: Set<number>) => {
    const out: number[] = [];
    for (let i = from; i < to; i++) if (!skip.has(i)) out.push(i);
    return out;
  };
  for (const f of pairs) {
    // A correction must lie after the previous one on both sides; one that crosses another is ignored.
    if (f.vi[0]! < vi0 || f.en[0]! < en0 || f.vi.some((i) => usedVi.has(i)) || f.en.some((i) => usedEn.has(i))) continue;
    beads.push(...alignStretch(scorer, range(vi0, f.vi[0]!, aloneVi), range(en0, f.en[0]!, aloneEn)));
    beads.push({ vi: f.vi, en: f.en, confidence: 1, corrected: true });
    f.vi.forEach((i) => usedVi.add(i));
    f.en.forEach((i) => usedEn.add(i));
    vi0 = f.vi[f.vi.length - 1]! + 1;
    en0 = f.en[f.en.length - 1]! + 1;
  }
  beads.push(...alignStretch(scorer, range(vi0, vf.one.length, aloneVi), range(en0, ef.one.length, aloneEn)));
  for (const i of aloneVi) if (!usedVi.has(i)) beads.push({ vi: [i], en: [], confidence: 1, corrected: true });
  for (const i of aloneEn) if (!usedEn.has(i)) beads.push({ vi: [], en: [i], confidence: 1, corrected: true });
  // In reading order: by the first Vietnamese sentence, an English-only bead after the Vietnamese before it.
  return orderBeads(beads);
}

function orderBeads(beads: Bead[]): Bead[] {
  // Beads with Vietnamese sentences form a chain in order on both sides; English-only beads go just
  // before the first bead whose English comes after theirs.
  const withVi = beads.filter((b) => b.vi.length > 0).sort((a, b) => a.vi[0]! - b.vi[0]!);
  const enOnly = beads.filter((b) => b.vi.length === 0).sort((a, b) => a.en[0]! - b.en[0]!);
  const out: Bead[] = [];
  let k = 0;
  for (const bead of withVi) {
    const first = bead.en[0];
    while (first !== undefined && k < enOnly.length && enOnly[k]!.en[0]! < first) out.push(enOnly[k++]!);
    out.push(bead);
  }
  while (k < enOnly.length) out.push(enOnly[k++]!);
  return out;
}

interface Scorer {
  vf: { one: Group[]; two: Group[] };
  ef: { one: Group[]; two: Group[] };
  ratio: number;
  table: AnchorTable;
}

function anchorCost(a: readonly number[], b: readonly number[], table: AnchorTable): number {
  let c = 0;
  let i = 0; let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) { c -= table.bonus[x]!; i++; j++; } else if (x < y) { c += table.penalty[x]!; i++; } else { c += table.penalty[y]!; j++; }
  }
  return c;
}

/** The Gale–Church program over the listed sentences of each side, banded around the diagonal for long texts. */
function alignStretch(s: Scorer, viIdx: readonly number[], enIdx: readonly number[]): Bead[] {
  const n = viIdx.length;
  const m = enIdx.length;
  if (n === 0 && m === 0) return [];
  const band = Math.max(40, Math.ceil(Math.max(n, m) * 0.15));
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  // Consecutive in the original lists (a stretch may skip sentences a correction took out).
  const group = (side: { one: Group[]; two: Group[] }, idx: readonly number[], end: number, count: number): Group | null => {
    if (count === 1) return side.one[idx[end - 1]!]!;
    const last = idx[end - 1]!;
    return idx[end - 2] === last - 1 ? side.two[last]! : { length: side.one[last]!.length + side.one[idx[end - 2]!]!.length, anchors: union(side.one[last]!.anchors, side.one[idx[end - 2]!]!.anchors) };
  };
  const beadCost = (i: number, j: number, t: number): number => {
    const [di, dj] = BEAD_TYPES[t]!;
    if (di === 0 || dj === 0) return SKIP_COST;
    const a = group(s.vf, viIdx, i, di)!;
    const b = group(s.ef, enIdx, j, dj)!;
    return PRIOR_COST[t]! + lengthCost(a.length, b.length, s.ratio) + anchorCost(a.anchors, b.anchors, s.table);
  };

  for (let i = 0; i <= n; i++) {
    const center = n === 0 ? 0 : i * m / n;
    const jFrom = n === 0 || m === 0 ? 0 : Math.max(0, Math.floor(center - band));
    const jTo = n === 0 || m === 0 ? m : Math.min(m, Math.ceil(center + band));
    for (let j = jFrom; j <= jTo; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestType = -1;
      for (let t = 0; t < BEAD_TYPES.length; t++) {
        const [di, dj] = BEAD_TYPES[t]!;
        if (i < di || j < dj) continue;
        const prev = cost[(i - di) * width + (j - dj)]!;
        if (prev === Infinity) continue;
        const c = prev + beadCost(i, j, t);
        if (c < best) { best = c; bestType = t; }
      }
      cost[i * width + j] = best;
      back[i * width + j] = bestType;
    }
  }

  const out: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const t = back[i * width + j]!;
    if (t < 0) break; // outside the band: cannot happen for the corner, kept as a guard
    const [di, dj] = BEAD_TYPES[t]!;
    const c = beadCost(i, j, t);
    // Confidence: the bead's cost squashed to 0–1 (a plain 1-1 of good fit and one shared anchor ≈ 0.9).
    const confidence = di === 0 || dj === 0 ? 0.5 : 1 / (1 + Math.exp((c - 100) / 80));
    out.push({ vi: viIdx.slice(i - di, i), en: enIdx.slice(j - dj, j), confidence: Math.round(confidence * 100) / 100, corrected: false });
    i -= di;
    j -= dj;
  }
  return out.reverse();
}
