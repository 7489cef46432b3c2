// Progress and results of an import batch: "Tệp n/m: name", a Cancel button, then one line per file
// (imported / duplicate / error with the reason in the UI language). Docked at the bottom of the main
// area (it takes room instead of covering the list or the page); once finished it folds into a one-line
// summary after a few seconds, with "Show details" and a labelled Close button; Escape closes it.
import { useEffect, useState } from 'react';
import { useLocale, useT } from '../../i18n/index.tsx';
import type { ImportController } from './useImport.ts';

/** A finished batch stays open this long, then folds into its one-line summary. */
export const COLLAPSE_AFTER_MS = 4000;

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function ImportPanel(props: { controller: ImportController; onOpenReview(id: string): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { job } = props.controller;
  const [expanded, setExpanded] = useState(true);
  /** The pointer or the keyboard is in the panel: it does not fold under the user's hand. */
  const [engaged, setEngaged] = useState(false);
  const state = job?.state;
  const jobId = job?.jobId;
  const failures = job?.results.some((r) => r.status === 'error') ?? false;
  useEffect(() => { if (state === 'running') setExpanded(true); }, [state, jobId]);
  useEffect(() => {
    // Errors stay in view until closed (they must be read); a clean batch folds into its summary.
    if (!state || state === 'running' || failures || engaged) return;
    const timer = setTimeout(() => setExpanded(false), COLLAPSE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state, jobId, failures, engaged]);
  if (!job) return null;
  const running = job.state === 'running';
  const folded = !running && !expanded;
  const counts = { imported: 0, duplicate: 0, error: 0, skipped: 0 };
  for (const result of job.results) counts[result.status]++;
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;

  return (
    <section className={`import-panel${folded ? ' folded' : ''}`} aria-label={t('import.title')} data-testid="import-panel" data-state={job.state}
      onPointerEnter={() => setEngaged(true)} onPointerLeave={() => setEngaged(false)}
      onFocus={() => setEngaged(true)} onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setEngaged(false); }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        if (running) setExpanded(false); else props.controller.dismiss();
      }}>
      <header className="import-header">
        <h2>{t('import.title')}</h2>
        {folded && <span className="small import-chip-summary" data-testid="import-chip">{t('import.finished', counts)}</span>}
        <div className="toolbar-spacer" />
        {!running && (
          <button type="button" className="button small ghost" aria-expanded={!folded} onClick={() => setExpanded(folded)} data-testid="import-toggle">
            {folded ? t('import.details') : t('import.hideDetails')}
          </button>
        )}
        {running ? (
          <button type="button" className="button small" onClick={() => void props.controller.cancel()} data-testid="import-cancel">{t('import.cancel')}</button>
        ) : (
          <button type="button" className="button small" title="Esc" onClick={props.controller.dismiss} data-testid="import-close">× {t('common.close')}</button>
        )}
      </header>
      {!folded && <>
      {running ? (
        <div data-testid="import-progress" className="import-progress">
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={job.total} aria-valuenow={job.done}>
            <div className="progress-bar" style={{ width: `${percent}%` }} />
          </div>
          <p className="small">
            {job.current
              ? t('import.progress', { n: Math.min(job.done + 1, job.total), m: job.total, name: baseName(job.current) })
              : t('import.starting')}
          </p>
        </div>
      ) : (
        <p className="small import-summary" data-testid="import-summary" role="status">
          {job.state === 'cancelled' && <>{t('import.cancelled')} </>}
          {t('import.finished', counts)}
          {counts.skipped > 0 && <> {t('import.skippedCount', counts)}</>}
        </p>
      )}
      {job.results.length > 0 && (
        <ul className="import-results" data-testid="import-results">
          {job.results.map((result, index) => (
            <li key={index} className={`import-result result-${result.status}`} data-testid="import-result" data-status={result.status}>
              <span className={`result-badge ${result.status}`}>{t(`import.status.${result.status}`)}</span>
              <span className="result-file" title={result.file}>{baseName(result.file)}</span>
              <span className="result-detail">
                {result.status === 'imported' && (
                  <button type="button" className="link-button" onClick={() => props.onOpenReview(result.reviewId)}>{result.title}</button>
                )}
                {result.status === 'imported' && result.notes.length > 0 && <span className="muted"> · {result.notes.map((n) => n[locale]).join(' ')}</span>}
                {result.status === 'duplicate' && t(result.inTrash ? 'import.duplicateInTrash' : 'import.duplicateOf', { title: result.title })}
                {result.status === 'error' && <span className="error-text">{result.message[locale]}</span>}
                {result.status === 'error' && result.message.detail && (
                  <span className="small muted import-detail" data-testid="import-detail"><br />{t('import.detailLine', { detail: result.message.detail })}</span>
                )}
                {result.status === 'skipped' && <span className="muted">{result.reason[locale]}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      </>}
    </section>
  );
}
