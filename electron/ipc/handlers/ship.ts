// ship (issue 13): backups and library archives, thin glue over services.backups / services.archive.
import type { HandlerFactory } from './types.ts';

export const backupHandlers: HandlerFactory<'backup'> = ({ backups }) => ({
  'backup:status': () => backups.status(),
  'backup:now': () => backups.backupNow('manual'),
  'backup:restore': ({ file }) => backups.restore(file),
  'backup:setFolder': ({ path }) => { backups.setFolder(path); return backups.status(); },
});

export const archiveHandlers: HandlerFactory<'archive'> = ({ archive }) => ({
  'archive:export': ({ path, ids }) => archive.export(path, ids),
  'archive:inspect': ({ path }) => archive.inspect(path),
  'archive:import': ({ path, reviews, library }) => archive.import(path, { reviews, library }),
});
