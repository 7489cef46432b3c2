// The search box, its filters and the grouped results. Used in the library and in the Ctrl+K overlay.
// Snippets are rendered as text nodes with <mark> for hit parts (never innerHTML).
import { useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { LANGS, REVIEW_KINDS } from '../../../../electron/shared/review.ts';
import type { Lang, ReviewKind } from '../../../../electron/shared/review.ts';
import { SECTION_KEYS, type SectionKey } from '../../../../electron/shared/sections.ts';
import type { SearchHit, SnippetPart } from '../../../../electron/shared/library.ts';
import { messageOf } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { groupHits, useSearch } from './useSearch.ts';
import { useRovingList } from '../../app/useRovingList.ts';
import { Icon } from '../../app/icons.tsx';
import { reversedRange, toSearchFilters, type FilterForm, type LibrarySearch } from './filters.ts';

export interface SearchPanelProps {
  /** Query and filters, kept by the shell: they survive opening a hit and coming back. */
  search: LibrarySearch;
  onSearch(next: LibrarySearch): void;
  onOpen(hit: SearchHit): void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Escape in the box (the overlay closes). */
  onEscape?(): void;
  compact?: boolean;
  /** The library shows its own (filtered) list under an empty box: no typing hint there once filters are set. */
  hideHint?: boolean;
  /** Level of the result groups' headings: one below the heading the panel sits under (2 in the library, 3 in a dialog). */
  headingLevel?: 2 | 3;
}

export function Snippet(props: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet">
      {props.parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

function Heading(props: { level: 2 | 3; className: string; children: ReactNode }) {
  return props.level === 2 ? <h2 className={props.className}>{props.children}</h2> : <h3 className={props.className}>{props.children}</h3>;
}

export function SearchPanel(props: SearchPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const resultsId = useId();
  const sectionHintId = useId();
  const { query, filters: form } = props.search;
  const set = (patch: Partial<FilterForm>) => props.onSearch({ query, filters: { ...form, ...patch } });
  const reversed = reversedRange(form);
  // A reversed range cannot match anything: no query is sent, the panel says why instead.
  const [submitted, setSubmitted] = useState(0);
  // The results are one tab stop (100 hits are not 100 Tabs); the arrows below move between them.
  const resultsRef = useRef<HTMLDivElement>(null);
  useRovingList(resultsRef, 'li', { arrows: false });
  const search = useSearch(reversed ? '' : query, toSearchFilters(form), { submitted });
  const groups = groupHits(search.hits);
  const hasQuery = query.trim() !== '';

  // Arrow down from the box moves into the results; arrows move between results.
  const onResultsKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const container = event.currentTarget.closest('.search-panel');
    const items = [...(container?.querySelectorAll<HTMLElement>('[data-testid="search-result"]') ?? [])];
    if (items.length === 0) return;
    event.preventDefault();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, index + 1) : index - 1;
    if (next < 0) container?.querySelector<HTMLInputElement>('input[type=search]')?.focus();
    else items[next]?.focus();
  };

  return (
    <div className={`search-panel${props.compact ? ' compact' : ''}`} onKeyDown={onResultsKey}>
      <div className="search-box">
        <Icon name="search" className="search-icon" />
        <input
          ref={props.inputRef}
          type="search"
          className="search-input"
          placeholder={t('search.placeholder')}
          aria-label={t('search.title')}
          aria-controls={resultsId}
          data-testid="search-input"
          value={query}
          onChange={(event) => props.onSearch({ query: event.target.value, filters: form })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && props.onEscape) { event.preventDefault(); props.onEscape(); }
            if (event.key === 'Enter') { event.preventDefault(); setSubmitted((n) => n + 1); }
          }}
        />
        {search.loading && <span className="spinner" aria-label={t('search.searching')} />}
      </div>
      <div className="search-filters" role="group" aria-label={t('search.title')}>
        <label>{t('search.yearFrom')}<input type="number" min={1967} max={2200} value={form.yearFrom} onChange={(e) => set({ yearFrom: e.target.value })} data-testid="search-year-from" aria-invalid={reversed !== null} /></label>
        <label>{t('search.yearTo')}<input type="number" min={1967} max={2200} value={form.yearTo} onChange={(e) => set({ yearTo: e.target.value })} data-testid="search-year-to" aria-invalid={reversed !== null} /></label>
        <label>{t('search.lang')}
          <select value={form.lang} onChange={(e) => set({ lang: e.target.value as Lang | '' })} data-testid="search-lang">
            <option value="">{t('common.all')}</option>
            {LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        <label>{t('search.kind')}
          <select value={form.kind} onChange={(e) => set({ kind: e.target.value as ReviewKind | '' })} data-testid="search-kind">
            <option value="">{t('common.all')}</option>
            {REVIEW_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <label title={hasQuery ? undefined : t('search.sectionNeedsQuery')}>{t('search.section')}
          <select value={form.section} onChange={(e) => set({ section: e.target.value as SectionKey | '' })} data-testid="search-section"
            disabled={!hasQuery} aria-describedby={hasQuery ? undefined : sectionHintId}>
            <option value="">{t('common.all')}</option>
            {SECTION_KEYS.map((k) => <option key={k} value={k}>{t(`sections.key.${k}`)}</option>)}
          </select>
        </label>
      </div>
      <span id={sectionHintId} className="sr-only">{t('search.sectionNeedsQuery')}</span>
      {/* One short polite announcement per answer (the count), never the whole list of hits. */}
      <span className="sr-only" role="status" data-testid="search-announce">
        {hasQuery && !reversed && search.answered && search.error === null
          ? (search.hits.length === 0 ? t('search.noResults', { q: search.answered }) : search.more ? t('search.moreThan', { count: search.hits.length }) : t('search.results', { count: search.hits.length }))
          : ''}
      </span>
      <div className="search-results" id={resultsId} data-testid="search-results" ref={resultsRef}>
        {reversed && <p className="field-error" role="alert" data-testid="search-range-reversed">{t('search.rangeReversed', reversed)}</p>}
        {!hasQuery && !reversed && !props.hideHint && <p className="muted search-hint">{t('search.hint')}</p>}
        {search.error !== null && <p className="field-error" role="alert">{messageOf(search.error, locale)}</p>}
        {hasQuery && !reversed && search.answered && search.error === null && (
          <p className="muted small results-count">
            {search.hits.length === 0 ? t('search.noResults', { q: search.answered }) : search.more ? t('search.moreThan', { count: search.hits.length }) : t('search.results', { count: search.hits.length })}
          </p>
        )}
        {groups.map((group) => (
          <section key={group.reviewId} className="result-group" aria-label={group.first.title}>
            <Heading level={props.headingLevel ?? 3} className="result-title">
              <span className={`badge lang-badge lang-${group.first.lang}`}>{t(`lang.badge.${group.first.lang}`)}</span>
              <span className="result-title-text">{group.first.title}</span>
              <span className="muted small">{group.first.year} · {t(`kind.${group.first.kind}`)}</span>
            </Heading>
            <ul>
              {group.hits.map((hit) => (
                <li key={`${hit.blockIndex}:${hit.rank}`}>
                  <button type="button" className="search-result" data-testid="search-result" data-review-id={hit.reviewId} data-block={hit.blockIndex} onClick={() => props.onOpen(hit)}>
                    {hit.section && <span className="section-tag">{t(`sections.key.${hit.section}`)}</span>}
                    <Snippet parts={hit.snippet} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {hasQuery && !reversed && search.canShowMore && (
          <button type="button" className="button search-more" onClick={search.showMore} data-testid="search-more">{t('search.showMore')}</button>
        )}
      </div>
    </div>
  );
}
