// One row of the library list, memoized: scrolling renders the list again for its new window, and only
// the rows that come into view are built (a row's props change only with its review or its state).
import { memo } from 'react';
import type { LibraryRow } from '../../../../electron/shared/library-page.ts';
import { useFormatters, useT } from '../../i18n/index.tsx';
import { meetingDay, splitCopySuffix } from './rows.ts';
import { IconDuplicate, IconInfo, IconRename, IconTranslation, IconTrash } from '../../app/icons.tsx';

/** What a row's buttons do; one stable object for all rows (its methods call the screen's latest). */
export interface ReviewRowActions {
  open(id: string): void;
  rename(review: LibraryRow): void;
  duplicate(review: LibraryRow): void;
  inspect(review: LibraryRow): void;
  remove(review: LibraryRow, index: number): void;
}

export interface ReviewRowProps {
  review: LibraryRow;
  /** Flat position in the list (data-index: the list finds rows by it). */
  index: number;
  setSize: number;
  posInSet: number;
  selected: boolean;
  reuseCount: number;
  actions: ReviewRowActions;
}

export const ReviewRowView = memo(function ReviewRowView({ review, index, setSize, posInSet, selected, reuseCount, actions }: ReviewRowProps) {
  const t = useT();
  const fmt = useFormatters();
  const day = meetingDay(review);
  const linked = review.translations;
  const { base, copy } = splitCopySuffix(review.title);
  return (
    <div role="listitem" aria-setsize={setSize} aria-posinset={posInSet} className={`review-row${selected ? ' selected' : ''}`} data-testid="review-row" data-review-id={review.id} data-index={index} data-copy={copy ? 'true' : undefined}>
      <button type="button" className="review-open" onClick={() => actions.open(review.id)} data-testid="review-open" title={review.title}>
        <span className={`badge lang-badge lang-${review.lang}`} data-testid="review-lang">{t(`lang.badge.${review.lang}`)}</span>
        <span className="review-title-cell" data-testid="review-title-cell">
          <span className="review-title">{copy ? base : review.title}</span>
          {copy && <span className="copy-badge" data-testid="review-copy-badge">{copy}</span>}
        </span>
        <span className="review-meta">
          <span className="review-kind muted">{t(`kind.${review.kind}`)}</span>
          <span className={`status-pill status-${review.status}`}>{t(`status.${review.status}`)}</span>
        </span>
        <span className="review-day small" data-testid="review-date" data-label={t('library.col.date')}>{day ?? ''}</span>
        <time className="review-changed muted small" dateTime={review.updatedAt} data-testid="review-changed" data-label={t('library.changedShort')}
          title={t('library.changedAt', { time: fmt.dateTime(review.updatedAt) })}>{fmt.dateTime(review.updatedAt)}</time>
      </button>
      <div className="row-actions">
        {reuseCount > 0 && (
          <span className="reuse-count-badge small muted" data-testid="review-reuse-count" title={t('reuse.library.count', { n: reuseCount })}>
            ♻ {reuseCount}
          </span>
        )}
        {linked.map((other) => (
          <button key={other.id} type="button" className="translation-link" data-testid="review-translation"
            title={t('library.openTranslation', { lang: t(`lang.${other.lang}`), title: other.title })}
            onClick={() => actions.open(other.id)}>
            {/* The name starts with the visible words (voice control users say what they see). */}
            <IconTranslation /><span className="translation-word">{t('library.translationOf')}</span> {t(`lang.badge.${other.lang}`)}
            <span className="sr-only">: {t('library.openTranslation', { lang: t(`lang.${other.lang}`), title: other.title })}</span>
          </button>
        ))}
        <button type="button" className="icon-button" title={t('library.rename')} aria-label={`${t('library.rename')}: ${review.title}`} onClick={() => actions.rename(review)} data-testid="review-rename"><IconRename /></button>
        <button type="button" className="icon-button" title={t('library.duplicate')} aria-label={`${t('library.duplicate')}: ${review.title}`} data-testid="review-duplicate"
          onClick={() => actions.duplicate(review)}><IconDuplicate /></button>
        <button type="button" className="icon-button" title={t('library.properties')} aria-label={`${t('library.properties')}: ${review.title}`} onClick={() => actions.inspect(review)} data-testid="review-properties"><IconInfo /></button>
        <button type="button" className="icon-button danger" title={t('library.delete')} aria-label={`${t('library.delete')}: ${review.title}`} data-testid="review-delete"
          onClick={() => actions.remove(review, index)}><IconTrash /></button>
      </div>
    </div>
  );
});
