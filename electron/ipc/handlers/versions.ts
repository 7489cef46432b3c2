import type { HandlerFactory } from './types.ts';

export const versionsHandlers: HandlerFactory<'versions'> = ({ versions }) => ({
  'versions:list': ({ reviewId }) => versions.list(reviewId),
  'versions:get': ({ id }) => versions.get(id),
  'versions:restore': ({ reviewId, versionId }) => versions.restore(reviewId, versionId),
});
