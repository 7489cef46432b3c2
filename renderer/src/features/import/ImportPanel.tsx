// Progress and results of an import batch: "Tệp n/m: name", a Cancel button, then one line per file
// (imported / duplicate / error with the reason in the UI language).
import { useLocale, useT } from '../../i18n/index.tsx';
import type { ImportController } from './useImport.ts';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function ImportPanel(props: { controller: ImportController; onOpenReview(id: string): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { job } = props.controller;
  if (!job) return null;
  const running = job.state === 'running';
  const counts = { imported: 0, duplicate: 0, error: 0 };
  for (const result of job.results) counts[result.status]++;
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;

  return (
    <section className="import-panel" aria-label={t('import.title')} data-testid="import-panel" data-state={job.state}>
      <header className="import-header">
        <h2>{t('import.title')}</h2>
        {running ? (
          <button type="button" className="button small" onClick={() => void props.controller.cancel()} data-testid="import-cancel">{t('import.cancel')}</button>
        ) : (
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={props.controller.dismiss} data-testid="import-close">×</button>
        )}
      </header>
      {running ? (
        <div data-testid="import-progress" className="import-progress" role="status" aria-live="polite">
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
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
