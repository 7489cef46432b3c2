// Worker thread that turns a file's bytes into a document (the streaming Word reader, parse5, the shape rules), so a
// large Word file never blocks the main process, where IPC, autosave and menus run.
import { parentPort } from 'node:worker_threads';
import { parseFile } from './parse.ts';
import type { ParseRequest, ParseResponse } from './parse-off-thread.ts';
import { AppError } from '../../shared/errors.ts';

parentPort?.on('message', async (request: ParseRequest) => {
  let response: ParseResponse;
  try {
    const parsed = await parseFile(Buffer.from(request.bytes), request.format, request.file, request.fallbackYear);
    response = { id: request.id, ok: true, parsed };
  } catch (error) {
    response = error instanceof AppError
      ? { id: request.id, ok: false, code: error.code, message: error.userMessage }
      : { id: request.id, ok: false, code: 'internal', detail: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
