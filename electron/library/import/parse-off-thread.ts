// Parsing files on a worker thread, one worker for the process, started on first use and not keeping
// the process alive. Where a worker cannot start (or dies), parsing runs in-process: slower for the
// UI, same result. The worker is the bundled import-worker.cjs beside the app's main bundle, or
// parse-worker.ts when running from the sources (Node strips the types).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type UserMessage } from '../../shared/errors.ts';
import type { ImportFormat } from './formats.ts';
import { parseFile, type ParsedFile } from './parse.ts';

export interface ParseRequest { id: number; bytes: Uint8Array; format: ImportFormat; file: string; fallbackYear: number }
export type ParseResponse =
  | { id: number; ok: true; parsed: ParsedFile }
  | { id: number; ok: false; code: string; message: UserMessage }
  | { id: number; ok: false; code: 'internal'; detail: string };

type Pending = { resolve: (parsed: ParsedFile) => void; reject: (error: unknown) => void };

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function workerScript(): string {
  const bundled = join(import.meta.dirname, 'import-worker.cjs');
  // In a packaged app the bundle sits inside app.asar; workers load from the unpacked copy.
  if (existsSync(bundled)) return bundled.replace(`app.asar${'/'}`, `app.asar.unpacked${'/'}`);
  return join(import.meta.dirname, 'parse-worker.ts');
}

function failAll(error: unknown): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function startWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  try {
    const started = new Worker(workerScript());
    started.unref();
    started.on('message', (response: ParseResponse) => {
      const waiting = pending.get(response.id);
      if (!waiting) return;
      pending.delete(response.id);
      if (response.ok) waiting.resolve(response.parsed);
      else if ('message' in response) waiting.reject(new AppError(response.code, response.message));
      else waiting.reject(new Error(response.detail));
    });
    started.on('error', (error) => { workerFailed = true; worker = null; failAll(error); });
    started.on('exit', () => { worker = null; failAll(new Error('import worker stopped')); });
    worker = started;
  } catch {
    workerFailed = true;
  }
  return worker;
}

/** Parses on the worker thread; falls back to this thread if the worker cannot run. */
export async function parseOffThread(bytes: Buffer, format: ImportFormat, file: string, fallbackYear: number): Promise<ParsedFile> {
  const thread = startWorker();
  if (!thread) return parseFile(bytes, format, file, fallbackYear);
  const id = nextId++;
  try {
    return await new Promise<ParsedFile>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      thread.ref(); // keep the process alive while a file is being parsed
      thread.postMessage({ id, bytes, format, file, fallbackYear } satisfies ParseRequest);
    }).finally(() => { if (pending.size === 0) thread.unref(); });
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The worker itself failed (could not load, crashed): this file is parsed here instead.
    if (workerFailed || !worker) return parseFile(bytes, format, file, fallbackYear);
    throw error;
  }
}

/** For tests: whether parsing currently runs on a worker. */
export function parsingOffThread(): boolean {
  return worker !== null && !workerFailed;
}
