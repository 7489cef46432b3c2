// Inserting reused text at the caret: the main side rolls it forward (marks + provenance), the editor
// bridge inserts it; the user hears how many changes wait for review.
import { useCallback } from 'react';
import { api } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import type { RolledInsert } from '../../../../electron/shared/reuse.ts';
import type { ReuseHandle } from './ReuseBridgePlugin.tsx';

export type InsertRequest =
  | { kind: 'blocks'; sourceId: string; blockStart: number; blockEnd: number }
  | { kind: 'selection'; sourceId: string; text: string };

export function useInsert(handle: ReuseHandle | null, toYear: number, readOnly: boolean) {
  const t = useT();
  const toasts = useToasts();
  return useCallback(async (request: InsertRequest): Promise<boolean> => {
    if (!handle || readOnly) { toasts.info((t) => t('reuse.readOnly')); return false; }
    try {
      const rolled: RolledInsert = request.kind === 'blocks'
        ? await api.reuse.roll({ sourceId: request.sourceId, blockStart: request.blockStart, blockEnd: request.blockEnd, toYear })
        : await api.reuse.rollSelection({ sourceId: request.sourceId, text: request.text, toYear });
      const done = request.kind === 'selection' && rolled.blocks.length === 1 ? handle.insertInline(rolled.blocks[0]!) : handle.insertBlocks(rolled.blocks);
      if (!done) return false;
      const changed = rolled.changes.length;
      toasts.success((t) => (changed ? t('reuse.inserted', { year: toYear, n: changed }) : t('reuse.insertedNoChange', { year: toYear })), 'reuse-inserted');
      if (rolled.notes.length) toasts.info((t) => t('reuse.notes', { list: rolled.notes.map((n) => `“${n.text}”`).join(', ') }));
      return true;
    } catch (error) {
      toasts.error(error);
      return false;
    }
  }, [handle, toYear, readOnly, toasts, t]);
}
