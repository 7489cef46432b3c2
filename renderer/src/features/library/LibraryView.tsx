// The start screen: search box and filters (which also narrow the list when there is no query), toolbar
// (import), reviews grouped by year with language, kind, status and meeting date under column headers;
// translation links; row actions (open, rename, duplicate, properties, trash with Undo); drop to import.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { api } from '../../api/index.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import type { LibraryListFilter, LibraryRow } from '../../../../electron/shared/library-page.ts';
import type { SearchHit } from '../../../../electron/shared/library.ts';
import { useT } from '../../i18n/index.tsx';
import { useToasts, type Localized } from '../../app/toasts.tsx';
import { SearchPanel } from '../search/SearchPanel.tsx';
import { RenameDialog } from './NewReviewDialog.tsx';
import { MetadataPanel } from './MetadataPanel.tsx';
// reuse (issue 11)
import { useReuseCounts } from '../reuse/useReuseCounts.ts';
import { EMPTY_SEARCH, hasListFilters, reversedRange, toSearchFilters, type FilterForm, type LibrarySearch } from '../search/filters.ts';
import { useLibraryPages } from './useLibraryPages.ts';
import { focusLost, focusRowAfterRemoval } from '../../app/focus.ts';
import { VirtualReviewList } from './VirtualReviewList.tsx';
import { ReviewRowView, type ReviewRowActions } from './ReviewRow.tsx';

declare global {
  interface Window {
    /** Exposed by the Electron preload: the path of a dropped file. */
    rdFiles?: { pathForFile(file: File): string };
  }
}

export interface LibraryViewProps {
  refreshKey: number;
  /** Kept mounted while another screen is shown (its list, scroll and search survive), but not rendered. */
  hidden?: boolean;
  onChanged(): void;
  onOpen(id: string): void;
  onOpenHit(hit: SearchHit): void;
  onImport(mode: 'files' | 'folder' | string[]): void;
  /** Chromium app: a drop is read in the page (no paths there). Call it during the drop event. */
  onDropFiles?(data: DataTransfer): void;
  /** The search box and filters, kept by the shell so they survive opening a review and coming back. */
  search: LibrarySearch;
  onSearch(next: LibrarySearch): void;
}

export function LibraryView(props: LibraryViewProps) {
  const t = useT();
  const toasts = useToasts();
  const [renaming, setRenaming] = useState<(ReviewMeta & { copied?: boolean }) | null>(null);
  /** The copy just made: shown selected until another row is acted on. */
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [inspecting, setInspecting] = useState<LibraryRow | null>(null);
  const [dropping, setDropping] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  /** The review last opened from this list: it gets the focus back when the library is shown again. */
  const openedId = useRef<string | null>(null);
  const scrollTop = useRef(0);
  const { onChanged, search, onSearch } = props;
  // The list: a window at a time (library:page), never all the reviews (issue 15).
  const listFilter = useMemo(() => listFilterOf(search.filters), [search.filters]);
  const { model, reveal, showing, locateOnRefresh, find } = useLibraryPages({ filters: listFilter, refreshKey: props.refreshKey, onError: toasts.error });
  /** Index of a row just removed: once the list is re-read, focus goes to the row now in its place. */
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    if (removedAt.current === null || model.total === null) return;
    const index = removedAt.current;
    removedAt.current = null;
    if (focusLost()) focusRowAfterRemoval(listRef.current, '[data-testid="review-row"]', index);
  }, [model.refreshed, model.total]);
  const query = search.query;

  const act = useCallback(async (action: () => Promise<Localized | null>) => {
    try {
      const message = await action();
      if (message) toasts.success(message);
      onChanged();
      return true;
    } catch (error) {
      toasts.error(error);
      return false;
    }
  }, [onChanged, toasts]);

  const remove = async (review: ReviewMeta, index: number) => {
    try {
      await api.reviews.delete({ id: review.id });
      if (inspecting?.id === review.id) setInspecting(null);
      removedAt.current = index;
      toasts.success((t) => t('library.deleted', { title: review.title }), 'toast-deleted', {
        label: (t) => t('library.undo'),
        testId: 'toast-undo',
        run: () => void act(async () => { await api.reviews.restore({ id: review.id }); return (t) => t('trash.restored', { title: review.title }); }),
      });
      onChanged();
    } catch (error) {
      toasts.error(error);
    }
  };

  /** The copy is selected, scrolled to and offered for renaming, so it is never taken for the original. */
  const duplicate = async (review: ReviewMeta) => {
    try {
      const copy = await api.reviews.duplicate({ id: review.id });
      setCopiedId(copy.id);
      locateOnRefresh(copy.id, false);
      onChanged();
      setRenaming({ ...copy, copied: true });
    } catch (error) {
      toasts.error(error);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    if (!window.rdFiles && props.onDropFiles) { props.onDropFiles(event.dataTransfer); return; }
    if (!window.rdFiles) { toasts.info((t) => t('library.dropNeedsDesktop')); return; }
    const paths = files.map((file) => window.rdFiles!.pathForFile(file)).filter(Boolean);
    if (paths.length) props.onImport(paths);
  };

  const filtering = hasListFilters(search.filters);
  const reversed = reversedRange(search.filters) !== null;
  const total = model.total;
  const shownCount = useMemo(() => model.years.reduce((n, y) => n + y.count, 0), [model.years]);
  const rowAt = useCallback((index: number) => model.rows.get(index), [model.rows]);
  const reuseCounts = useReuseCounts(model.refreshed); // reuse (issue 11)
  const onOpen = (id: string) => { openedId.current = id; props.onOpen(id); };
  // One stable object for every row (so rows are memoized), calling this render's handlers.
  const latestActions = useRef<ReviewRowActions | null>(null);
  latestActions.current = {
    open: onOpen,
    rename: (review) => setRenaming(review),
    duplicate: (review) => void duplicate(review),
    inspect: (review) => { setCopiedId(null); setInspecting(review); },
    remove: (review, index) => void remove(review, index),
  };
  const rowActions = useMemo<ReviewRowActions>(() => ({
    open: (id) => latestActions.current!.open(id),
    rename: (review) => latestActions.current!.rename(review),
    duplicate: (review) => latestActions.current!.duplicate(review),
    inspect: (review) => latestActions.current!.inspect(review),
    remove: (review, index) => latestActions.current!.remove(review, index),
  }), []);

  // Kept alive between visits: when shown again, the scroll offset comes back and the opened review
  // gets the focus (the list does that on shownNonce).
  const hidden = props.hidden === true;
  useLayoutEffect(() => {
    if (hidden) return;
    const scroller = scrollerRef.current;
    // Only a scroll offset to restore: setting it forces a layout of the whole screen before its first paint.
    if (scroller && scrollTop.current > 0) scroller.scrollTop = scrollTop.current;
    // The shell re-reads the list on showing it (refreshKey): the opened review is focused where it now is.
    if (openedId.current) locateOnRefresh(openedId.current, true);
  }, [hidden, locateOnRefresh]);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (hidden || !scroller) return;
    const remember = () => { scrollTop.current = scroller.scrollTop; };
    scroller.addEventListener('scroll', remember, { passive: true });
    return () => scroller.removeEventListener('scroll', remember);
  }, [hidden]);

  if (hidden) return <div className="library" hidden data-testid="library-kept" />;

  return (
    <div
      className={`library${dropping ? ' dropping' : ''}`}
      data-testid="library-view"
      onDragOver={(event) => { if (event.dataTransfer.types.includes('Files')) { event.preventDefault(); setDropping(true); } }}
      onDragLeave={(event) => { if (event.currentTarget === event.target) setDropping(false); }}
      onDrop={onDrop}
    >
      <header className="toolbar library-toolbar">
        <h1 className="toolbar-title">{t('library.title')}</h1>
        {total !== null && <span className="muted small">{t('library.count', { count: total })}</span>}
        <div className="toolbar-spacer" />
        <button type="button" className="button" onClick={() => props.onImport('files')} data-testid="import-files">{t('library.importFiles')}</button>
        <button type="button" className="button" onClick={() => props.onImport('folder')} data-testid="import-folder">{t('library.importFolder')}</button>
      </header>
      <div className="library-body">
        <div className="library-main" ref={scrollerRef}>
          <SearchPanel search={search} onSearch={onSearch} onOpen={props.onOpenHit} hideHint={filtering} headingLevel={2} />
          {!query.trim() && !reversed && (
            <div className="review-list">
              {total === 0 && (
                <div className="empty-state">
                  <p>{t('library.empty')}</p>
                  <p className="muted">{t('library.emptyHint')}</p>
                </div>
              )}
              {filtering && total !== null && (
                <p className="filter-status muted small" role="status" data-testid="library-filter-status">
                  {shownCount === 0 ? t('library.noMatch') : t('library.filtered', { shown: shownCount, total })}
                  {' '}
                  <button type="button" className="link-button" onClick={() => onSearch(EMPTY_SEARCH)} data-testid="library-clear-filters">{t('library.clearFilters')}</button>
                </p>
              )}
              {model.years.length > 0 && (
                <div className="review-columns" aria-hidden="true">
                  <span className="col-lang" />
                  <span className="col-title">{t('library.col.title')}</span>
                  <span className="col-meta">{t('library.col.kind')} · {t('library.col.status')}</span>
                  <span className="col-day" title={t('library.dateHint')}>{t('library.col.date')}</span>
                  <span className="col-changed">{t('library.col.changed')}</span>
                </div>
              )}
              {model.years.length > 0 && (
                <VirtualReviewList
                  years={model.years}
                  rowAt={rowAt}
                  onShowing={showing}
                  find={find}
                  reveal={reveal}
                  loadingLabel={t('app.loading')}
                  scrollerRef={scrollerRef}
                  listRef={listRef}
                  yearLabel={(year) => t('library.yearGroup', { year })}
                  label={t('library.title')}
                  renderRow={(review, index, aria) => (
                    <ReviewRowView key={review.id} review={review} index={index} setSize={aria.setSize} posInSet={aria.posInSet}
                      selected={inspecting?.id === review.id || copiedId === review.id} reuseCount={reuseCounts[review.id] ?? 0} actions={rowActions} />
                  )}
                />
              )}
            </div>
          )}
        </div>
        {inspecting && (
          <MetadataPanel
            meta={findLoaded(model.rows, inspecting.id) ?? inspecting}
            translations={(findLoaded(model.rows, inspecting.id) ?? inspecting).translations}
            onOpenTranslation={props.onOpen}
            onClose={() => setInspecting(null)}
            onPatch={async (patch) => {
              try {
                const meta = await api.reviews.update({ id: inspecting.id, patch });
                setInspecting({ ...meta, translations: inspecting.translations });
                onChanged();
                return meta;
              } catch (error) {
                toasts.error(error);
                return null;
              }
            }}
          />
        )}
      </div>
      {dropping && <div className="drop-hint" aria-hidden="true">{t('library.dropHere')}</div>}
      {renaming && (
        <RenameDialog
          title={renaming.title}
          {...(renaming.copied && { heading: t('library.nameCopy') })}
          onClose={() => setRenaming(null)}
          onRename={(title) => act(async () => { const renamed = (await api.reviews.update({ id: renaming.id, patch: { title } })).title; return (t) => t('library.renamed', { title: renamed }); })}
        />
      )}
    </div>
  );
}

/** The list filters of the search form (the section filter needs a search query). */
function listFilterOf(form: FilterForm): LibraryListFilter {
  const { yearFrom, yearTo, lang, kind } = toSearchFilters(form);
  return { ...(yearFrom !== undefined && { yearFrom }), ...(yearTo !== undefined && { yearTo }), ...(lang && { lang }), ...(kind && { kind }) };
}

/** A loaded row by id (the panel shows the row's latest metadata after a refresh). */
function findLoaded(rows: ReadonlyMap<number, LibraryRow>, id: string): LibraryRow | undefined {
  for (const row of rows.values()) if (row.id === id) return row;
  return undefined;
}
