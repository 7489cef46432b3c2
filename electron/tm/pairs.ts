// A linked pair of reviews as sentence lists, and their alignment as units of the memory.
import type { DocState } from '../shared/doc.ts';
import { docUnits, sentenceKey, splitSentences } from '../shared/segments.ts';
import { alignSentences, type Bead, type FixedBead } from './align.ts';
import type { GlossaryIndex } from './glossary.ts';
import type { AlignedUnit } from '../shared/tm.ts';

export interface DocSentence {
  unitIndex: number;
  sentenceIndex: number;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  text: string;
}

/** Every sentence of the document, in reading order. */
export function docSentences(state: DocState): DocSentence[] {
  const out: DocSentence[] = [];
  for (const unit of docUnits(state)) {
    splitSentences(unit.text).forEach((s, k) => out.push({ unitIndex: unit.index, sentenceIndex: k, start: s.start, end: s.end, text: s.text }));
  }
  return out;
}

/** A correction as stored: the sentence texts of each side (so it outlives edits elsewhere). */
export interface TextCorrection { vi: readonly string[]; en: readonly string[] }

/** Where a run of sentence texts stands in a list (first occurrence), or null. */
function locate(list: readonly string[], run: readonly string[]): number[] | null {
  if (run.length === 0) return [];
  const keys = run.map(sentenceKey);
  for (let i = 0; i + keys.length <= list.length; i++) {
    if (keys.every((k, j) => sentenceKey(list[i + j]!) === k)) return keys.map((_, j) => i + j);
  }
  return null;
}

export function correctionsToFixed(vi: readonly string[], en: readonly string[], corrections: readonly TextCorrection[]): FixedBead[] {
  const out: FixedBead[] = [];
  for (const c of corrections) {
    const v = locate(vi, c.vi);
    const e = locate(en, c.en);
    if (v && e && v.length + e.length > 0) out.push({ vi: v, en: e });
  }
  return out;
}

export type { AlignedUnit };

function join(texts: readonly string[], idx: readonly number[]): string {
  return idx.map((i) => texts[i]!).join(' ');
}

export function beadsToUnits(vi: readonly string[], en: readonly string[], beads: readonly Bead[]): AlignedUnit[] {
  let vNext = 0;
  let eNext = 0;
  return beads.map((b, ordinal) => {
    const unit: AlignedUnit = {
      ordinal,
      viFirst: b.vi[0] ?? vNext,
      viCount: b.vi.length,
      enFirst: b.en[0] ?? eNext,
      enCount: b.en.length,
      viText: join(vi, b.vi),
      enText: join(en, b.en),
      confidence: b.confidence,
      corrected: b.corrected,
    };
    vNext = unit.viFirst + unit.viCount;
    eNext = unit.enFirst + unit.enCount;
    return unit;
  });
}

export function alignDocs(viDoc: DocState, enDoc: DocState, glossary: GlossaryIndex, corrections: readonly TextCorrection[] = []): {
  vi: DocSentence[]; en: DocSentence[]; units: AlignedUnit[];
} {
  const vi = docSentences(viDoc);
  const en = docSentences(enDoc);
  const viTexts = vi.map((s) => s.text);
  const enTexts = en.map((s) => s.text);
  const beads = alignSentences({ vi: viTexts, en: enTexts, glossary, fixed: correctionsToFixed(viTexts, enTexts, corrections) });
  return { vi, en, units: beadsToUnits(viTexts, enTexts, beads) };
}
