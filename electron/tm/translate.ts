// "Create the English version" (or the Vietnamese one): the same document structure, each sentence
// pre-filled with its exact or best fuzzy (≥ 70 %) match from the memory, or left as the source to
// translate. Pure: the memory lookup is passed in; the caller stores the result as a linked review.
import type { DocInline, DocList, DocState, DocText } from '../shared/doc.ts';
import { text as textNode } from '../shared/doc-build.ts';
import { docUnits, splitSentences } from '../shared/segments.ts';
import type { DiffOp } from './fuzzy.ts';
import type { TmMatch } from './memory.ts';
import type { SegmentKind } from '../store/tm.ts';
import type { SegmentRow } from '../shared/tm.ts';
import type { Lang } from '../shared/review.ts';
import { translateCarryItems } from '../drafting/carry/translate.ts';

/** A sentence of the new version: the stored segment's fields (without its review and review status),
 *  with `diff` from the memory's source sentence (`matchSource`) to `sourceText`. */
export interface TranslatedSegment extends Omit<SegmentRow, 'reviewId' | 'status'> {
  diff: DiffOp[];
}

export interface Translation {
  content: DocState;
  segments: TranslatedSegment[];
}

/** The unit's new text as inline nodes: line breaks stay line breaks; the first run's format is kept. */
function inlinesFor(value: string, like: readonly DocInline[]): DocInline[] {
  const first = like.find((c): c is DocText => c.type === 'text');
  const out: DocInline[] = [];
  value.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ type: 'linebreak', version: 1 });
    if (line) out.push({ ...textNode(line, first?.format ?? 0), style: first?.style ?? '' });
  });
  return out;
}

/**
 * Translates `source` sentence by sentence with `lookup` (the best match for a sentence, or null).
 */
export function buildTranslation(source: DocState, lookup: (sentence: string) => TmMatch | null, targetLang: 'vi' | 'en'): Translation {
  const content = structuredClone(source);
  const segments: TranslatedSegment[] = [];
  for (const unit of docUnits(content)) {
    const spans = splitSentences(unit.text);
    if (spans.length === 0) continue;
    let out = '';
    let cursor = 0;
    spans.forEach((span, k) => {
      out += unit.text.slice(cursor, span.start);
      const match = lookup(span.text);
      const target = match ? (match.adapted ?? match.target) : span.text;
      segments.push({
        unitIndex: unit.index,
        sentenceIndex: k,
        sourceText: span.text,
        targetText: target,
        kind: !match ? 'none' : match.score === 100 ? 'exact' : 'fuzzy',
        score: match?.score ?? 0,
        matchSource: match?.source ?? null,
        matchReviewId: match ? (targetLang === 'en' ? match.enReviewId : match.viReviewId) : null,
        diff: match?.diff ?? [],
      });
      out += target;
      cursor = span.end;
    });
    out += unit.text.slice(cursor);
    // A unit nothing was found for keeps its nodes as they were (fields stay fields, formatting stays).
    if (segments.slice(-spans.length).every((s) => s.kind === 'none')) continue;
    const children: readonly (DocInline | DocList)[] = unit.node.children;
    const nested = children.filter((c): c is DocList => c.type === 'list');
    const inline = children.filter((c): c is DocInline => c.type !== 'list');
    unit.node.children = [...inlinesFor(out, inline), ...nested] as typeof unit.node.children;
  }
  // Last year's orientations (a carry-forward checklist) are not text units: each item takes the memory's
  // translation of that very orientation, or keeps its words marked untranslated (the checklist and the
  // check say so) instead of staying Vietnamese in an English report without a word.
  const from: Lang = targetLang === 'en' ? 'vi' : 'en';
  const itemLookup = (text: string) => {
    const match = lookup(text);
    if (!match) return null;
    return match.score === 100 ? match.target : match.score >= CARRY_ITEM_MIN_SCORE ? match.adapted ?? null : null;
  };
  for (const block of content.root.children) {
    if (block.type !== 'carry-checklist') continue;
    block.items = block.items.map((item) => {
      const { sourceText, untranslated, ...plain } = item;
      // Words already in the new version's language: last year's own (an item translated from it when
      // the draft was built), or an item left in it then.
      if (untranslated === targetLang) return plain;
      if (sourceText && !untranslated) return { ...plain, text: sourceText };
      return translateCarryItems([item], from, targetLang, itemLookup)[0]!;
    });
  }
  return { content, segments };
}

/** A checklist item is one orientation: only its own translation counts (exact, or the same sentence
 *  with other numbers), as when a draft is built on a review in the other language. */
const CARRY_ITEM_MIN_SCORE = 85;

/** Share of the source's sentences pre-filled (exact, fuzzy), for the summary line. */
export function translationSummary(segments: readonly TranslatedSegment[]): { total: number; exact: number; fuzzy: number; none: number } {
  const count = (kind: SegmentKind) => segments.filter((s) => s.kind === kind).length;
  return { total: segments.length, exact: count('exact'), fuzzy: count('fuzzy'), none: count('none') };
}
