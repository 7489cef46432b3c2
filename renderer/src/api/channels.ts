// Channel names, checked against the contract at compile time (the renderer may import only types
// from the main side, so the list is repeated here and `satisfies` keeps it exact).
import type { Channel } from '../../../electron/ipc/contract.ts';

type Exact<T extends readonly Channel[]> = Exclude<Channel, T[number]> extends never ? T : never;

const names = [
  'app:info', 'settings:get', 'settings:set',
  'reviews:list', 'reviews:get', 'reviews:create', 'reviews:update', 'reviews:duplicate', 'reviews:delete',
  'reviews:restore', 'reviews:emptyTrash', 'reviews:save', 'reviews:saveBlocks',
  'versions:list', 'versions:get', 'versions:restore',
  'dialog:pickImport', 'dialog:pickExport', 'dialog:confirm',
  'import:start', 'import:status', 'import:cancel',
  'search:query', 'sections:list', 'sections:setKey',
  'export:settings', 'export:docx', 'export:pdf',
  'shell:openExternal', 'shell:showInFolder',
  // Chromium app (issue 8)
  'files:stage', 'files:take',
  // drafting (issue 10)
  'drafting:templates', 'drafting:defaultBuildOn', 'drafting:sameMeeting', 'drafting:newReview', 'drafting:saveAsTemplate', 'drafting:check',
  'drafting:previewTemplate', 'drafting:renameTemplate', 'drafting:deleteTemplate', 'drafting:restoreTemplate',
  'reference:list', 'reference:set', 'reference:reset', 'reference:forms', 'reference:setEntry', 'reference:removeEntry', 'reference:restore',
  // ship (issue 13)
  'backup:status', 'backup:now', 'backup:restore', 'backup:setFolder', 'archive:export', 'archive:inspect', 'archive:import', 'archive:takeOpened',
  // reuse (issue 11)
  'reuse:sectionAt', 'reuse:sections', 'reuse:similar', 'reuse:concordance', 'reuse:roll', 'reuse:rollSelection',
  'reuse:usage', 'reuse:counts',
  // tm (issue 12)
  'tm:matches', 'tm:translate', 'tm:link', 'tm:unlink', 'tm:alignment', 'tm:correct', 'tm:resetAlignment',
  'tm:segments', 'tm:accept', 'tm:check',
  // inbox (issue 14)
  'inbox:ministries', 'inbox:board', 'inbox:setRound', 'inbox:addContributor', 'inbox:removeContributor', 'inbox:inspect', 'inbox:add',
  'inbox:remove', 'inbox:changes', 'inbox:contribution', 'inbox:section', 'inbox:insert', 'inbox:letter', 'inbox:circulated', 'comments:import',
  // library (issue 15)
  'library:page', 'library:find', 'library:translations',
  // library (issue 15, lib2)
  'library:trashPage', 'library:emptyTrash', 'library:choices',
] as const satisfies readonly Channel[];

export const CHANNEL_NAMES: Exact<typeof names> = names;
