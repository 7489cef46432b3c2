// The start screen: search box, toolbar (new, import), reviews grouped by year with language, kind,
// status and update time; row actions (open, rename, duplicate, properties, trash); drop files to import.
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { api } from '../../api/index.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import type { SearchHit } from '../../../../electron/shared/library.ts';
import { useFormatters, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { SearchPanel } from '../search/SearchPanel.tsx';
import { groupByYear } from './group.ts';
import { RenameDialog } from './NewReviewDialog.tsx';
import { MetadataPanel } from './MetadataPanel.tsx';

declare global {
  interface Window {
    /** Exposed by the Electron preload: the path of a dropped file. */
    rdFiles?: { pathForFile(file: File): string };
  }
}

export interface LibraryViewProps {
  refreshKey: number;
  onChanged(): void;
  onOpen(id: string): void;
  onOpenHit(hit: SearchHit): void;
  onImport(mode: 'files' | 'folder' | string[]): void;
}

export function LibraryView(props: LibraryViewProps) {
  const t = useT();
  const fmt = useFormatters();
  const toasts = useToasts();
  const [reviews, setReviews] = useState<ReviewMeta[] | null>(null);
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<ReviewMeta | null>(null);
  const [inspecting, setInspecting] = useState<ReviewMeta | null>(null);
  const [dropping, setDropping] = useState(false);
  const { onChanged } = props;

  useEffect(() => {
    let live = true;
    api.reviews.list({})
      .then((list) => { if (live) setReviews(list); })
      .catch((error: unknown) => { if (live) { setReviews([]); toasts.error(error); } });
    return () => { live = false; };
  }, [props.refreshKey, toasts]);

  const act = useCallback(async (action: () => Promise<string | null>) => {
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

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    if (!window.rdFiles) { toasts.info(t('library.dropNeedsDesktop')); return; }
    const paths = files.map((file) => window.rdFiles!.pathForFile(file)).filter(Boolean);
    if (paths.length) props.onImport(paths);
  };

  const groups = reviews ? groupByYear(reviews) : [];

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
        {reviews && <span className="muted small">{t('library.count', { count: reviews.length })}</span>}
        <div className="toolbar-spacer" />
        <button type="button" className="button" onClick={() => props.onImport('files')} data-testid="import-files">{t('library.importFiles')}</button>
        <button type="button" className="button" onClick={() => props.onImport('folder')} data-testid="import-folder">{t('library.importFolder')}</button>
      </header>
      <div className="library-body">
        <div className="library-main">
          <SearchPanel query={query} onQuery={setQuery} onOpen={props.onOpenHit} />
          {!query.trim() && (
            <div className="review-list" role="list" aria-label={t('library.title')}>
              {reviews?.length === 0 && (
                <div className="empty-state">
                  <p>{t('library.empty')}</p>
                  <p className="muted">{t('library.emptyHint')}</p>
                </div>
              )}
              {groups.map((group) => (
                <section key={group.year} className="year-group" aria-label={t('library.yearGroup', { year: group.year })} data-testid="year-group" data-year={group.year}>
                  <h2 className="year-heading">{group.year}<span className="muted small">{group.reviews.length}</span></h2>
                  {group.reviews.map((review) => (
                    <div key={review.id} role="listitem" className={`review-row${inspecting?.id === review.id ? ' selected' : ''}`} data-testid="review-row" data-review-id={review.id}>
                      <button type="button" className="review-open" onClick={() => props.onOpen(review.id)} data-testid="review-open">
                        <span className={`badge lang-badge lang-${review.lang}`} data-testid="review-lang">{t(`lang.badge.${review.lang}`)}</span>
                        <span className="review-title" data-testid="review-title-cell">{review.title}</span>
                        <span className="review-kind muted">{t(`kind.${review.kind}`)}</span>
                        <span className={`status-pill status-${review.status}`}>{t(`status.${review.status}`)}</span>
                        <time className="review-updated muted small" dateTime={review.updatedAt}>{fmt.dateTime(review.updatedAt)}</time>
                      </button>
                      <div className="row-actions">
                        <button type="button" className="icon-button" title={t('library.rename')} aria-label={`${t('library.rename')}: ${review.title}`} onClick={() => setRenaming(review)} data-testid="review-rename">✎</button>
                        <button type="button" className="icon-button" title={t('library.duplicate')} aria-label={`${t('library.duplicate')}: ${review.title}`} data-testid="review-duplicate"
                          onClick={() => void act(async () => t('library.duplicated', { title: (await api.reviews.duplicate({ id: review.id })).title }))}>⧉</button>
                        <button type="button" className="icon-button" title={t('library.properties')} aria-label={`${t('library.properties')}: ${review.title}`} onClick={() => setInspecting(review)} data-testid="review-properties">ⓘ</button>
                        <button type="button" className="icon-button danger" title={t('library.delete')} aria-label={`${t('library.delete')}: ${review.title}`} data-testid="review-delete"
                          onClick={() => void act(async () => { await api.reviews.delete({ id: review.id }); if (inspecting?.id === review.id) setInspecting(null); return t('library.deleted', { title: review.title }); })}>🗑</button>
                      </div>
                    </div>
                  ))}
                </section>
              ))}
            </div>
          )}
        </div>
        {inspecting && (
          <MetadataPanel
            meta={reviews?.find((r) => r.id === inspecting.id) ?? inspecting}
            onClose={() => setInspecting(null)}
            onPatch={async (patch) => {
              try {
                const meta = await api.reviews.update({ id: inspecting.id, patch });
                setInspecting(meta);
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
          onClose={() => setRenaming(null)}
          onRename={(title) => act(async () => t('library.renamed', { title: (await api.reviews.update({ id: renaming.id, patch: { title } })).title }))}
        />
      )}
    </div>
  );
}
