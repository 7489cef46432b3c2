// Import jobs in the main process: a batch runs file by file, yielding to the event loop between
// files so the app stays responsive, reports "file n of m", and stops at the next file when cancelled.
// Each file is its own transaction (see pipeline.ts), so a cancelled batch keeps what it imported.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Services } from '../../services/index.ts';
import type { ImportJobStatus, ImportOutcome } from '../../shared/library.ts';
import { errors } from '../../shared/errors.ts';
import { collectImport } from './collect.ts';
import { importFile } from './pipeline.ts';

export interface RunOptions {
  /** Called after each file with the outcome and the position (1-based) in the batch. */
  onOutcome?: (outcome: ImportOutcome, done: number, total: number) => void;
  isCancelled?: () => boolean;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Imports the files one by one; returns the outcomes in order. The CLI and the sample import use it directly. */
export async function runImport(services: Services, files: readonly string[], options: RunOptions = {}): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    if (options.isCancelled?.()) break;
    const outcome = await importFile(services, file);
    outcomes.push(outcome);
    options.onOutcome?.(outcome, outcomes.length, files.length);
    await yieldToEventLoop();
  }
  return outcomes;
}

interface Job { status: ImportJobStatus; cancelRequested: boolean; finished: Promise<void> }

const KEPT_JOBS = 20;
const registries = new WeakMap<Services, Map<string, Job>>();

function registry(services: Services): Map<string, Job> {
  let jobs = registries.get(services);
  if (!jobs) registries.set(services, (jobs = new Map()));
  return jobs;
}

function snapshot(job: Job): ImportJobStatus {
  return { ...job.status, results: [...job.status.results] };
}

function requireJob(services: Services, jobId: string): Job {
  const job = registry(services).get(jobId);
  if (!job) throw errors.notFound(`tác vụ nhập ${jobId} / import job ${jobId}`);
  return job;
}

/** Starts a batch in the background and returns its first status (total known, nothing done yet). */
export async function startImportJob(services: Services, paths: readonly string[]): Promise<ImportJobStatus> {
  const { files, problems } = await collectImport(paths);
  const jobs = registry(services);
  const status: ImportJobStatus = { jobId: randomUUID(), total: files.length, done: 0, current: files[0] ? basename(files[0]) : null, state: 'running', results: [...problems] };
  const job: Job = { status, cancelRequested: false, finished: Promise.resolve() };
  job.finished = (async () => {
    await yieldToEventLoop();
    await runImport(services, files, {
      isCancelled: () => job.cancelRequested,
      onOutcome: (outcome, done) => {
        status.results.push(outcome);
        status.done = done;
        const next = files[done];
        status.current = next ? basename(next) : null;
      },
    });
    status.current = null;
    status.state = job.cancelRequested && status.done < status.total ? 'cancelled' : 'finished';
  })();
  jobs.set(status.jobId, job);
  // Forget the oldest finished jobs; a running one is still being polled.
  const finished = [...jobs.values()].filter((j) => j.status.state !== 'running');
  for (const old of finished.slice(0, Math.max(0, jobs.size - KEPT_JOBS))) jobs.delete(old.status.jobId);
  return snapshot(job);
}

export function importJobStatus(services: Services, jobId: string): ImportJobStatus {
  return snapshot(requireJob(services, jobId));
}

/** Asks the job to stop before its next file; the file in progress completes (or rolls back) whole. */
export function cancelImportJob(services: Services, jobId: string): ImportJobStatus {
  const job = requireJob(services, jobId);
  if (job.status.state === 'running') job.cancelRequested = true;
  return snapshot(job);
}

/** Resolves when the job has stopped. */
export async function waitForImportJob(services: Services, jobId: string): Promise<ImportJobStatus> {
  const job = requireJob(services, jobId);
  await job.finished;
  return snapshot(job);
}
