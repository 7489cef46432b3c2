// The contributions panel (issue 14): the board, receiving files (with the ministry confirmed), the
// letters, and merging what the ministries sent into the section under the caret.
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { api, ApiError } from '../../api/index.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import type { Board, InspectOutcome, MinistryName } from '../../../../electron/shared/inbox.ts';
import type { ReuseHandle } from '../reuse/ReuseBridgePlugin.tsx';
import { BoardTab } from './BoardTab.tsx';
import { ConfirmFiles, type FileChoice } from './ConfirmFiles.tsx';
import { MergeTab } from './MergeTab.tsx';
import { CommentsTab } from './CommentsTab.tsx';
import type { LexicalEditor } from 'lexical';
import { droppedContributionFiles, pickContributionFiles } from './files.ts';
import './inbox.css';

export type InboxTab = 'board' | 'merge' | 'comments';
const TABS: InboxTab[] = ['board', 'merge', 'comments'];

export function InboxPanel(props: {
  review: ReviewMeta;
  caretBlock: number;
  handle: ReuseHandle | null;
  refreshKey: string;
  readOnly: boolean;
  beforeWrite(): Promise<void>;
  /** The live editor (the comments tab settles marks in it). */
  editor: LexicalEditor | null;
  /** Reloads the draft after the main side rewrote it (commented returns placed on it). */
  onReplaced(): Promise<void>;
  /** Sets the review's meeting date (as Properties does; the document's chips follow). */
  onMeetingDate(value: string | null): void;
  onClose(): void;
}) {
  const t = useT();
  const toasts = useToasts();
  const [tab, setTab] = useState<InboxTab>('board');
  const [board, setBoard] = useState<Board | null>(null);
  const [ministries, setMinistries] = useState<MinistryName[]>([]);
  const [pending, setPending] = useState<InspectOutcome[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [dropping, setDropping] = useState(false);
  const reviewId = props.review.id;

  const reload = useCallback(async () => {
    try { setBoard(await api.inbox.board({ reviewId })); } catch (error) { toasts.error(error); }
  }, [reviewId, toasts]);
  useEffect(() => { void reload(); }, [reload, props.refreshKey]);
  useEffect(() => { api.inbox.ministries({}).then(setMinistries).catch((e: unknown) => toasts.error(e)); }, [toasts]);

  const inspect = async (paths: string[] | null) => {
    if (!paths || paths.length === 0) return;
    setBusy(true);
    try {
      if (paths.length > 3) toasts.info((t) => t('inbox.reading', { n: paths.length }));
      setPending(await api.inbox.inspect({ reviewId, paths }));
      setTab('board');
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  };

  const file = async (choices: FileChoice[]) => {
    setBusy(true);
    try {
      const outcomes = await api.inbox.add({ reviewId, files: choices });
      const filed = outcomes.filter((o) => o.status === 'filed');
      if (filed.length) toasts.success((t) => t('inbox.filed', { n: filed.length }), 'inbox-filed');
      for (const o of filed) {
        const { superseded, contribution } = o;
        if (superseded) toasts.info((t, locale) => t('inbox.filedSuperseded', { ministry: locale === 'en' ? contribution.ministry.nameEn : contribution.ministry.nameVi, n: contribution.version, old: superseded.version }));
      }
      for (const o of outcomes) if (o.status === 'error') toasts.error(new ApiError({ code: o.code, message: o.message }));
      // What was not filed stays on screen to be dealt with; what was filed leaves the list.
      const done = new Set(outcomes.filter((o) => o.status === 'filed' || o.status === 'duplicate').map((o) => o.file));
      setPending((list) => {
        const rest = (list ?? []).filter((o) => !done.has(o.file) && !(o.status === 'ok' && o.duplicateOf));
        return rest.length ? rest : null;
      });
      await reload();
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    if (event.dataTransfer.files.length === 0) return;
    const taking = droppedContributionFiles(event.dataTransfer);
    void taking.then((paths) => {
      if (paths === null) toasts.info((t) => t('inbox.dropNeedsApp'));
      else void inspect(paths);
    }).catch((e: unknown) => toasts.error(e));
  };

  return (
    <SidePanel title={t('inbox.title')} onClose={props.onClose} testId="inbox-panel" wide>
      <div className={`inbox-drop${dropping ? ' dropping' : ''}`} data-testid="inbox-drop"
        onDragOver={(e) => { e.preventDefault(); setDropping(true); }} onDragLeave={() => setDropping(false)} onDrop={onDrop}>
        <div className="tabs" role="tablist">
          {TABS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''}
              onClick={() => setTab(name)} data-testid={`inbox-tab-${name}`}>{t(`inbox.tab.${name}`)}</button>
          ))}
        </div>
        <div role="tabpanel">
          {pending && <ConfirmFiles outcomes={pending} ministries={ministries} busy={busy} onFile={(c) => void file(c)} onCancel={() => setPending(null)} />}
          {tab === 'board' && (
            <BoardTab reviewId={reviewId} year={props.review.year} readOnly={props.readOnly} onMeetingDate={props.onMeetingDate}
              meetingDate={typeof props.review.fields.meetingDate === 'string' ? props.review.fields.meetingDate : null} board={board} ministries={ministries} busy={busy} beforeWrite={props.beforeWrite}
              onBoard={setBoard} onImport={() => { void pickContributionFiles().then(inspect).catch((e: unknown) => toasts.error(e)); }} />
          )}
          {tab === 'comments' && (
            <CommentsTab reviewId={reviewId} title={props.review.title} editor={props.editor} board={board} ministries={ministries} readOnly={props.readOnly}
              beforeWrite={props.beforeWrite} onBoard={setBoard} onReplaced={props.onReplaced} />
          )}
          {tab === 'merge' && <MergeTab reviewId={reviewId} caretBlock={props.caretBlock} refreshKey={props.refreshKey} handle={props.handle} readOnly={props.readOnly} board={board} />}
        </div>
      </div>
    </SidePanel>
  );
}
