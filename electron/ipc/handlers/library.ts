// library (issue 15): the library list a window at a time.
import type { HandlerFactory } from './types.ts';
import { findByTitlePrefix, libraryPage, translationsOf } from '../../library/page.ts';
// library (issue 15, lib2): the trash a page at a time, the review pickers' candidates
import { reviewChoices, trashIdsUpTo, trashPage } from '../../library/choices.ts';

export const libraryHandlers: HandlerFactory<'library'> = ({ db, reviews }) => ({
  'library:page': ({ filters, offset, limit, locate }) => libraryPage(db, { filters, offset, limit, ...(locate !== undefined && { locate }) }),
  'library:find': ({ filters, prefix, from }) => ({ index: findByTitlePrefix(db, filters, prefix, from) }),
  'library:translations': ({ id }) => translationsOf(db, id),
  // library (issue 15, lib2)
  'library:trashPage': ({ offset, limit }) => trashPage(db, offset, limit),
  'library:emptyTrash': ({ upTo }) => ({ deleted: reviews.emptyTrash(trashIdsUpTo(db, upTo)) }),
  'library:choices': ({ lang, kind, notLinkedTo, query, limit }) => reviewChoices(db, {
    limit, ...(lang && { lang }), ...(kind && { kind }), ...(notLinkedTo !== undefined && { notLinkedTo }), ...(query !== undefined && { query }),
  }),
});
