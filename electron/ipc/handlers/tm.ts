// tm (issue 12): thin glue over the translation memory service.
import type { HandlerFactory } from './types.ts';

export const tmHandlers: HandlerFactory<'tm'> = ({ tm }) => ({
  'tm:matches': ({ text, from, limit, excludeReviewId }) => ({
    matches: tm.matches(text, { ...(from && { from }), ...(limit && { limit }), ...(excludeReviewId && { excludeReviewId }) }),
    glossary: tm.glossaryHits(text, from).map((h) => ({ key: h.term.key, vi: h.term.vi, en: h.term.en })),
  }),
  'tm:translate': ({ id, to }) => {
    const { review, summary } = tm.translate(id, to);
    return { review, summary };
  },
  'tm:link': ({ a, b }) => tm.link(a, b),
  'tm:unlink': ({ id, other }) => ({ removed: tm.unlink(id, other) }),
  'tm:alignment': ({ id, other }) => tm.alignment(id, other),
  'tm:correct': ({ id, other, vi, en }) => tm.correct(id, other, vi, en),
  'tm:resetAlignment': ({ id, other }) => tm.resetCorrections(id, other),
  'tm:segments': ({ reviewId }) => tm.segments(reviewId),
  'tm:accept': ({ reviewId, unitIndex, sentenceIndex, choice }) => tm.acceptSegment(reviewId, unitIndex, sentenceIndex, choice),
  'tm:check': ({ reviewId }) => tm.check(reviewId),
});
