// Glossary findings for a draft (the check panel and `check ID`): a sentence whose source holds a
// glossary term but whose translation uses none of the term's renderings ("Vụ ASEAN" not rendered as
// "ASEAN Department"), and a term rendered in more than one accepted way within the same draft
// ("Master Plan" here, "Blueprint" there). Pure: the caller gives the sentence pairs (from the
// version's segments or the pair's alignment) and the glossary.
import type { Lang } from '../shared/review.ts';
import { sentenceKey } from '../shared/segments.ts';
import type { GlossaryIndex, GlossaryTerm } from './glossary.ts';
import type { GlossaryFinding, GlossaryFindingKind } from '../shared/tm.ts';

export interface SentencePair {
  /** Where the translation stands in the draft (unit, sentence), for jump-to. */
  unitIndex: number;
  sentenceIndex: number;
  source: string;
  target: string;
}

export type { GlossaryFinding, GlossaryFindingKind };

function quoteList(values: readonly string[]): string {
  return values.map((v) => `“${v}”`).join(' / ');
}

/**
 * Checks a draft in `draftLang` against its source sentences. A pair whose target is still the
 * source text (not translated yet) is skipped: there is nothing to check.
 */
export function checkGlossary(pairs: readonly SentencePair[], draftLang: Lang, glossary: GlossaryIndex): GlossaryFinding[] {
  const findings: GlossaryFinding[] = [];
  // term key → rendering → occurrences (for the consistency check; English drafts only, where a term has several renderings).
  const used = new Map<string, Map<string, SentencePair[]>>();
  for (const pair of pairs) {
    if (!pair.target.trim() || sentenceKey(pair.target) === sentenceKey(pair.source)) continue;
    const sourceTerms = draftLang === 'en' ? glossary.findVi(pair.source) : glossary.findEn(pair.source);
    const seen = new Set<string>();
    for (const hit of sourceTerms) {
      const term = hit.term;
      if (seen.has(term.key)) continue;
      seen.add(term.key);
      if (draftLang === 'en') {
        const rendering = glossary.hasRendering(term, pair.target);
        if (!rendering) findings.push(missing(term, pair, 'en'));
        else {
          let byRendering = used.get(term.key);
          if (!byRendering) { byRendering = new Map(); used.set(term.key, byRendering); }
          const list = byRendering.get(rendering) ?? [];
          list.push(pair);
          byRendering.set(rendering, list);
        }
      } else if (!glossary.hasTerm(term, pair.target)) {
        findings.push(missing(term, pair, 'vi'));
      }
    }
  }
  for (const [key, byRendering] of used) {
    if (byRendering.size < 2) continue;
    const term = glossary.terms.find((t) => t.key === key)!;
    // The most used rendering is the draft's choice; the others are flagged.
    const ranked = [...byRendering].sort((a, b) => b[1].length - a[1].length || term.en.indexOf(a[0]) - term.en.indexOf(b[0]));
    const [main] = ranked[0]!;
    for (const [rendering, list] of ranked.slice(1)) {
      for (const pair of list) {
        findings.push({
          kind: 'glossary-inconsistent',
          termKey: key,
          term: term.vi,
          expected: [main],
          found: rendering,
          unitIndex: pair.unitIndex,
          sentenceIndex: pair.sentenceIndex,
          sentence: pair.target,
          message: {
            vi: `“${term.vi}” được dịch không thống nhất: “${rendering}” ở đây, “${main}” ở chỗ khác trong bản này.`,
            en: `“${term.vi}” is translated inconsistently: “${rendering}” here, “${main}” elsewhere in this draft.`,
          },
        });
      }
    }
  }
  return findings.sort((a, b) => a.unitIndex - b.unitIndex || a.sentenceIndex - b.sentenceIndex);
}

function missing(term: GlossaryTerm, pair: SentencePair, draftLang: Lang): GlossaryFinding {
  const expected = draftLang === 'en' ? term.en : [term.vi];
  const sourceTerm = draftLang === 'en' ? term.vi : term.en[0]!;
  return {
    kind: 'glossary-term',
    termKey: term.key,
    term: sourceTerm,
    expected,
    unitIndex: pair.unitIndex,
    sentenceIndex: pair.sentenceIndex,
    sentence: pair.target,
    message: {
      vi: `“${sourceTerm}” phải được dịch là ${quoteList(expected)} theo bảng thuật ngữ.`,
      en: `“${sourceTerm}” should be translated as ${quoteList(expected)} (glossary).`,
    },
  };
}
