// Glossary terms as the translation memory uses them: a Vietnamese term and its accepted English
// renderings (the first is the preferred one). The entries come from the reference data (drafting);
// this file only finds them in text, both ways, tone marks and case folded.
import { fold, foldChar } from '../library/fold.ts';

export interface GlossaryTerm {
  /** Stable key (the reference data's key), for findings and the panel. */
  key: string;
  vi: string;
  /** Accepted English renderings, preferred first ("Blueprint", "Master Plan"). */
  en: string[];
}

export interface TermHit {
  term: GlossaryTerm;
  /** Offset and length in the searched text. */
  start: number;
  end: number;
  /** For a hit on the English side: which rendering. */
  rendering?: string;
}

/** Folded text with word edges as spaces, so a term matches whole words only. */
function padded(text: string): string {
  return ' ' + fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ') + ' ';
}

/**
 * Folding keeps one folded unit per original character for Vietnamese letters in NFC (each letter is
 * one code point), so offsets in the padded folded text map back by subtracting the leading space.
 * Non-word runs collapse to one space, which breaks that; offsetsOf() recomputes with a map instead.
 */
function foldedMap(text: string): { folded: string; map: number[] } {
  const nfc = text.normalize('NFC');
  let folded = ' ';
  const map: number[] = [0];
  let prevSpace = true;
  let offset = 0;
  for (const ch of nfc) {
    const f = foldChar(ch);
    const isWord = /[\p{L}\p{N}]/u.test(f);
    if (isWord) {
      for (let k = 0; k < f.length; k++) { folded += f[k]; map.push(offset); }
      prevSpace = false;
    } else if (!prevSpace) {
      folded += ' ';
      map.push(offset);
      prevSpace = true;
    }
    offset += ch.length;
  }
  if (!prevSpace) { folded += ' '; map.push(offset); }
  map.push(offset);
  return { folded, map };
}

export interface GlossaryIndex {
  terms: readonly GlossaryTerm[];
  /** Vietnamese terms found in a Vietnamese text (longest first where they overlap). */
  findVi(text: string): TermHit[];
  /** English renderings found in an English text. */
  findEn(text: string): TermHit[];
  /** Keys of the terms a text holds (no offsets: the aligner's fast path). */
  keysIn(text: string, lang: 'vi' | 'en'): Set<string>;
  /** Does the English text hold one of the term's renderings? */
  hasRendering(term: GlossaryTerm, enText: string): string | null;
  /** Does the Vietnamese text hold the term? */
  hasTerm(term: GlossaryTerm, viText: string): boolean;
}

interface Pattern { term: GlossaryTerm; folded: string; rendering?: string }

function find(patterns: readonly Pattern[], text: string): TermHit[] {
  const { folded, map } = foldedMap(text);
  const hits: TermHit[] = [];
  for (const p of patterns) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(p.folded, from);
      if (at < 0) break;
      // p.folded is " term " : the hit spans from at+1 to at+len-1.
      const start = map[at + 1]!;
      const endIndex = at + p.folded.length - 1;
      const end = map[endIndex]!;
      hits.push({ term: p.term, start, end, ...(p.rendering !== undefined && { rendering: p.rendering }) });
      from = at + 1;
    }
  }
  // Longest first, then drop hits inside a longer one ("Cộng đồng ASEAN" inside "Tầm nhìn Cộng đồng ASEAN 2045").
  hits.sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const kept: TermHit[] = [];
  for (const hit of hits) {
    if (kept.some((k) => hit.start >= k.start && hit.end <= k.end)) continue;
    kept.push(hit);
  }
  return kept.sort((x, y) => x.start - y.start);
}

export function glossaryIndex(terms: readonly GlossaryTerm[]): GlossaryIndex {
  const usable = terms.filter((t) => t.vi.trim() && t.en.some((e) => e.trim()));
  const vi: Pattern[] = usable.map((term) => ({ term, folded: padded(term.vi) }));
  // English renderings match their plurals too ("Master Plans", "Summits").
  const en: Pattern[] = usable.flatMap((term) => term.en.filter((e) => e.trim()).flatMap((rendering) => {
    const base = padded(rendering);
    return [base, base.replace(/ $/u, 's ')].map((folded) => ({ term, folded, rendering }));
  }));
  return {
    terms: usable,
    findVi: (text) => find(vi, text),
    findEn: (text) => find(en, text),
    hasRendering(term, enText) {
      const p = padded(enText);
      return term.en.find((r) => r.trim() && (p.includes(padded(r)) || p.includes(padded(r).replace(/ $/u, 's ')))) ?? null;
    },
    hasTerm: (term, viText) => padded(viText).includes(padded(term.vi)),
    keysIn(text, lang) {
      const p = padded(text);
      const out = new Set<string>();
      for (const pattern of lang === 'vi' ? vi : en) if (p.includes(pattern.folded)) out.add(pattern.term.key);
      return out;
    },
  };
}

export const EMPTY_GLOSSARY = glossaryIndex([]);
