// inbox (issue 14): thin glue over services.inbox.
import type { HandlerFactory } from './types.ts';

export const inboxHandlers: HandlerFactory<'inbox'> = ({ inbox }) => ({
  'inbox:circulated': ({ reviewId }) => inbox.markCirculated(reviewId),
  'inbox:ministries': () => inbox.ministries(),
  'inbox:board': ({ reviewId }) => inbox.board(reviewId),
  'inbox:setRound': ({ reviewId, ...patch }) => inbox.setRound(reviewId, patch),
  'inbox:addContributor': ({ reviewId, ministry, custom }) => inbox.addContributor(reviewId, ministry, custom === true),
  'inbox:removeContributor': ({ reviewId, ministry }) => inbox.removeContributor(reviewId, ministry),
  'inbox:inspect': ({ reviewId, paths }) => inbox.inspect(reviewId, paths),
  'inbox:add': ({ reviewId, files }) => inbox.add(reviewId, files),
  'inbox:remove': ({ id }) => inbox.remove(id),
  'inbox:changes': ({ id }) => inbox.changes(id),
  'inbox:contribution': ({ id }) => inbox.contribution(id),
  'inbox:section': ({ reviewId, key }) => inbox.section(reviewId, key),
  'inbox:insert': ({ id, blockStart, blockEnd }) => inbox.insert(id, blockStart, blockEnd),
  'inbox:letter': ({ reviewId, path, reminder }) => inbox.letter(reviewId, { path, reminder: reminder === true }),
});

export const commentsHandlers: HandlerFactory<'comments'> = ({ inbox }) => ({
  'comments:import': ({ reviewId, paths, ministry }) => inbox.importReturns(reviewId, paths.map((path) => ({ path, ...(ministry ? { ministry } : {}) }))),
});
