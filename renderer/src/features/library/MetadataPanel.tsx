// Side panel with a review's metadata: year, language, kind, status and the detected fields
// (meeting date, place, chair …). Saved with one "Lưu" so a half-typed year is never written.
import { useEffect, useState } from 'react';
import { LANGS, REVIEW_KINDS, REVIEW_STATUSES } from '../../../../electron/shared/review.ts';
import type { Lang, ReviewFields, ReviewKind, ReviewMeta, ReviewStatus } from '../../../../electron/shared/review.ts';
import { useFormatters, useT, type MessageKey } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import { IconTranslation } from '../../app/icons.tsx';
import { parseMeetingDate } from '../../../../electron/shared/meeting-date.ts';
import { formatIsoDay } from './rows.ts';

type Patch = { year?: number; lang?: Lang; kind?: ReviewKind; status?: ReviewStatus; fields?: Record<string, string | number | null> };

const TEXT_FIELDS = ['meetingDate', 'place', 'chairName', 'chairTitle', 'source'] as const;
const NUMBER_FIELDS = ['delegates', 'ministries'] as const;
/** Word page headers/footers kept at import (issue 9): several lines each. */
const MULTILINE_FIELDS = ['pageHeader', 'pageFooter'] as const;

function fieldString(fields: ReviewFields, key: string): string {
  const value = fields[key];
  if (value === null || value === undefined) return '';
  // The meeting date is kept as an ISO day; the drafter reads and writes it as 9/12/2026.
  return key === 'meetingDate' ? formatIsoDay(String(value)) : String(value);
}

export interface MetadataPanelProps {
  meta: ReviewMeta;
  onPatch(patch: Patch): Promise<unknown>;
  onClose(): void;
  /** The review's other-language versions (it translates them, or they translate it). */
  translations?: readonly Pick<ReviewMeta, 'id' | 'lang' | 'title'>[];
  onOpenTranslation?(id: string): void;
}

export function MetadataPanel(props: MetadataPanelProps) {
  const t = useT();
  const fmt = useFormatters();
  const toasts = useToasts();
  const { meta } = props;
  const [year, setYear] = useState(String(meta.year));
  const [lang, setLang] = useState<Lang>(meta.lang);
  const [kind, setKind] = useState<ReviewKind>(meta.kind);
  const [status, setStatus] = useState<ReviewStatus>(meta.status);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setYear(String(meta.year));
    setLang(meta.lang);
    setKind(meta.kind);
    setStatus(meta.status);
    setFields(Object.fromEntries([...TEXT_FIELDS, ...NUMBER_FIELDS, ...MULTILINE_FIELDS].map((key) => [key, fieldString(meta.fields, key)])));
    setError(null);
  }, [meta.id, meta.year, meta.lang, meta.kind, meta.status, meta.fields]);

  const save = async () => {
    const yearNumber = Number(year);
    if (!Number.isInteger(yearNumber) || yearNumber < 1967 || yearNumber > 2200) { setError(t('newReview.error.year')); return; }
    const patchFields: Record<string, string | number | null> = {};
    for (const key of TEXT_FIELDS) patchFields[key] = fields[key]?.normalize('NFC').trim() || null;
    // A date that names a day is stored as that ISO day (the library's column, the check's as-of date);
    // anything else ("cuối tháng 12/2026") is kept as written, and an untouched value as it was stored
    // (an imported "2023-12" shown as 12/2023 stays "2023-12").
    const meeting = patchFields.meetingDate;
    if (typeof meeting === 'string') {
      const untouched = meeting === fieldString(meta.fields, 'meetingDate');
      patchFields.meetingDate = untouched ? String(meta.fields.meetingDate) : parseMeetingDate(meeting, yearNumber) ?? meeting;
    }
    for (const key of MULTILINE_FIELDS) patchFields[key] = fields[key]?.normalize('NFC').split('\n').map((l) => l.trim()).filter(Boolean).join('\n') || null;
    for (const key of NUMBER_FIELDS) {
      const raw = fields[key]?.trim() ?? '';
      patchFields[key] = raw === '' || !Number.isFinite(Number(raw)) ? null : Number(raw);
    }
    setError(null);
    const result = await props.onPatch({ year: yearNumber, lang, kind, status, fields: patchFields });
    if (result) toasts.success((t) => t('meta.saved'));
  };

  const set = (key: string, value: string) => setFields((current) => ({ ...current, [key]: value }));

  return (
    <SidePanel title={t('meta.title')} onClose={props.onClose} testId="metadata-panel">
      <form className="form-grid" onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
        <p className="panel-subtitle">{meta.title}</p>
        {props.translations && props.translations.length > 0 && (
          <div className="meta-translations" data-testid="meta-translations">
            <span className="muted small">{t('library.translationOf')}</span>
            {props.translations.map((other) => (
              <button key={other.id} type="button" className="translation-link" data-testid="meta-translation"
                title={t('library.openTranslation', { lang: t(`lang.${other.lang}`), title: other.title })}
                onClick={() => props.onOpenTranslation?.(other.id)}>
                <IconTranslation /><span className={`badge lang-badge lang-${other.lang}`}>{t(`lang.badge.${other.lang}`)}</span>
                <span className="translation-title">{other.title}</span>
              </button>
            ))}
          </div>
        )}
        <label>{t('meta.year')}
          <input type="number" inputMode="numeric" min={1967} max={2200} value={year} onChange={(e) => setYear(e.target.value)} data-testid="meta-year" aria-invalid={error !== null} />
        </label>
        {error && <p className="field-error" role="alert">{error}</p>}
        <label>{t('meta.lang')}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="meta-lang">
            {LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        <label>{t('meta.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ReviewKind)} data-testid="meta-kind">
            {REVIEW_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('meta.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as ReviewStatus)} data-testid="meta-status">
            {REVIEW_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </label>
        {TEXT_FIELDS.map((key) => (
          <label key={key}>{t(`meta.${key}` as MessageKey)}
            <input value={fields[key] ?? ''} onChange={(e) => set(key, e.target.value)} data-testid={`meta-${key}`}
              {...(key === 'meetingDate' ? { placeholder: t('meta.meetingDatePlaceholder') } : {})} />
          </label>
        ))}
        {MULTILINE_FIELDS.map((key) => (
          <label key={key}>{t(`meta.${key}`)}
            <textarea rows={2} value={fields[key] ?? ''} onChange={(e) => set(key, e.target.value)} data-testid={`meta-${key}`} />
          </label>
        ))}
        {NUMBER_FIELDS.map((key) => (
          <label key={key}>{t(`meta.${key}` as MessageKey)}
            <input type="number" min={0} value={fields[key] ?? ''} onChange={(e) => set(key, e.target.value)} data-testid={`meta-${key}`} />
          </label>
        ))}
        <dl className="meta-times small muted">
          <dt>{t('meta.created')}</dt><dd>{fmt.dateTime(meta.createdAt)}</dd>
          <dt>{t('meta.updated')}</dt><dd>{fmt.dateTime(meta.updatedAt)}</dd>
        </dl>
        <div className="form-actions">
          <button type="submit" className="button primary" data-testid="meta-save">{t('common.save')}</button>
        </div>
      </form>
    </SidePanel>
  );
}
