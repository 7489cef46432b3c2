// Export to Word / PDF: the header and closing values (defaults from api.export.settings, remembered
// per review by the service), then a save dialog and the export. A failure leaves the draft untouched.
// The values are checked against the contract's limits first (exportForm.ts), and the draft must be
// saved: beforeExport() throws UnsavedDraftError when it is not, and nothing is exported.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import { EXPORT_PROFILES, type ExportProfile } from '../../../../electron/shared/export.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import { useT, type T } from '../../i18n/index.tsx';
import { isUnsavedDraftError } from '../draft/autosaver.ts';
import {
  LINES_MAX, TEXT_MAX, dayMonthYearToIso, fromForm, isoToDayMonthYear, profileShows, toForm, validateForm,
  type ExportForm as Form, type FormProblem, type LineField as Lines, type TextField,
} from './exportForm.ts';
import { useToasts } from '../../app/toasts.tsx';
import { Modal } from '../../app/Modal.tsx';
import { frontEnd } from '../chromium-app/frontEnd.ts';
import { chooseSaveTarget, deliverExport, type SaveTarget } from '../chromium-app/transfer.ts';

/** A file name from the title, safe on every OS. */
export function exportFileName(title: string): string {
  const cleaned = title.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return (cleaned || 'review').slice(0, 120);
}

const LABEL_KEY = {
  parentAgency: 'export.parentAgency', agency: 'export.agency', number: 'export.number', place: 'export.place',
  summary: 'export.summary', signerName: 'export.signerName', addressees: 'export.addressees',
  distribution: 'export.distribution', signingAuthority: 'export.signingAuthority',
} as const;

function problemText(t: T, problem: FormProblem): string {
  switch (problem.kind) {
    case 'date': return t('export.dateInvalid');
    case 'tooLong': return t('export.tooLong', { field: t(LABEL_KEY[problem.field]), max: problem.max });
    case 'lineTooLong': return t('export.lineTooLong', { field: t(LABEL_KEY[problem.field]), line: problem.line, max: problem.max });
    case 'tooManyLines': return t('export.tooManyLines', { field: t(LABEL_KEY[problem.field]), max: problem.max });
  }
}

/**
 * The signing date as day/month/year text (a native date input follows the browser's locale and showed
 * "11/24/2026" in the Vietnamese UI). The form holds ISO; text that is not a real day leaves it empty,
 * which validateForm reports.
 */
function DateField(props: { iso: string; label: string; placeholder: string; onChange(iso: string): void }) {
  const [text, setText] = useState(() => isoToDayMonthYear(props.iso));
  return (
    <label className="field">{props.label}
      <input type="text" inputMode="numeric" placeholder={props.placeholder} value={text} data-testid="export-date"
        aria-invalid={text.trim() !== '' && dayMonthYearToIso(text) === null}
        onChange={(e) => { setText(e.target.value); props.onChange(dayMonthYearToIso(e.target.value) ?? ''); }}
        onBlur={() => { const iso = dayMonthYearToIso(text); if (iso) setText(isoToDayMonthYear(iso)); }} />
    </label>
  );
}

export function ExportDialog(props: {
  review: ReviewMeta; beforeExport(): Promise<void>; onClose(): void;
  /** drafting (issue 10): labels of the empty fields, listed before exporting */
  emptyFields?: readonly string[];
  /** reuse (issue 11): roll-forward marks still pending in the text, and how to accept them all. */
  pendingMarks?: number; onAcceptAllMarks?(): void;
}) {
  const t = useT();
  const toasts = useToasts();
  const [form, setForm] = useState<Form | null>(null);
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const loaded = form !== null;
  const [canReveal, setCanReveal] = useState(false);
  const pendingMarks = props.pendingMarks ?? 0;
  const [marksChoice, setMarksChoice] = useState<'accept' | 'track' | null>(null);

  // Only the desktop app can show a file in its folder (api.shell.showInFolder answers false elsewhere).
  useEffect(() => {
    let live = true;
    api.app.info({}).then((info) => { if (live) setCanReveal(info.mode === 'electron'); }).catch(() => undefined);
    return () => { live = false; };
  }, []);

  // The fields arrive after the dialog opened: then the first one takes the focus (not "Hủy").
  useEffect(() => {
    if (loaded) formRef.current?.querySelector<HTMLElement>('.form-columns :is(input, textarea)')?.focus();
  }, [loaded]);

  useEffect(() => {
    let live = true;
    api.export.settings({ reviewId: props.review.id })
      .then((settings) => { if (live) setForm(toForm(settings)); })
      .catch((e: unknown) => { toasts.error(e); props.onClose(); });
    return () => { live = false; };
    // Load once per opened dialog.
  }, [props.review.id]);

  const run = async (ext: 'docx' | 'pdf') => {
    if (!form || busy) return;
    const problems = validateForm(form);
    if (problems.length > 0) { setError(problems.map((problem) => problemText(t, problem)).join(' ')); return; }
    // Pending roll-forward marks: the user says what to do with them (a PDF cannot carry tracked changes).
    if (pendingMarks > 0 && (marksChoice === null || (ext === 'pdf' && marksChoice === 'track'))) {
      setError(ext === 'pdf' && marksChoice === 'track' ? t('export.marks.pdfNote') : t('export.marks.title', { n: pendingMarks }));
      return;
    }
    setError(null);
    setBusy(ext);
    try {
      const defaultName = `${exportFileName(props.review.title)}.${ext}`;
      // Chromium app: Chromium's save picker, asked first, while the click still counts as the user's.
      let target: SaveTarget | null = null;
      if ((await frontEnd()) === 'chromium-app') {
        target = await chooseSaveTarget(defaultName, ext);
        if (!target) return;
      }
      if (pendingMarks > 0 && marksChoice === 'accept') props.onAcceptAllMarks?.();
      await props.beforeExport();
      const path = await api.dialog.pickExport({ defaultName, ext });
      if (!path) return;
      const settings = fromForm(form);
      const marks = pendingMarks > 0 && marksChoice ? { marks: marksChoice } : {};
      const result = ext === 'docx'
        ? await api.export.docx({ reviewId: props.review.id, settings, path, ...marks })
        : await api.export.pdf({ reviewId: props.review.id, settings, path, ...marks });
      if (target) {
        const name = await deliverExport(result.path, target);
        toasts.success((t) => t(target.kind === 'file' ? 'chromiumApp.saved' : 'chromiumApp.downloaded', { name }), 'export-done');
        props.onClose();
        return;
      }
      toasts.success((t) => t('export.done', { path: result.path }), 'export-done', canReveal ? {
        label: (t) => t('export.showInFolder'),
        testId: 'export-show-in-folder',
        run: () => { void api.shell.showInFolder({ path: result.path }).catch((e: unknown) => toasts.error(e)); },
      } : undefined);
      props.onClose();
    } catch (e) {
      if (isUnsavedDraftError(e)) setError(t('export.unsaved'));
      else toasts.error(e);
    } finally {
      setBusy(null);
    }
  };

  const shows = (key: TextField | Lines | 'date') => form !== null && profileShows(form.profile, key);
  const field = (key: TextField, label: string, opts: { hint?: string } = {}) => shows(key) && (
    <label className="field">{label}
      <input type="text" maxLength={TEXT_MAX[key]} value={form?.[key] ?? ''} onChange={(e) => setForm((f) => (f ? { ...f, [key]: e.target.value } : f))} data-testid={`export-${key}`} />
      {opts.hint && <span className="hint">{opts.hint}</span>}
    </label>
  );
  const area = (key: Lines, label: string, rows: number) => shows(key) && (
    <label className="field">{label}
      <textarea rows={rows} maxLength={LINES_MAX[key].lines * (LINES_MAX[key].line + 1)} value={form?.[key] ?? ''} onChange={(e) => setForm((f) => (f ? { ...f, [key]: e.target.value } : f))} data-testid={`export-${key}`} />
    </label>
  );

  return (
    <Modal
      title={t('export.title')}
      size="large"
      testId="export-dialog"
      onClose={props.onClose}
      onSubmit={() => void run('docx')}
      footer={<>
        {busy && <span className="muted small footer-note" role="status">{t('export.working')}</span>}
        <button type="button" className="button" onClick={props.onClose}>{t('common.cancel')}</button>
        <button type="button" className="button" disabled={!form || busy !== null} onClick={() => void run('pdf')} data-testid="export-pdf">{t('export.pdf')}</button>
        <button type="submit" className="button primary" disabled={!form || busy !== null} data-testid="export-docx">{t('export.docx')}</button>
      </>}
    >
      {props.emptyFields && props.emptyFields.length > 0 && (
        <div className="notice warning" role="alert" data-testid="export-empty-fields">
          <p>{t('export.emptyFields', { n: props.emptyFields.length })}</p>
          <ul>{props.emptyFields.map((label) => <li key={label}>{label}</li>)}</ul>
        </div>
      )}
      {/* While the settings load, the focus waits on this line: the dialog's first control would be its ×,
          and an Enter pressed meanwhile closed the dialog instead of exporting. */}
      {!form ? <p className="muted" tabIndex={-1} data-autofocus data-testid="export-loading">{t('export.loading')}</p> : (
        <div className="export-form" ref={formRef}>
          {pendingMarks > 0 && (
            <fieldset className="marks-choice" data-testid="export-marks-choice">
              <legend>{t('export.marks.title', { n: pendingMarks })}</legend>
              {(['accept', 'track'] as const).map((choice) => (
                <label key={choice} className="radio">
                  <input type="radio" name="marks" value={choice} checked={marksChoice === choice} onChange={() => setMarksChoice(choice)} data-testid={`export-marks-${choice}`} />
                  {t(`export.marks.${choice}`)}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset className="profile-choice">
            <legend>{t('export.profile')}</legend>
            {EXPORT_PROFILES.map((profile: ExportProfile) => (
              <label key={profile} className="radio">
                <input type="radio" name="profile" value={profile} checked={form.profile === profile} onChange={() => setForm({ ...form, profile })} data-testid={`export-profile-${profile}`} />
                {t(`export.profile.${profile}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="form-columns">
            <legend>{t('export.header')}</legend>
            {field('parentAgency', t('export.parentAgency'))}
            {field('agency', t('export.agency'))}
            {field('number', t('export.number'), { hint: t('export.numberHint') })}
            {field('place', t('export.place'))}
            <DateField iso={form.date} label={t('export.date')} placeholder={t('export.datePlaceholder')}
              onChange={(date) => setForm((f) => (f ? { ...f, date } : f))} />
            <label className="field span-2">{form.profile === 'international' ? t('export.title.international') : t('export.summary')}
              <textarea rows={2} maxLength={TEXT_MAX.summary} value={form.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} data-testid="export-summary" />
            </label>
            {shows('addressees') && <div className="span-2">{area('addressees', t('export.addressees'), 2)}</div>}
            {form.profile === 'international' && <p className="hint span-2" data-testid="export-profile-note">{t('export.internationalNote')}</p>}
          </fieldset>
          <fieldset className="form-columns">
            <legend>{t('export.closing')}</legend>
            {area('distribution', t('export.distribution'), 4)}
            <div>
              {area('signingAuthority', t('export.signingAuthority'), 2)}
              {field('signerName', t('export.signerName'))}
            </div>
          </fieldset>
          {form.profile === 'decree30' && (
            <label className="checkbox" data-testid="export-include-captions">
              <input type="checkbox" checked={form.includeCaptions === true} onChange={(e) => setForm({ ...form, includeCaptions: e.target.checked })} />
              {t('export.includeCaptions')}
            </label>
          )}
          {error && <p className="field-error" role="alert" data-testid="export-error">{error}</p>}
        </div>
      )}
    </Modal>
  );
}
