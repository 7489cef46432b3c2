// "Tạo báo cáo mới": year (default: the current year, the year under review), language, kind, template and
// the review to build on (default: the same kind and language from the year before), title (optional with a
// template: the template's title, filled).
import { useEffect, useState } from 'react';
import { LANGS, REVIEW_KINDS, type Lang, type ReviewKind } from '../../../../electron/shared/review.ts';
import type { ReviewChoice } from '../../../../electron/shared/library-page.ts';
import type { TemplateInfo } from '../../../../electron/drafting/types.ts';
import { api } from '../../api/index.ts';
import { translate, useLocale, useT } from '../../i18n/index.tsx';
import { Modal } from '../../app/Modal.tsx';
import { fieldDef } from '../../../../electron/shared/fields.ts';
// library (issue 15, lib2): the reviews to build on are asked for with a filter, not all loaded
import { useReviewChoices } from './useReviewChoices.ts';
import { ChoiceFilter } from './ChoiceFilter.tsx';

export interface NewReviewValues {
  title: string; year: number; lang: Lang; kind: ReviewKind;
  /** drafting (issue 10): template id ('' = blank page) and the review to build on ('none' or an id). */
  template?: string;
  from?: string;
}

const BLANK = '';

export function validateReview(title: string, year: string): { title?: 'newReview.error.titleEmpty' | 'newReview.error.titleLong'; year?: 'newReview.error.year' } {
  const errors: ReturnType<typeof validateReview> = {};
  const trimmed = title.trim();
  if (!trimmed) errors.title = 'newReview.error.titleEmpty';
  else if (trimmed.length > 500) errors.title = 'newReview.error.titleLong';
  const n = Number(year);
  if (!/^\d{4}$/.test(year.trim()) || n < 1967 || n > 2200) errors.year = 'newReview.error.year';
  return errors;
}

/** "Báo cáo tổng kết tình hình hợp tác ASEAN năm N và phương hướng năm N+1", in the review's language. */
export function defaultReviewTitle(lang: Lang, year: string): string {
  const n = Number(year);
  const known = /^\d{4}$/.test(year.trim());
  return translate(lang, 'newReview.defaultTitle', { year: known ? n : year.trim(), next: known ? n + 1 : '…' });
}

export function NewReviewDialog(props: {
  onCreate(values: NewReviewValues): Promise<boolean>; onClose(): void;
  /** Opened from the Templates screen: that template, its language and kind chosen. */
  template?: TemplateInfo;
}) {
  const t = useT();
  const { locale } = useLocale();
  const defaultYear = new Date().getFullYear();
  const [year, setYear] = useState(String(defaultYear));
  const [lang, setLang] = useState<Lang>(props.template?.lang ?? locale);
  /** null until the user edits it: the full report title follows the year and language chosen. */
  const [typedTitle, setTitle] = useState<string | null>(null);
  const title = typedTitle ?? defaultReviewTitle(lang, year);
  const [kind, setKind] = useState<ReviewKind>(props.template?.kind ?? 'report');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  // drafting (issue 10): templates and the review to build on
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [templateProblems, setTemplateProblems] = useState(0);
  const [template, setTemplate] = useState<string | null>(props.template?.id ?? null);
  const [from, setFrom] = useState<string | null>(null);
  const [suggested, setSuggested] = useState<string>('none');
  /** The suggested and the chosen review stay in the list whatever the filter shows. */
  const [kept, setKept] = useState<ReviewChoice[]>([]);
  useEffect(() => {
    api.drafting.templates({}).then((set) => { setTemplates(set.templates); setTemplateProblems(set.problems.length); }).catch(() => undefined);
  }, []);
  const choices = templates.filter((x) => x.kind === kind && x.lang === lang).concat(templates.filter((x) => x.kind === kind && x.lang !== lang));
  const chosenTemplate = template !== null && (template === BLANK || choices.some((x) => x.id === template)) ? template : (choices[0]?.id ?? BLANK);
  const buildOn = useReviewChoices({ enabled: chosenTemplate !== BLANK });
  const yearNumber = Number(year);
  const validYear = /^\d{4}$/.test(year.trim()) && yearNumber >= 1967 && yearNumber <= 2200;
  useEffect(() => {
    if (!validYear) return;
    let live = true;
    api.drafting.defaultBuildOn({ year: yearNumber, lang, kind })
      .then((meta) => {
        if (!live) return;
        setSuggested(meta?.id ?? 'none');
        if (meta) setKept((list) => [{ id: meta.id, title: meta.title, year: meta.year, lang: meta.lang, kind: meta.kind }, ...list.filter((r) => r.id !== meta.id)].slice(0, 2));
      })
      .catch(() => undefined);
    return () => { live = false; };
  }, [yearNumber, lang, kind, validYear]);
  // Another document of this year's meeting: the draft takes its meeting facts (the dialog says which).
  const [sameMeeting, setSameMeeting] = useState<{ title: string; facts: string[] } | null>(null);
  useEffect(() => {
    if (!validYear) { setSameMeeting(null); return; }
    let live = true;
    api.drafting.sameMeeting({ year: yearNumber, lang }).then((same) => { if (live) setSameMeeting(same); }).catch(() => undefined);
    return () => { live = false; };
  }, [yearNumber, lang, validYear]);
  // Only the facts the chosen template writes (the talking points name the chair, not the date).
  const templateFields = choices.find((x) => x.id === chosenTemplate)?.fields ?? [];
  const sameFacts = sameMeeting?.facts.filter((name) => templateFields.includes(name)) ?? [];
  const chosenFrom = from ?? suggested;
  const shownRows = buildOn.choices?.rows ?? [];
  const fromOptions = kept.filter((r) => r.id === chosenFrom && !shownRows.some((x) => x.id === r.id)).concat(shownRows);
  const choose = (value: string) => {
    setFrom(value);
    const picked = shownRows.find((r) => r.id === value);
    if (picked) setKept((list) => [picked, ...list.filter((r) => r.id !== value)].slice(0, 2));
  };
  const fromTemplate = chosenTemplate !== BLANK;
  // With a template the title may stay empty: the template's title (filled for the year) is used.
  const errors = fromTemplate && typedTitle === '' ? { ...validateReview('x', year), title: undefined } : validateReview(title, year);

  const submit = async () => {
    setTouched(true);
    if (errors.title || errors.year || busy) return;
    setBusy(true);
    const ok = await props.onCreate({
      title: fromTemplate && typedTitle === null ? '' : title.normalize('NFC').trim(), year: Number(year), lang, kind,
      ...(fromTemplate ? { template: chosenTemplate, from: chosenFrom } : {}),
    });
    setBusy(false);
    if (ok) props.onClose();
  };

  return (
    <Modal
      title={t('newReview.title')}
      testId="new-review-dialog"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      footer={<>
        <button type="button" className="button" onClick={props.onClose}>{t('common.cancel')}</button>
        <button type="submit" className="button primary" disabled={busy} data-testid="new-review-create">{t('common.create')}</button>
      </>}
    >
      <div className="form-grid">
        <div className="form-row">
          <label>{t('newReview.field.year')}
            <input type="number" inputMode="numeric" min={1967} max={2200} value={year} onChange={(e) => setYear(e.target.value)} data-testid="new-review-year" aria-invalid={touched && !!errors.year} />
          </label>
          <label>{t('newReview.field.lang')}
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="new-review-lang">
              {LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
            </select>
          </label>
        </div>
        {touched && errors.year && <p className="field-error" role="alert">{t(errors.year)}</p>}
        <label>{t('newReview.field.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ReviewKind)} data-testid="new-review-kind">
            {REVIEW_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('newReview.field.template')}
          <select value={chosenTemplate} onChange={(e) => setTemplate(e.target.value)} data-testid="new-review-template">
            {choices.map((x) => <option key={x.id} value={x.id}>{x.name} ({t(`lang.${x.lang}`)}{x.origin === 'user' ? `, ${t('templates.origin.user')}` : ''})</option>)}
            <option value={BLANK}>{t('newReview.blank')}</option>
          </select>
        </label>
        {templateProblems > 0 && <p className="hint">{t('newReview.templateProblems', { n: templateProblems })}</p>}
        {fromTemplate && <ChoiceFilter choices={buildOn.choices} query={buildOn.query} onQuery={buildOn.setQuery} testId="new-review-from-filter" />}
        {fromTemplate && (
          <label>{t('newReview.field.buildOn')}
            <select value={chosenFrom} onChange={(e) => choose(e.target.value)} data-testid="new-review-from">
              <option value="none">{t('newReview.buildOn.none')}</option>
              {fromOptions.map((r) => (
                <option key={r.id} value={r.id}>{r.year} · {t(`lang.${r.lang}`)} · {t(`kind.${r.kind}`)} · {r.title.length > 80 ? `${r.title.slice(0, 78)}…` : r.title}</option>
              ))}
            </select>
            {chosenFrom !== 'none' && <span className="hint">{t('newReview.buildOn.hint', { year: validYear ? yearNumber : '…' })}</span>}
          </label>
        )}
        {fromTemplate && sameFacts.length > 0 && sameMeeting && (
          <p className="hint" data-testid="new-review-same-meeting">
            {t('newReview.sameMeeting', { title: sameMeeting.title, facts: sameFacts.map((name) => fieldDef(name).label[locale]).join(', '), year: yearNumber })}
          </p>
        )}
        <label>{t('newReview.field.title')}
          <input value={fromTemplate ? (typedTitle ?? '') : title} placeholder={fromTemplate ? t('newReview.titleHint') : undefined}
            onChange={(e) => setTitle(e.target.value)} data-testid="new-review-title" aria-invalid={touched && !!errors.title} maxLength={600} />
        </label>
        {touched && errors.title && <p className="field-error" role="alert">{t(errors.title)}</p>}
      </div>
    </Modal>
  );
}

export function RenameDialog(props: { title: string; heading?: string; onRename(title: string): Promise<boolean>; onClose(): void }) {
  const t = useT();
  const [title, setTitle] = useState(props.title);
  const [touched, setTouched] = useState(false);
  const error = validateReview(title, '2000').title;
  const submit = async () => {
    setTouched(true);
    if (error) return;
    if (await props.onRename(title.normalize('NFC').trim())) props.onClose();
  };
  return (
    <Modal
      title={props.heading ?? t('rename.title')}
      size="small"
      testId="rename-dialog"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      footer={<>
        <button type="button" className="button" onClick={props.onClose}>{t('common.cancel')}</button>
        <button type="submit" className="button primary" data-testid="rename-save">{t('common.save')}</button>
      </>}
    >
      <label className="field">{t('newReview.field.title')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="rename-input" aria-invalid={touched && !!error}
          onFocus={(e) => { if (!touched) e.currentTarget.select(); }} />
      </label>
      {touched && error && <p className="field-error" role="alert">{t(error)}</p>}
    </Modal>
  );
}
