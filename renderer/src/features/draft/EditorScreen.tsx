// The open review: header (back, editable title, save status, panels, export), the editor, and a
// right-hand panel (history or properties). Every write to the review goes through the autosaver.
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { api } from '../../api/index.ts';
import { ReviewEditor } from '../../editor/ReviewEditor.tsx';
import type { DocState } from '../../../../electron/shared/doc.ts';
import type { Review, ReviewMeta } from '../../../../electron/shared/review.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useConfirm } from '../../app/confirm.tsx';
import { useAutosave } from './useAutosave.ts';
import { SaveBanner, SaveStatus } from './SaveStatus.tsx';
import { TitleField } from './TitleField.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { MetadataPanel } from '../library/MetadataPanel.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';

export interface ScrollTarget { index: number; nonce: number }
type SidePanel = 'history' | 'properties' | null;

export interface EditorScreenProps {
  reviewId: string;
  scrollTarget: ScrollTarget | null;
  onBack(): void;
  /** The review's metadata changed (title, save time): the shell refreshes lists and sections. */
  onMetaChanged(meta: Pick<ReviewMeta, 'id' | 'updatedAt'> & Partial<ReviewMeta>): void;
  onMissing(): void;
}

export function EditorScreen(props: EditorScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const confirm = useConfirm();
  const [review, setReview] = useState<Review | null>(null);
  const [loadNonce, setLoadNonce] = useState(0);
  const [panel, setPanel] = useState<SidePanel>(null);
  const [exporting, setExporting] = useState(false);
  const latest = useRef<DocState | null>(null);
  /** JSON of the state as loaded: an editor's first report of unchanged content is not a change. */
  const pristine = useRef<string | null>(null);
  const { onMetaChanged, onMissing } = props;

  const { saver, status } = useAutosave(props.reviewId, review?.updatedAt ?? null, (updatedAt) => {
    setReview((current) => (current ? { ...current, updatedAt } : current));
    onMetaChanged({ id: props.reviewId, updatedAt });
  });

  const load = useCallback(async () => {
    try {
      const loaded = await api.reviews.get({ id: props.reviewId });
      latest.current = loaded.content;
      pristine.current = JSON.stringify(loaded.content);
      setReview(loaded);
      setLoadNonce((n) => n + 1);
      return loaded;
    } catch (error) {
      toasts.error(error);
      onMissing();
      return null;
    }
  }, [props.reviewId, toasts, onMissing]);

  useEffect(() => { void load(); }, [load]);

  const reload = useCallback(async () => {
    const loaded = await load();
    if (loaded) saver?.reset(loaded.updatedAt);
  }, [load, saver]);

  const onChange = useCallback((state: DocState) => {
    latest.current = state;
    if (pristine.current !== null) {
      const unchanged = JSON.stringify(state) === pristine.current;
      pristine.current = null;
      if (unchanged) return;
    }
    if (saver) saver.change(state);
    else early.current = state; // typed before the saver existed (first frame): handed over below
  }, [saver]);

  const early = useRef<DocState | null>(null);
  useEffect(() => {
    if (saver && early.current) { saver.change(early.current); early.current = null; }
  }, [saver]);

  const saveNow = useCallback(() => { void saver?.flush('manual'); }, [saver]);

  // Ctrl/Cmd+S anywhere on this screen (the editor also reports it through onSaveRequest).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveNow]);

  /** Writes metadata through the save queue, so autosave's expected updatedAt stays right. */
  const writeMeta = useCallback(async (patch: Parameters<typeof api.reviews.update>[0]['patch']) => {
    if (!saver) return null;
    try {
      const meta = await saver.run(() => api.reviews.update({ id: props.reviewId, patch }));
      setReview((current) => (current ? { ...current, ...meta } : current));
      onMetaChanged(meta);
      return meta;
    } catch (error) {
      toasts.error(error);
      return null;
    }
  }, [saver, props.reviewId, onMetaChanged, toasts]);

  const restoreVersion = useCallback(async (versionId: number) => {
    if (!saver) return false;
    try {
      const restored = await saver.run(() => api.versions.restore({ reviewId: props.reviewId, versionId }));
      saver.reset(restored.updatedAt);
      latest.current = restored.content;
      pristine.current = JSON.stringify(restored.content);
      setReview(restored);
      setLoadNonce((n) => n + 1);
      onMetaChanged(restored);
      return true;
    } catch (error) {
      toasts.error(error);
      return false;
    }
  }, [saver, props.reviewId, onMetaChanged, toasts]);

  // Links in the content open in the system browser, after the user agrees.
  const onContentClick = useCallback(async (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as HTMLElement).closest('a[href]');
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href)) return;
    if (await confirm(t('link.confirm'), href)) {
      try { await api.shell.openExternal({ url: href }); } catch (error) { toasts.error(error); }
    }
  }, [confirm, t, toasts]);

  if (!review) {
    return <div className="screen-loading" aria-busy="true">{t('editor.loading')}</div>;
  }

  const toggle = (name: Exclude<SidePanel, null>) => setPanel((current) => (current === name ? null : name));

  return (
    <div className="editor-screen" data-testid="editor-screen" data-review-id={review.id}>
      <header className="editor-header toolbar">
        <button type="button" className="button ghost" onClick={props.onBack} data-testid="back-to-library" title={t('editor.back')}>
          <span aria-hidden="true">‹</span> {t('editor.back')}
        </button>
        <TitleField
          value={review.title}
          label={t('editor.titleLabel')}
          onCommit={(title) => { void writeMeta({ title }); }}
        />
        <span className={`badge lang-badge lang-${review.lang}`}>{t(`lang.badge.${review.lang}`)}</span>
        <span className="meta-chip">{review.year}</span>
        <SaveStatus status={status} onReload={() => void reload()} onRetry={() => void saver?.flush()} />
        <div className="toolbar-spacer" />
        <button type="button" className={`button ghost${panel === 'properties' ? ' active' : ''}`} aria-pressed={panel === 'properties'} onClick={() => toggle('properties')} data-testid="toggle-properties">
          {t('editor.properties')}
        </button>
        <button type="button" className={`button ghost${panel === 'history' ? ' active' : ''}`} aria-pressed={panel === 'history'} onClick={() => toggle('history')} data-testid="toggle-history">
          {t('editor.history')}
        </button>
        <button type="button" className="button" onClick={() => setExporting(true)} data-testid="open-export">
          {t('editor.export')}
        </button>
      </header>
      <SaveBanner status={status} onReload={() => void reload()} />
      <div className="editor-body">
        <div className="editor-pane" onClickCapture={(event) => { void onContentClick(event); }}>
          <ReviewEditor
            documentKey={`${review.id}:${loadNonce}`}
            initialState={review.content}
            locale={locale}
            onChange={onChange}
            onSaveRequest={saveNow}
            scrollTarget={props.scrollTarget}
            readOnly={review.deletedAt !== null}
          />
        </div>
        {panel === 'history' && (
          <HistoryPanel
            reviewId={review.id}
            refreshKey={review.updatedAt}
            currentContent={() => latest.current ?? review.content}
            onRestore={restoreVersion}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'properties' && (
          <MetadataPanel meta={review} onPatch={writeMeta} onClose={() => setPanel(null)} />
        )}
      </div>
      {exporting && <ExportDialog review={review} beforeExport={() => saver?.flush() ?? Promise.resolve()} onClose={() => setExporting(false)} />}
    </div>
  );
}
