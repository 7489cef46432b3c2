import type { HandlerFactory } from './types.ts';

export const reviewsHandlers: HandlerFactory<'reviews'> = ({ reviews, settings }) => ({
  'reviews:list': ({ trash }) => reviews.list(trash ?? false),
  'reviews:get': ({ id }) => reviews.get(id),
  'reviews:create': (input) => reviews.create(input),
  'reviews:update': ({ id, patch }) => reviews.update(id, patch),
  'reviews:duplicate': ({ id }) => reviews.duplicate(id, settings.get().locale === 'en' ? ' (copy)' : ' (bản sao)'),
  'reviews:delete': ({ id }) => reviews.trash(id),
  'reviews:restore': ({ id }) => reviews.restore(id),
  'reviews:emptyTrash': ({ ids }) => ({ deleted: reviews.emptyTrash(ids) }),
  'reviews:save': ({ id, content, reason, expectedUpdatedAt }) => reviews.save(id, content, reason, expectedUpdatedAt),
  'reviews:saveBlocks': ({ id, ...splice }) => reviews.saveBlocks(id, splice, 'autosave'),
});
