// reuse (issue 11): thin glue over services.reuse.
import type { HandlerFactory } from './types.ts';

export const reuseHandlers: HandlerFactory<'reuse'> = ({ reuse }) => ({
  'reuse:sectionAt': ({ reviewId, blockIndex }) => reuse.sectionAt(reviewId, blockIndex),
  'reuse:sections': (query) => reuse.sectionVersions(query),
  'reuse:similar': (query) => reuse.similar(query),
  'reuse:concordance': (query) => reuse.concordance(query),
  'reuse:roll': (query) => reuse.rollInsert(query),
  'reuse:rollSelection': (query) => reuse.rollSelection(query),
  'reuse:usage': ({ reviewId }) => reuse.reuseOf(reviewId),
  'reuse:counts': () => reuse.reuseCounts(),
});
