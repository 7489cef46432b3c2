// "Check the draft": stale facts with jump-to. Runs on the main side over the SAVED review after each
// save, started from an idle callback: never on the typing path.
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import type { CheckFinding } from '../../../../electron/shared/reuse.ts';

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 100);
  return () => clearTimeout(id);
}

/** The stale-fact findings of the check panel (features/check/CheckPanel.tsx). */
export function StaleFindings(props: { reviewId: string; refreshKey: string; onJump(blockIndex: number): void }) {
  const t = useT();
  const [findings, setFindings] = useState<CheckFinding[] | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      api.reuse.check({ reviewId: props.reviewId })
        .then((list) => { if (live) setFindings(list); })
        .catch(() => { if (live) setFindings([]); });
    });
    return () => { live = false; cancel(); };
  }, [props.reviewId, props.refreshKey]);

  return (
    <section className="check-section" aria-label={t('check.section.stale')} data-testid="check-stale">
      <h3 className="check-section-title">{t('check.section.stale')}</h3>
      {findings === null ? <p className="muted small" role="status">{t('check.running')}</p>
        : findings.length === 0 ? <p className="muted small" data-testid="check-stale-none">{t('check.stale.none')}</p>
          : (
            <>
              <p className="small" role="status">{t('check.stale.count', { n: findings.length })}</p>
              <ul className="check-list">
                {findings.map((f, i) => (
                  <li key={i} data-testid="check-finding" data-kind={f.kind}>
                    <button type="button" className="link-button check-jump" onClick={() => props.onJump(f.blockIndex)}>
                      <span className={`badge check-${f.kind}`}>{t(`check.kind.${f.kind}`)}</span> <FindingText finding={f} />
                    </button>
                    <div className="muted small">{f.excerpt}</div>
                    {f.proposal && <div className="small">{t('check.proposal', { text: f.proposal })}</div>}
                  </li>
                ))}
              </ul>
            </>
          )}
    </section>
  );
}

function FindingText({ finding }: { finding: CheckFinding }) {
  const { locale } = useLocale();
  return <span>{finding.message[locale]}</span>;
}
