// Version history of the open review: list (time, reason, words), preview of the selected version,
// word diff showing what restoring it would change in the current text, and restore (the autosaver writes pending typing first).
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import { docText } from '../../../../electron/shared/doc-build.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import type { Version, VersionMeta } from '../../../../electron/shared/review.ts';
import { useToasts } from '../../app/toasts.tsx';
import { useConfirm } from '../../app/confirm.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import { isUnchanged, wordDiff, type DiffPart } from './word-diff.ts';
import { useRovingList } from '../../app/useRovingList.ts';
import { diffHunks } from './hunks.ts';
import { useLocale, useT } from '../../i18n/index.tsx';

/** "01/12/2026 08:57:12": versions a few seconds apart must be told apart. */
function versionTime(iso: string, locale: 'vi' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const day = date.toLocaleDateString(tag, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${day} ${date.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })}`;
}

export interface HistoryPanelProps {
  reviewId: string;
  /** Changes after every save, so the list picks up new versions. */
  refreshKey: string;
  currentContent(): DocState;
  onRestore(versionId: number): Promise<boolean>;
  onClose(): void;
}

export function HistoryPanel(props: HistoryPanelProps) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  useRovingList(listRef, 'li');
  const { locale } = useLocale();
  const toasts = useToasts();
  const confirm = useConfirm();
  const [versions, setVersions] = useState<VersionMeta[] | null>(null);
  const [selected, setSelected] = useState<Version | null>(null);
  const [tab, setTab] = useState<'diff' | 'preview'>('diff');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.versions.list({ reviewId: props.reviewId })
      .then((list) => { if (live) setVersions(list); })
      .catch((error: unknown) => { if (live) { setVersions([]); toasts.error(error); } });
    return () => { live = false; };
  }, [props.reviewId, props.refreshKey, toasts]);

  const select = async (id: number) => {
    try {
      setSelected(await api.versions.get({ id }));
    } catch (error) {
      toasts.error(error);
    }
  };

  const restore = async () => {
    if (!selected) return;
    const time = versionTime(selected.createdAt, locale);
    if (!(await confirm(t('history.confirmRestore', { time }), t('history.confirmRestoreDetail')))) return;
    setBusy(true);
    const ok = await props.onRestore(selected.id);
    setBusy(false);
    if (ok) {
      toasts.success((t) => t('history.restored', { time }), 'restore-done');
      setSelected(null);
    }
  };

  return (
    <SidePanel title={t('history.title')} onClose={props.onClose} testId="history-panel" wide={selected !== null}>
      <div className={`history ${selected ? 'with-detail' : ''}`}>
        <ol className="history-list" aria-label={t('history.title')} ref={listRef}>
          {versions === null && <li className="muted">{t('history.loading')}</li>}
          {versions?.length === 0 && <li className="muted">{t('history.empty')}</li>}
          {versions?.map((version) => (
            <li key={version.id}>
              <button
                type="button"
                className={`history-item${selected?.id === version.id ? ' selected' : ''}`}
                data-testid="history-item"
                data-reason={version.reason}
                aria-current={selected?.id === version.id}
                onClick={() => void select(version.id)}
              >
                <time className="history-time" dateTime={version.createdAt} data-testid="history-time">{versionTime(version.createdAt, locale)}</time>
                <span className={`reason reason-${version.reason}`}>{t(`history.reason.${version.reason}`)}</span>
                <span className="muted small">{t('history.words', { count: version.words })}</span>
              </button>
            </li>
          ))}
        </ol>
        {selected ? (
          <VersionDetail version={selected} tab={tab} onTab={setTab} current={props.currentContent} currentKey={props.refreshKey} busy={busy} onRestore={() => void restore()} />
        ) : (
          versions && versions.length > 0 && <p className="muted history-hint">{t('history.select')}</p>
        )}
      </div>
    </SidePanel>
  );
}

function VersionDetail(props: {
  version: Version; tab: 'diff' | 'preview'; onTab(tab: 'diff' | 'preview'): void;
  /** The current content; read when the version, the tab or currentKey changes. */
  current(): DocState;
  /** Changes when the saved content changes (its updatedAt): the diff is recomputed then, not on every render. */
  currentKey: string;
  busy: boolean; onRestore(): void;
}) {
  const t = useT();
  const { version, tab, current, currentKey } = props;
  const oldText = useMemo(() => docText(version.content), [version]);
  // `current` is a new function on every render of the screen (every keystroke's status change), so it
  // is read through a ref: a whole-document diff must not run per render.
  const currentRef = useRef(current);
  currentRef.current = current;
  // Read as "what restoring this version would do to the current text": from the current text to the
  // version, so words that come back are insertions (green) and words that go away are deletions (red).
  const parts = useMemo(
    () => (tab === 'diff' ? wordDiff(docText(currentRef.current()), oldText) : []),
    [tab, oldText, currentKey],
  );

  return (
    <section className="version-detail" data-testid="version-detail">
      <div className="segmented" role="tablist">
        <button type="button" role="tab" aria-selected={props.tab === 'diff'} className={props.tab === 'diff' ? 'active' : ''} onClick={() => props.onTab('diff')} data-testid="history-diff-tab">{t('history.diff')}</button>
        <button type="button" role="tab" aria-selected={props.tab === 'preview'} className={props.tab === 'preview' ? 'active' : ''} onClick={() => props.onTab('preview')} data-testid="history-preview-tab">{t('history.preview')}</button>
      </div>
      {props.tab === 'preview' ? (
        <div className="version-text" data-testid="version-preview" tabIndex={0}>{oldText}</div>
      ) : (
        <>
          <p className="diff-explain small muted">{t('history.diffExplain')}</p>
          <p className="diff-legend small" data-testid="diff-legend">
            <ins>{t('history.legend.inserted')}</ins> <del>{t('history.legend.deleted')}</del>
          </p>
          {parts === null ? <div className="version-text diff" data-testid="version-diff"><p className="muted" data-testid="diff-too-large">{t('history.tooManyChanges')}</p></div>
            : isUnchanged(parts) ? <div className="version-text diff" data-testid="version-diff"><p className="muted">{t('history.same')}</p></div>
            : <DiffHunks parts={parts} />}
        </>
      )}
      <div className="version-actions">
        <button type="button" className="button primary" disabled={props.busy} onClick={props.onRestore} data-testid="restore-version">{t('history.restore')}</button>
      </div>
    </section>
  );
}

/** The changed passages with a few words of context, and buttons to step from one change to the next. */
function DiffHunks(props: { parts: DiffPart[] }) {
  const t = useT();
  const hunks = useMemo(() => diffHunks(props.parts), [props.parts]);
  const [at, setAt] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => setAt(0), [hunks]);
  const go = (index: number) => {
    const next = Math.max(0, Math.min(hunks.length - 1, index));
    setAt(next);
    const element = list.current?.querySelectorAll<HTMLElement>('[data-testid="diff-hunk"]')[next];
    element?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <>
      <div className="diff-nav" role="group" aria-label={t('history.changes')}>
        <span className="small" data-testid="diff-position" aria-live="polite">{t('history.changeOf', { at: at + 1, count: hunks.length })}</span>
        <button type="button" className="button small" disabled={at === 0} onClick={() => go(at - 1)} data-testid="diff-prev">{t('history.prevChange')}</button>
        <button type="button" className="button small" disabled={at >= hunks.length - 1} onClick={() => go(at + 1)} data-testid="diff-next">{t('history.nextChange')}</button>
      </div>
      <div className="version-text diff" data-testid="version-diff" tabIndex={0} ref={list}>
        {hunks.map((hunk, index) => (
          <div key={index} className={`diff-hunk${index === at ? ' current' : ''}`} data-testid="diff-hunk" aria-current={index === at}>
            {hunk.gapBefore && <span className="diff-gap" aria-hidden="true">… </span>}
            {hunk.parts.map((part, i) => {
              if (part.kind === 'inserted') return <ins key={i}><span className="sr-only">{t('history.ins')}</span>{part.text}</ins>;
              if (part.kind === 'deleted') return <del key={i}><span className="sr-only">{t('history.del')}</span>{part.text}</del>;
              return <span key={i}>{part.text}</span>;
            })}
            {hunk.gapAfter && <span className="diff-gap" aria-hidden="true"> …</span>}
          </div>
        ))}
      </div>
    </>
  );
}
