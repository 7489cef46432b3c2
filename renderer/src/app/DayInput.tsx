// A day typed as the drafter writes it ("25/11/2026", "ngày 25 tháng 11", "25 November 2026") and kept as
// an ISO day. Not <input type="date">: its order of day and month follows the operating system's
// language, not the app's, so an English Windows shows 11/25/2026 in the Vietnamese UI, and every other
// date in the app (Properties, the export's date) is written day first.
import { useEffect, useId, useState } from 'react';
import { parseMeetingDate } from '../../../electron/shared/meeting-date.ts';
import { formatIsoDay } from '../features/library/rows.ts';
import { useT } from '../i18n/index.tsx';

export function DayInput(props: {
  label: string;
  /** The ISO day (YYYY-MM-DD), or null when none is set. */
  value: string | null;
  /** Completes a day written without its year ("25/11"). */
  year: number;
  onCommit(value: string | null): void;
  testId: string;
  disabled?: boolean;
}) {
  const t = useT();
  const errorId = useId();
  const shown = props.value ? formatIsoDay(props.value) : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => { setText(shown); setInvalid(false); }, [shown]);

  const commit = () => {
    const typed = text.normalize('NFC').trim();
    if (typed === shown) { setInvalid(false); return; }
    if (typed === '') { setInvalid(false); props.onCommit(null); return; }
    const day = parseMeetingDate(typed, props.year);
    if (!day) { setInvalid(true); return; }
    setInvalid(false);
    setText(formatIsoDay(day));
    if (day !== props.value) props.onCommit(day);
  };

  return (
    <label className="field inline day-input">{props.label}
      <input type="text" inputMode="text" value={text} placeholder={t('day.placeholder')} disabled={props.disabled} data-testid={props.testId}
        aria-invalid={invalid} aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => { setText(e.target.value); if (invalid) setInvalid(false); }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); commit(); }
          else if (e.key === 'Escape' && text !== shown) { e.preventDefault(); e.stopPropagation(); setText(shown); setInvalid(false); }
        }} />
      {invalid && <span className="field-error" id={errorId} role="alert">{t('day.invalid', { text: text.trim() })}</span>}
    </label>
  );
}
