// "Check the draft": stale facts with jump-to. Runs on the main side over the SAVED review after each
// save, started from an idle callback: never on the typing path.
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import type { CheckFinding } from '../../../../electron/shared/reuse.ts';

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 100);
  return () => clearTimeout(id);
}

export function CheckPanel(props: { reviewId: string; refreshKey: string; onJump(blockIndex: number): void; onClose(): void }) {
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
    <SidePanel title={t('check.title')} onClose={props.onClose} testId="check-panel">
      {findings === null ? <p className="muted small" role="status">{t('check.running')}</p>
        : findings.length === 0 ? <p className="muted small" data-testid="check-none">{t('check.none')}</p>
          : (
            <>
              <p className="small" role="status">{t('check.count', { n: findings.length })}</p>
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
    </SidePanel>
  );
}

function FindingText({ finding }: { finding: CheckFinding }) {
  const { locale } = useLocale();
  return <span>{finding.message[locale]}</span>;
}
