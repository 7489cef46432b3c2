// The user confirms which ministry sent each file before it is filed (issue 14): the app's guess is
// preselected with what gave it away; a file the app could not place waits for a choice.
import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../i18n/index.tsx';
import { ministryLabel } from './names.ts';
import type { InspectOutcome, MinistryName } from '../../../../electron/shared/inbox.ts';

export interface FileChoice { path: string; ministry: string }

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function ConfirmFiles(props: {
  outcomes: InspectOutcome[];
  ministries: MinistryName[];
  busy: boolean;
  onFile(choices: FileChoice[]): void;
  onCancel(): void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const initial = useMemo(() => Object.fromEntries(props.outcomes.map((o) => [o.file, o.status === 'ok' ? o.detection.ministry?.key ?? '' : ''])), [props.outcomes]);
  const [chosen, setChosen] = useState<Record<string, string>>(initial);
  const fileable = props.outcomes.filter((o) => o.status === 'ok' && !o.duplicateOf);
  const ready = fileable.filter((o) => chosen[o.file]);
  return (
    <section className="inbox-confirm" aria-label={t('inbox.confirmTitle')} data-testid="inbox-confirm">
      <h3>{t('inbox.confirmTitle')}</h3>
      <p className="hint small">{t('inbox.confirmHint')}</p>
      <ul className="inbox-confirm-list">
        {props.outcomes.map((o) => (
          <li key={o.file} data-testid="inbox-confirm-file" data-file={fileName(o.file)}>
            <strong>{fileName(o.file)}</strong>
            {o.status === 'error' && <p className="error small" role="alert" data-testid="inbox-confirm-error">{o.message[locale]}</p>}
            {o.status === 'ok' && o.duplicateOf && <p className="muted small">{t('inbox.alreadyFiled', { ministry: ministryLabel(o.duplicateOf.ministry, locale), n: o.duplicateOf.version })}</p>}
            {o.status === 'ok' && !o.duplicateOf && (
              <>
                {o.title && <span className="muted small"> — {o.title}</span>}
                <label className="field inline">
                  {t('inbox.chooseMinistry')}
                  <select value={chosen[o.file] ?? ''} data-testid="inbox-confirm-ministry"
                    onChange={(e) => setChosen((c) => ({ ...c, [o.file]: e.target.value }))}>
                    <option value="">{t('inbox.chooseMinistryNone')}</option>
                    {props.ministries.map((m) => <option key={m.key} value={m.key}>{ministryLabel(m, locale)}</option>)}
                  </select>
                </label>
                <p className="muted small" data-testid="inbox-confirm-evidence">
                  {o.detection.by ? t(`inbox.detectedBy.${o.detection.by}`, { evidence: o.detection.evidence }) : t('inbox.notDetected')}
                </p>
                {o.detection.former && o.detection.ministry && (
                  <p className="hint small" data-testid="inbox-confirm-former">{t('inbox.formerName', { former: o.detection.former.nameVi, current: ministryLabel(o.detection.ministry, locale) })}</p>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" disabled={props.busy || ready.length === 0} data-testid="inbox-confirm-file-all"
          onClick={() => props.onFile(ready.map((o) => ({ path: o.file, ministry: chosen[o.file]! })))}>
          {t('inbox.fileAll')}{ready.length > 0 ? ` (${ready.length})` : ''}
        </button>
        <button type="button" className="button ghost" disabled={props.busy} onClick={props.onCancel} data-testid="inbox-confirm-cancel">{t('inbox.cancelFiles')}</button>
      </div>
    </section>
  );
}
