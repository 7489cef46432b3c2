// library (issue 15): the library list a window at a time.
import type { HandlerFactory } from './types.ts';
import { findByTitlePrefix, libraryPage, translationsOf } from '../../library/page.ts';

export const libraryHandlers: HandlerFactory<'library'> = ({ db }) => ({
  'library:page': ({ filters, offset, limit, locate }) => libraryPage(db, { filters, offset, limit, ...(locate !== undefined && { locate }) }),
  'library:find': ({ filters, prefix, from }) => ({ index: findByTitlePrefix(db, filters, prefix, from) }),
  'library:translations': ({ id }) => translationsOf(db, id),
});
