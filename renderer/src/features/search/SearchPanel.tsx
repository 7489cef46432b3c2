// The search box, its filters and the grouped results. Used in the library and in the Ctrl+K overlay.
// Snippets are rendered as text nodes with <mark> for hit parts (never innerHTML).
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { LANGS, REVIEW_KINDS } from '../../../../electron/shared/review.ts';
import type { Lang, ReviewKind } from '../../../../electron/shared/review.ts';
import { SECTION_KEYS, type SectionKey } from '../../../../electron/shared/sections.ts';
import type { SearchHit, SnippetPart } from '../../../../electron/shared/library.ts';
import { messageOf } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { groupHits, useSearch, type SearchFilters } from './useSearch.ts';

export interface SearchPanelProps {
  query: string;
  onQuery(q: string): void;
  onOpen(hit: SearchHit): void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Escape in the box (the overlay closes). */
  onEscape?(): void;
  compact?: boolean;
}

export function Snippet(props: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet">
      {props.parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

const yearOrUndefined = (value: string): number | undefined => {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= 1967 && n <= 2200 ? n : undefined;
};

export function SearchPanel(props: SearchPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const [yearFrom, setYearFrom] = useState('');
  const [yearTo, setYearTo] = useState('');
  const [lang, setLang] = useState<Lang | ''>('');
  const [kind, setKind] = useState<ReviewKind | ''>('');
  const [section, setSection] = useState<SectionKey | ''>('');
  const resultsId = useId();

  const filters: SearchFilters = {
    ...(yearOrUndefined(yearFrom) !== undefined && { yearFrom: yearOrUndefined(yearFrom) }),
    ...(yearOrUndefined(yearTo) !== undefined && { yearTo: yearOrUndefined(yearTo) }),
    ...(lang && { lang }),
    ...(kind && { kind }),
    ...(section && { section }),
  };
  const search = useSearch(props.query, filters);
  const groups = groupHits(search.hits);

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
        <span className="search-icon" aria-hidden="true">⌕</span>
        <input
          ref={props.inputRef}
          type="search"
          className="search-input"
          placeholder={t('search.placeholder')}
          aria-label={t('search.title')}
          aria-controls={resultsId}
          data-testid="search-input"
          value={props.query}
          onChange={(event) => props.onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && props.onEscape) { event.preventDefault(); props.onEscape(); }
          }}
        />
        {search.loading && <span className="spinner" aria-label={t('search.searching')} />}
      </div>
      <div className="search-filters" role="group" aria-label={t('search.title')}>
        <label>{t('search.yearFrom')}<input type="number" min={1967} max={2200} value={yearFrom} onChange={(e) => setYearFrom(e.target.value)} data-testid="search-year-from" /></label>
        <label>{t('search.yearTo')}<input type="number" min={1967} max={2200} value={yearTo} onChange={(e) => setYearTo(e.target.value)} data-testid="search-year-to" /></label>
        <label>{t('search.lang')}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang | '')} data-testid="search-lang">
            <option value="">{t('common.all')}</option>
            {LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        <label>{t('search.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ReviewKind | '')} data-testid="search-kind">
            <option value="">{t('common.all')}</option>
            {REVIEW_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('search.section')}
          <select value={section} onChange={(e) => setSection(e.target.value as SectionKey | '')} data-testid="search-section">
            <option value="">{t('common.all')}</option>
            {SECTION_KEYS.map((k) => <option key={k} value={k}>{t(`sections.key.${k}`)}</option>)}
          </select>
        </label>
      </div>
      <div className="search-results" id={resultsId} aria-live="polite" data-testid="search-results">
        {!props.query.trim() && <p className="muted search-hint">{t('search.hint')}</p>}
        {search.error !== null && <p className="field-error" role="alert">{messageOf(search.error, locale)}</p>}
        {props.query.trim() && search.answered && search.error === null && (
          <p className="muted small results-count">
            {search.hits.length === 0 ? t('search.noResults', { q: search.answered }) : t('search.results', { count: search.hits.length })}
          </p>
        )}
        {groups.map((group) => (
          <section key={group.reviewId} className="result-group" aria-label={group.first.title}>
            <h3 className="result-title">
              <span className={`badge lang-badge lang-${group.first.lang}`}>{t(`lang.badge.${group.first.lang}`)}</span>
              <span className="result-title-text">{group.first.title}</span>
              <span className="muted small">{group.first.year} · {t(`kind.${group.first.kind}`)}</span>
            </h3>
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
      </div>
    </div>
  );
}
