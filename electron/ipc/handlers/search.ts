import type { HandlerFactory } from './types.ts';
import { listSections, searchLibrary, setSectionKey } from '../../library/search/service.ts';

export const searchHandlers: HandlerFactory<'search'> = ({ db }) => ({
  'search:query': (query) => searchLibrary(db, query),
});

export const sectionsHandlers: HandlerFactory<'sections'> = ({ db }) => ({
  'sections:list': ({ reviewId }) => listSections(db, reviewId),
  'sections:setKey': ({ reviewId, ordinal, key }) => setSectionKey(db, reviewId, ordinal, key),
});
