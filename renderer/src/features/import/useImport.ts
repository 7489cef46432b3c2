// An import batch: start, poll the job every POLL_MS until it finishes or is cancelled, then keep the
// result list on screen until the user closes it. The library refreshes as files land.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import type { ImportJobStatus } from '../../../../electron/shared/library.ts';

export const POLL_MS = 200;

export interface ImportController {
  job: ImportJobStatus | null;
  starting: boolean;
  start(paths: string[]): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

export function useImport(onProgress: () => void, onError: (error: unknown) => void): ImportController {
  const [job, setJob] = useState<ImportJobStatus | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const callbacks = useRef({ onProgress, onError });
  callbacks.current = { onProgress, onError };

  const stopPolling = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const poll = useCallback((jobId: string, lastDone: number) => {
    timer.current = setTimeout(async () => {
      try {
        const status = await api.import.status({ jobId });
        setJob(status);
        if (status.done !== lastDone) callbacks.current.onProgress();
        if (status.state === 'running') poll(jobId, status.done);
        else callbacks.current.onProgress();
      } catch (error) {
        callbacks.current.onError(error);
      }
    }, POLL_MS);
  }, []);

  useEffect(() => stopPolling, []);

  const start = useCallback(async (paths: string[]) => {
    if (paths.length === 0) return;
    stopPolling();
    setStarting(true);
    try {
      const status = await api.import.start({ paths });
      setJob(status);
      if (status.state === 'running') poll(status.jobId, status.done);
      else callbacks.current.onProgress();
    } catch (error) {
      callbacks.current.onError(error);
    } finally {
      setStarting(false);
    }
  }, [poll]);

  const cancel = useCallback(async () => {
    if (!job) return;
    try {
      setJob(await api.import.cancel({ jobId: job.jobId }));
    } catch (error) {
      callbacks.current.onError(error);
    }
  }, [job]);

  const dismiss = useCallback(() => { stopPolling(); setJob(null); }, []);

  return { job, starting, start, cancel, dismiss };
}
