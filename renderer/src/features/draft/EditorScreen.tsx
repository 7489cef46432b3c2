// The open review: header (back, editable title, save status, panels, export), the editor, and a
// right-hand panel (history or properties). Every write to the review goes through the autosaver.
// Unsaved typing is never dropped: another write (rename, restore, export) is refused while a draft
// cannot be saved, and a draft still unsaved when the review is left or reloaded goes to the recovery
// slot, offered back by a banner when the review is opened again (draftRecovery.ts).
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '../../api/index.ts';
import { ReviewEditor, flushLiveEditors } from '../../editor/ReviewEditor.tsx';
import type { DocState } from '../../../../electron/shared/doc.ts';
import type { Review, ReviewMeta } from '../../../../electron/shared/review.ts';
import { translate, useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useAutosave } from './useAutosave.ts';
import { isUnsavedDraftError } from './autosaver.ts';
import { draftRecovery, type KeptDraft } from './draftRecovery.ts';
import { RecoveryBanner, SaveBanner, SaveStatus } from './SaveStatus.tsx';
import { TitleField } from './TitleField.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { MetadataPanel } from '../library/MetadataPanel.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { restoreFocus } from '../../app/focus.ts';
import type { ReviewLink } from '../../../../electron/shared/library-page.ts';
import { announce } from '../../app/a11y.tsx';
import { EditorExitHint } from './EditorExitHint.tsx';

/**
 * The editor does not re-render when only the screen's state changes (the save status turns dirty,
 * saving, saved about every second while typing): its props are stable between those renders.
 */
const StableEditor = memo(ReviewEditor);
// drafting (issue 10)
import type { LexicalEditor } from 'lexical';
import { fieldDef, TITLE_BLOCK, titlePlaceholders } from '../../../../electron/shared/fields.ts';
import { FieldsPanel } from '../drafting/FieldsPanel.tsx';
import { CheckPanel } from '../drafting/CheckPanel.tsx';
import { SaveAsTemplateDialog } from '../drafting/SaveAsTemplateDialog.tsx';
import { emptyFieldNames, followMeetingDate } from '../../editor/drafting/fields.ts';
// tm (issue 12)
import { TranslationPanel } from '../tm/TranslationPanel.tsx';
import { TmCaretPlugin, type CaretInfo as TmCaretInfo, type TmEditorController } from '../tm/TmCaretPlugin.tsx';
import type { SegmentView } from '../../../../electron/shared/tm.ts';

// reuse (issue 11)
import { ReuseBridgePlugin, type CaretInfo, type MarkInfo, type ReuseHandle } from '../reuse/ReuseBridgePlugin.tsx';
import { ReusePanel, type ReuseTab } from '../reuse/ReusePanel.tsx';
import { docJsonText } from '../../editor/incrementalExport.ts';
// inbox (issue 14)
import { InboxPanel } from '../inbox/InboxPanel.tsx';
import type { BlockTarget } from '../../editor/plugins/ScrollToBlockPlugin.tsx';

export type ScrollTarget = BlockTarget;
type SidePanel = 'history' | 'properties' | 'fields' | 'reuse' | 'check' | 'translation' | 'inbox' | null;

export interface EditorScreenProps {
  reviewId: string;
  scrollTarget: ScrollTarget | null;
  onBack(): void;
  /** The review's metadata changed (title, save time): the shell refreshes lists and sections. */
  onMetaChanged(meta: Pick<ReviewMeta, 'id' | 'updatedAt'> & Partial<ReviewMeta>): void;
  onMissing(): void;
  /** Opens another review (a linked translation). */
  onOpenReview(id: string): void;
}

export function EditorScreen(props: EditorScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [review, setReview] = useState<Review | null>(null);
  const [loadNonce, setLoadNonce] = useState(0);
  const [panel, setPanel] = useState<SidePanel>(null);
  const [exporting, setExporting] = useState(false);
  // drafting (issue 10): the live editor (fields/check panels), jumps from those panels, save as template
  // Held in a ref: re-rendering this screen when the editor mounts slowed opening long reviews. A panel that
  // is open when the editor (re)mounts is told through editorNonce.
  const editorRef = useRef<LexicalEditor | null>(null);
  const [, setEditorNonce] = useState(0);
  const panelRef = useRef<SidePanel>(null);
  panelRef.current = panel;
  const onEditor = useCallback((e: LexicalEditor | null) => {
    editorRef.current = e;
    if (panelRef.current === 'fields' || panelRef.current === 'check' || panelRef.current === 'inbox') setEditorNonce((n) => n + 1);
  }, []);
  const editor = editorRef.current;
  const [localTarget, setLocalTarget] = useState<ScrollTarget | null>(null);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [emptyAtExport, setEmptyAtExport] = useState<string[]>([]);
  /** A draft of this review kept from before (a save that failed when it was left): offered back. */
  const [kept, setKept] = useState<KeptDraft | null>(null);
  const latest = useRef<DocState | null>(null);
  /** JSON of the state as loaded: an editor's first report of unchanged content is not a change. */
  const pristine = useRef<string | null>(null);
  const { onMetaChanged, onMissing } = props;

  // reuse (issue 11): the editor bridge's reports. The caret only re-renders this screen while the
  // reuse panel is open (it is already debounced by the bridge).
  const reuseHandle = useRef<ReuseHandle | null>(null);
  const [handle, setHandle] = useState<ReuseHandle | null>(null);
  const caretRef = useRef<CaretInfo | null>(null);
  const [caret, setCaret] = useState<CaretInfo | null>(null);
  const [marks, setMarks] = useState<MarkInfo[]>([]);
  const [reuseTab, setReuseTab] = useState<ReuseTab>('sections');
  useEffect(() => { if (panel === 'reuse' || panel === 'inbox') setCaret(caretRef.current); }, [panel]);
  const onCaret = useCallback((info: CaretInfo) => { caretRef.current = info; if (panelRef.current === 'reuse' || panelRef.current === 'inbox') setCaret(info); }, []);
  const onReady = useCallback((h: ReuseHandle | null) => { reuseHandle.current = h; setHandle(h); }, []);
  // One element for the editor's whole life: the editor is memoized (StableEditor) and must not re-render
  // when only this screen's state changes.
  const reusePlugins = useMemo(() => (
    <ReuseBridgePlugin onCaret={onCaret} onMarks={setMarks} onReady={onReady}
      describeSource={(p) => (p.contribution ? t('inbox.source', { title: p.title }) : t('reuse.source', { title: p.title, year: p.year }))} />
  ), [onCaret, onReady, t]);

  /** An error toast in both languages (it follows a later language switch). */
  const toastMessage = useCallback((key: MessageKey) => {
    toasts.error(new ApiError({ code: 'unsaved-draft', message: { vi: translate('vi', key), en: translate('en', key) } }));
  }, [toasts]);

  const { saver, status, baseline } = useAutosave(props.reviewId, review?.updatedAt ?? null, {
    onSaved: (updatedAt) => {
      setReview((current) => (current ? { ...current, updatedAt } : current));
      onMetaChanged({ id: props.reviewId, updatedAt });
    },
    onSavedMeta: (meta) => {
      // The meeting date typed in the document's chip became the review's (Properties, the library row),
      // or a field filled in the document filled its "[…]" in the title.
      if (!review || (meta.fields.meetingDate === review.fields.meetingDate && meta.title === review.title)) return;
      setReview((current) => (current ? { ...current, title: meta.title, fields: meta.fields } : current));
      onMetaChanged({ id: props.reviewId, updatedAt: meta.updatedAt, title: meta.title, fields: meta.fields });
    },
    onLeftUnsaved: () => toastMessage('recovery.leftUnsaved'),
  });

  /** The content as it is in the store (loaded from it): only an editor opened on it may give the
   *  autosaver its first base (onBaseline); one opened on a recovered draft may not. */
  const storedContent = useRef<DocState | null>(null);
  const load = useCallback(async () => {
    try {
      const loaded = await api.reviews.get({ id: props.reviewId });
      latest.current = loaded.content;
      pristine.current = JSON.stringify(loaded.content);
      storedContent.current = loaded.content;
      setReview(loaded);
      setLoadNonce((n) => n + 1);
      setKept(draftRecovery.read(props.reviewId));
      return loaded;
    } catch (error) {
      toasts.error(error);
      onMissing();
      return null;
    }
  }, [props.reviewId, toasts, onMissing]);

  useEffect(() => { void load(); }, [load]);

  /** Reload the stored review (after it was changed elsewhere); the draft in this window is kept for recovery. */
  const reload = useCallback(async () => {
    flushLiveEditors();
    const draft = saver?.pendingContent ?? null;
    if (draft) draftRecovery.keep(props.reviewId, draft);
    const loaded = await load();
    if (loaded) saver?.reset(loaded.updatedAt);
  }, [load, saver, props.reviewId]);

  /** Puts the kept draft into the editor; the autosaver then writes it over the stored content. */
  const recoverDraft = useCallback(() => {
    if (!kept || !saver) return;
    draftRecovery.drop(props.reviewId);
    setKept(null);
    latest.current = kept.content;
    pristine.current = null;
    setReview((current) => (current ? { ...current, content: kept.content } : current));
    setLoadNonce((n) => n + 1);
    saver.change(kept.content);
  }, [kept, saver, props.reviewId]);

  const discardDraft = useCallback(() => {
    draftRecovery.drop(props.reviewId);
    setKept(null);
  }, [props.reviewId]);

  const onChange = useCallback((state: DocState) => {
    latest.current = state;
    if (pristine.current !== null) {
      const unchanged = docJsonText(state) === pristine.current;
      pristine.current = null;
      if (unchanged) { saver?.discardDirtyMark(); return; }
    }
    if (saver) saver.change(state);
    else early.current = state; // typed before the saver existed (first frame): handed over below
  }, [saver]);

  /** The first keystroke of a batch: "Chưa lưu" now, not when the editor hands the content over. */
  const onDirty = useCallback(() => { saver?.markDirty(); }, [saver]);

  const early = useRef<DocState | null>(null);
  useEffect(() => {
    if (saver && early.current) { saver.change(early.current); early.current = null; }
  }, [saver]);

  const readOnly = review?.deletedAt != null;

  // tm (issue 12): the caret's sentence for the translation panel, and the editor's controller.
  const [tmCaret, setTmCaret] = useState<TmCaretInfo | null>(null);
  const [tmController, setTmController] = useState<TmEditorController | null>(null);
  const [tmSegments, setTmSegments] = useState<SegmentView[]>([]);
  const tmPlugins = useMemo(() => (panel === 'translation'
    ? <TmCaretPlugin onCaret={setTmCaret} onReady={setTmController} segments={tmSegments} /> : null), [panel, tmSegments]);
  const editorPlugins = useMemo(() => <>{reusePlugins}{tmPlugins}</>, [reusePlugins, tmPlugins]);

  /** Linked other-language versions, both directions (shown in the properties panel). */
  const [translations, setTranslations] = useState<ReviewLink[]>([]);
  const reviewId = review?.id;
  const translationOf = review?.translationOf;
  useEffect(() => {
    if (!reviewId) return;
    let live = true;
    // library (issue 15): this review's links only (the whole list was 10,000 metas at 10,000 reviews)
    api.library.translations({ id: reviewId })
      .then((links) => { if (live) setTranslations(links); })
      .catch(() => undefined);
    return () => { live = false; };
    // Re-read when the link itself may have changed.
  }, [reviewId, translationOf]);
  /**
   * Ctrl/Cmd+S, the one save shortcut of this screen (in the editor, the title or anywhere else): the
   * editor hands over its last keystrokes, then the current content is written as a manual save (a
   * version), even when nothing was pending.
   */
  const saveNow = useCallback(() => {
    flushLiveEditors();
    if (!saver || readOnly || latest.current === null) return;
    void saver.saveManual(latest.current).then(() => { if (saver.status.kind === 'saved') announce(t('a11y.saved')); });
  }, [saver, readOnly, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's')) {
        event.preventDefault();
        saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveNow]);

  /** Before an export: everything typed must be in the store, or the export would show older text. */
  const beforeExport = useCallback(async () => {
    flushLiveEditors();
    if (saver) await saver.ensureSaved();
  }, [saver]);

  /** Writes metadata through the save queue, so autosave's expected updatedAt stays right. */
  const writeMeta = useCallback(async (patch: Parameters<typeof api.reviews.update>[0]['patch']) => {
    if (!saver) return null;
    try {
      const before = review?.fields.meetingDate;
      const meta = await saver.run(() => api.reviews.update({ id: props.reviewId, patch }));
      setReview((current) => (current ? { ...current, ...meta } : current));
      onMetaChanged(meta);
      // A new meeting day: the main side filled the stored chips; the live editor's follow (its next save
      // then carries the same chips).
      const meeting = patch.fields?.meetingDate;
      if (meeting !== undefined && meeting !== before && editorRef.current && !readOnly) {
        followMeetingDate(editorRef.current, typeof meeting === 'string' ? meeting : null, meta.year, meta.lang);
      }
      return meta;
    } catch (error) {
      if (isUnsavedDraftError(error)) toastMessage('save.blockedByDraft');
      else toasts.error(error);
      return null;
    }
  }, [saver, props.reviewId, onMetaChanged, toasts, toastMessage, review?.fields.meetingDate, readOnly]);

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
      if (isUnsavedDraftError(error)) toastMessage('save.blockedByDraft');
      else toasts.error(error);
      return false;
    }
  }, [saver, props.reviewId, onMetaChanged, toasts, toastMessage]);

  /** Back to the text, where the caret was (Enter or Escape in the title, as in a word processor). */
  function focusDocument() {
    const content = document.querySelector<HTMLElement>('[data-testid="editor-screen"] [data-testid="editor"]');
    if (content) content.focus({ preventScroll: true });
    else restoreFocus(null);
  }

  if (!review) {
    return <div className="screen-loading" aria-busy="true">{t('editor.loading')}</div>;
  }

  const toggle = (name: Exclude<SidePanel, null>) => setPanel((current) => (current === name ? null : name));
  const jump = (index: number, span?: BlockTarget['span']) => {
    // A finding about the title (a "[Người chủ trì]" left in it): the title box, with those words selected.
    if (index === TITLE_BLOCK) {
      const box = document.querySelector<HTMLInputElement>('[data-testid="review-title"]');
      box?.focus();
      if (box && span) box.setSelectionRange(span.offset, span.offset + span.length);
      return;
    }
    setLocalTarget({ index, nonce: Date.now(), ...(span ? { span } : {}) });
  };
  const scrollTarget = localTarget && (!props.scrollTarget || localTarget.nonce > props.scrollTarget.nonce) ? localTarget : props.scrollTarget;
  const openExport = () => {
    const live = editorRef.current;
    // Fields empty in the text, and the ones a "[…]" in the title still waits for (the title is the export's
    // trích yếu): each named once.
    const names = [...(live ? emptyFieldNames(live) : []), ...titlePlaceholders(review.title).map((p) => p.name)];
    setEmptyAtExport([...new Set(names)].map((n) => fieldDef(n).label[locale]));
    setExporting(true);
  };

  return (
    <div className="editor-screen" data-testid="editor-screen" data-review-id={review.id}>
      {/* The screen's h1 (the title field is an input, so the heading is for screen readers' heading list). */}
      <h1 className="sr-only" data-testid="editor-heading">{review.title}</h1>
      <header className="editor-header toolbar">
        <button type="button" className="button ghost" onClick={props.onBack} data-testid="back-to-library" title={t('editor.back')}>
          <span aria-hidden="true">‹</span> {t('editor.back')}
        </button>
        <TitleField
          value={review.title}
          label={t('editor.titleLabel')}
          onCommit={(title) => { void writeMeta({ title }); }}
          onDone={focusDocument}
        />
        <span className={`badge lang-badge lang-${review.lang}`}>{t(`lang.badge.${review.lang}`)}</span>
        <span className="meta-chip">{review.year}</span>
        <SaveStatus status={status} onReload={() => void reload()} onRetry={() => void saver?.flush()} />
        <div className="toolbar-spacer" />
        <button type="button" className={`button ghost${panel === 'properties' ? ' active' : ''}`} aria-pressed={panel === 'properties'} onClick={() => toggle('properties')} data-testid="toggle-properties">
          {t('editor.properties')}
        </button>
        <button type="button" className={`button ghost${panel === 'translation' ? ' active' : ''}`} aria-pressed={panel === 'translation'} onClick={() => toggle('translation')} data-testid="toggle-translation">
          {t('editor.translation')}
        </button>
        <button type="button" className={`button ghost${panel === 'history' ? ' active' : ''}`} aria-pressed={panel === 'history'} onClick={() => toggle('history')} data-testid="toggle-history">
          {t('editor.history')}
        </button>
        <button type="button" className={`button ghost${panel === 'fields' ? ' active' : ''}`} aria-pressed={panel === 'fields'} onClick={() => toggle('fields')} data-testid="toggle-fields">
          {t('editor.fields')}
        </button>
        <button type="button" className={`button ghost${panel === 'reuse' ? ' active' : ''}`} aria-pressed={panel === 'reuse'} onClick={() => toggle('reuse')} data-testid="toggle-reuse">
          {t('reuse.open')}{marks.length > 0 && <span className="badge count-badge" data-testid="marks-count"> {marks.length}</span>}
        </button>
        <button type="button" className={`button ghost${panel === 'check' ? ' active' : ''}`} aria-pressed={panel === 'check'} onClick={() => toggle('check')} data-testid="toggle-check">
          {t('editor.check')}
        </button>
        {/* inbox (issue 14) */}
        <button type="button" className={`button ghost${panel === 'inbox' ? ' active' : ''}`} aria-pressed={panel === 'inbox'} onClick={() => toggle('inbox')} data-testid="toggle-inbox">
          {t('inbox.open')}
        </button>
        <button type="button" className="button ghost" onClick={() => setSavingTemplate(true)} data-testid="save-as-template">
          {t('editor.saveAsTemplate')}
        </button>
        <button type="button" className="button" onClick={openExport} data-testid="open-export">
          {t('editor.export')}
        </button>
      </header>
      <SaveBanner status={status} onReload={() => void reload()} />
      {kept && <RecoveryBanner keptAt={kept.keptAt} onRecover={recoverDraft} onDiscard={discardDraft} />}
      <div className="editor-body">
        <div className="editor-pane">
          <StableEditor
            documentKey={`${review.id}:${loadNonce}`}
            initialState={review.content}
            locale={locale}
            onChange={onChange}
            onDirty={onDirty}
            onBaseline={review.content === storedContent.current ? baseline : undefined}
            scrollTarget={scrollTarget}
            readOnly={readOnly}
            onEditor={onEditor}
            docLang={review.lang}
            autoFocus
            plugins={editorPlugins}
          />
          <EditorExitHint />
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
        {panel === 'fields' && <FieldsPanel editor={editor} readOnly={readOnly} onJump={jump} onClose={() => setPanel(null)} />}
        {panel === 'translation' && (
          <TranslationPanel review={review} caret={tmCaret} controller={tmController} refreshKey={review.updatedAt}
            beforeWrite={beforeExport} onOpenReview={props.onOpenReview} onSegments={setTmSegments} onClose={() => setPanel(null)} />
        )}
        {panel === 'properties' && (
          <MetadataPanel meta={review} onPatch={writeMeta} onClose={() => setPanel(null)}
            translations={translations} onOpenTranslation={props.onOpenReview} />
        )}
        {panel === 'reuse' && (
          <ReusePanel review={review} caret={caret} marks={marks} handle={handle} refreshKey={review.updatedAt} readOnly={readOnly}
            tab={reuseTab} onTab={setReuseTab} onClose={() => setPanel(null)} />
        )}
        {panel === 'check' && <CheckPanel reviewId={review.id} title={review.title} editor={editor} readOnly={readOnly} onJump={jump} onClose={() => setPanel(null)} />}
        {/* inbox (issue 14) */}
        {panel === 'inbox' && (
          <InboxPanel review={review} caretBlock={caret?.blockIndex ?? -1} handle={handle} refreshKey={review.updatedAt} readOnly={readOnly}
            beforeWrite={beforeExport} editor={editor} onReplaced={reload} onClose={() => setPanel(null)}
            onMeetingDate={(meetingDate) => { void writeMeta({ fields: { meetingDate } }); }} />
        )}
      </div>
      {exporting && <ExportDialog review={review} beforeExport={beforeExport} onClose={() => setExporting(false)} emptyFields={emptyAtExport}
        pendingMarks={marks.length} onAcceptAllMarks={() => { reuseHandle.current?.settleAll('accept'); }} />}
      {savingTemplate && <SaveAsTemplateDialog reviewId={review.id} defaultName={review.title} beforeSave={beforeExport} onClose={() => setSavingTemplate(false)} />}
    </div>
  );
}
