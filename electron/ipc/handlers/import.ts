import type { HandlerFactory } from './types.ts';
import { cancelImportJob, importJobStatus, startImportJob } from '../../library/import/jobs.ts';

export const importHandlers: HandlerFactory<'import'> = (services) => ({
  'import:start': ({ paths }) => startImportJob(services, paths),
  'import:status': ({ jobId }) => importJobStatus(services, jobId),
  'import:cancel': ({ jobId }) => cancelImportJob(services, jobId),
});
