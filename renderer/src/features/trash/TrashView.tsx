// The trash: reviews moved there (a page at a time, more on request), restore one, or empty it after a
// confirmation.
import { useRef } from 'react';
import { api } from '../../api/index.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import { useFormatters, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useConfirm } from '../../app/confirm.tsx';
import { useTrashPages } from './useTrashPages.ts';
import { useRovingList } from '../../app/useRovingList.ts';

export function TrashView(props: { refreshKey: number; onChanged(): void }) {
  const t = useT();
  const fmt = useFormatters();
  const toasts = useToasts();
  const confirm = useConfirm();
  const listRef = useRef<HTMLDivElement>(null);
  // removedAt: the row just restored (or 0 after emptying); focus goes to what is there once reloaded.
  const { trash, removedAt, showMore, loadingMore } = useTrashPages({
    refreshKey: props.refreshKey, onError: toasts.error, listRef, rowSelector: '[data-testid="trash-row"]',
  });
  const items = trash?.rows;
  const total = trash?.total ?? 0;

  const restore = async (review: ReviewMeta, index: number) => {
    try {
      await api.reviews.restore({ id: review.id });
      removedAt.current = index;
      toasts.success((t) => t('trash.restored', { title: review.title }));
      props.onChanged();
    } catch (error) {
      toasts.error(error);
    }
  };

  const emptyAll = async () => {
    const newest = items?.[0]?.deletedAt;
    if (!newest) return;
    if (!(await confirm(t('trash.confirmEmpty', { count: total }), t('trash.confirmEmptyDetail')))) return;
    try {
      // Everything in the trash when the user looked (rows not shown yet included), nothing trashed since.
      const { deleted } = await api.library.emptyTrash({ upTo: newest });
      removedAt.current = 0;
      toasts.success((t) => t('trash.emptied', { count: deleted }));
      props.onChanged();
    } catch (error) {
      toasts.error(error);
    }
  };

  useRovingList(listRef, '[role="listitem"]');

  return (
    <div className="trash" data-testid="trash-view">
      <header className="toolbar">
        <h1 className="toolbar-title">{t('trash.title')}</h1>
        <div className="toolbar-spacer" />
        <button type="button" className="button danger" disabled={!items?.length} onClick={() => void emptyAll()} data-testid="empty-trash">{t('trash.emptyAll')}</button>
      </header>
      <div className="review-list trash-list" role="list" ref={listRef}>
        {items?.length === 0 && <div className="empty-state"><p>{t('trash.empty')}</p></div>}
        {items?.map((review, index) => (
          <div key={review.id} role="listitem" className="review-row trash-row" data-testid="trash-row" data-review-id={review.id}>
            <div className="review-open static">
              <span className={`badge lang-badge lang-${review.lang}`}>{t(`lang.badge.${review.lang}`)}</span>
              <span className="review-title">{review.title}</span>
              <span className="review-kind muted">{review.year} · {t(`kind.${review.kind}`)}</span>
              <span className="muted small">{t('trash.deletedAt')} {review.deletedAt ? fmt.dateTime(review.deletedAt) : ''}</span>
            </div>
            <div className="row-actions visible">
              <button type="button" className="button small" onClick={() => void restore(review, index)} data-testid="trash-restore">{t('trash.restore')}</button>
            </div>
          </div>
        ))}
      </div>
      {items && items.length < total && (
        <div className="trash-more">
          <span className="muted small" data-testid="trash-shown">{t('trash.shown', { shown: items.length, total })}</span>
          <button type="button" className="button" disabled={loadingMore} onClick={() => void showMore()} data-testid="trash-show-more">{t('trash.showMore')}</button>
        </div>
      )}
    </div>
  );
}
