// Which sentence the caret is in, and which stored segment of a version it is: pure, tested.
import { locateSegments, sentenceAt, splitSentences } from '../../../../electron/shared/segments.ts';
import type { SegmentView } from '../../../../electron/shared/tm.ts';

export interface CaretSentence {
  /** The sentence's text now, and where it stands in the unit's text. */
  text: string;
  start: number;
  end: number;
  /** The version's segment for it, if the review was made from the memory. */
  segment: SegmentView | null;
}

export function caretSentence(unitText: string, unitIndex: number, offset: number, segments: readonly SegmentView[]): CaretSentence | null {
  const mine = segments.filter((s) => s.unitIndex === unitIndex);
  if (mine.length) {
    const spans = locateSegments(unitText, mine.map((s) => s.targetText));
    let best = -1;
    spans.forEach((span, k) => { if (span && span.start <= offset) best = k; });
    if (best < 0) best = spans.findIndex((s) => s !== null);
    const span = best >= 0 ? spans[best] : null;
    if (span) return { text: unitText.slice(span.start, span.end), start: span.start, end: span.end, segment: mine[best]! };
  }
  const sentences = splitSentences(unitText);
  const k = sentenceAt(sentences, offset);
  if (k < 0) return null;
  const s = sentences[k]!;
  return { text: s.text, start: s.start, end: s.end, segment: null };
}
