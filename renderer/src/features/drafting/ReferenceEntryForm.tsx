// reference data screen: whole-entry form. A new entry shows every field of its kind at once; an existing
// one the same fields prefilled. One Save sends the whole entry (reference:setEntry), which the main side
// checks before writing anything: refusals come back by field and are shown next to each, in the UI
// language, with what the user typed left as it was.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { RefFieldSpec, RefKindForm } from '../../../../electron/drafting/reference/fields.ts';
import type { ReferenceData, RefEntry, RefKind } from '../../../../electron/drafting/reference/schema.ts';
import type { FieldRefusal } from '../../../../electron/drafting/reference/entry.ts';
import type { UserMessage } from '../../../../electron/shared/errors.ts';
import { api, ApiError } from '../../api/index.ts';
import { useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { fieldLabel, savedMessage } from './referenceText.ts';

/** A stored value as the form's text (the main side turns it back into the field's type). */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function initialValues(form: RefKindForm, entry: RefEntry | null): Record<string, string> {
  const record = entry as unknown as Record<string, unknown> | null;
  return Object.fromEntries(form.fields.map((f) => {
    if (record) return [f.name, asText(record[f.name])];
    // A new entry: confirmed unless unticked (it is the user's own fact), other yes/no fields no.
    return [f.name, f.input === 'boolean' ? String(f.name === 'confirmed') : ''];
  }));
}

/** An example key for the key hint, from the kind's first entry (ministries: "mofa"). */
function exampleKey(data: ReferenceData, kind: RefKind): string {
  return data[kind][0]?.key ?? 'vd-1';
}

export function ReferenceEntryForm(props: {
  kind: RefKind;
  form: RefKindForm;
  data: ReferenceData;
  /** null: a new entry. */
  entry: RefEntry | null;
  onSaved(entry: RefEntry): void;
  onCancel(): void;
}) {
  const { kind, form, data, entry } = props;
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const id = useId();
  const [initial] = useState(() => initialValues(form, entry));
  const [values, setValues] = useState(initial);
  const [key, setKey] = useState('');
  const [refusals, setRefusals] = useState<FieldRefusal[]>([]);
  const [failure, setFailure] = useState<UserMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const showKey = entry === null && form.keyFrom === null;

  // Focus goes to the first field on open (the caller returns it to its button on close).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:not([readonly]), select')?.focus();
  }, []);

  const refusalOf = (field: string) => refusals.find((r) => r.field === field)?.reason;
  const inputId = (field: string) => `${id}-${field}`;
  // Refusals of fields the form does not show (a key that vanished meanwhile) go in the summary.
  const others = refusals.filter((r) => !(showKey && r.field === 'key') && !form.fields.some((f) => f.name === r.field));

  const save = async () => {
    const changed = entry === null ? values : Object.fromEntries(Object.entries(values).filter(([f, v]) => v !== initial[f]));
    if (entry !== null && Object.keys(changed).length === 0) {
      toasts.info((t) => t('reference.form.unchanged'));
      props.onCancel();
      return;
    }
    setBusy(true);
    try {
      const result = await api.reference.setEntry({ kind, mode: entry === null ? 'add' : 'edit', key: entry?.key ?? key, values: changed });
      if (result.ok) {
        const saved = result.entry;
        toasts.success((t, locale) => savedMessage(t, locale, kind, saved), 'ref-saved');
        props.onSaved(result.entry);
        return;
      }
      setFailure(null);
      setRefusals(result.refusals);
      // The first field to fix takes the focus, so a keyboard user lands on it.
      const first = result.refusals[0]?.field;
      if (first) requestAnimationFrame(() => document.getElementById(inputId(first))?.focus());
    } catch (error) {
      setRefusals([]);
      setFailure(error instanceof ApiError ? error.userMessage : { vi: String(error), en: String(error) });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    props.onCancel();
  };

  const title = entry === null ? t('reference.form.add', { kind: t(`reference.kind.${kind}` as MessageKey) }) : t('reference.form.edit', { key: entry.key });
  return (
    <form ref={formRef} className="ref-edit" noValidate aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}
      onSubmit={(e) => { e.preventDefault(); if (!busy) void save(); }} data-testid="ref-edit" data-mode={entry === null ? 'add' : 'edit'}>
      <h2 id={`${id}-title`} className="ref-edit-title">{title}</h2>
      {(refusals.length > 0 || failure) && (
        <div className="ref-edit-summary" role="alert" data-testid="ref-edit-error">
          {failure ? <p>{failure[locale]}</p> : <p>{t('reference.form.refused', { n: refusals.length })}</p>}
          {others.length > 0 && <ul>{others.map((r) => <li key={r.field}>{fieldLabel(t, kind, r.field)}: {r.reason[locale]}</li>)}</ul>}
        </div>
      )}
      <div className="ref-edit-fields">
        {showKey && (
          <FieldRow id={inputId('key')} label={fieldLabel(t, kind, 'key')} required hint={t('reference.form.keyHint', { example: exampleKey(data, kind) })} refusal={refusalOf('key')?.[locale]} field="key">
            {(aria) => <input {...aria} type="text" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" spellCheck={false} />}
          </FieldRow>
        )}
        {form.fields.map((f) => (
          <FieldInput key={f.name} spec={f} kind={kind} data={data} id={inputId(f.name)} value={values[f.name] ?? ''}
            readOnly={entry !== null && f.name === form.keyFrom} isNew={entry === null} ownKey={entry?.key ?? null}
            refusal={refusalOf(f.name)?.[locale]} onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))} />
        ))}
      </div>
      <div className="ref-edit-actions">
        <button type="submit" className="button primary small" disabled={busy} data-testid="ref-edit-save">{t('common.save')}</button>
        <button type="button" className="button small" onClick={props.onCancel} data-testid="ref-edit-cancel">{t('common.cancel')}</button>
        <span className="hint">{t('reference.form.cancelHint')}</span>
      </div>
    </form>
  );
}

interface AriaProps { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; 'aria-required'?: boolean; 'data-testid': string }

/** A label bound to its input, a hint and the field's refusal, both read with the input. */
function FieldRow(props: { id: string; field: string; label: string; required?: boolean; hint?: string; refusal?: string; wide?: boolean; children(aria: AriaProps): ReactNode }) {
  const t = useT();
  const described = [props.hint ? `${props.id}-hint` : '', props.refusal ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  const aria: AriaProps = {
    id: props.id,
    'aria-invalid': Boolean(props.refusal),
    ...(described ? { 'aria-describedby': described } : {}),
    ...(props.required ? { 'aria-required': true } : {}),
    'data-testid': `ref-input-${props.field}`,
  };
  return (
    <div className={`ref-edit-field${props.wide ? ' wide' : ''}${props.refusal ? ' invalid' : ''}`} data-field={props.field}>
      <label htmlFor={props.id}>{props.label}{props.required && <span className="ref-required"> ({t('reference.form.required')})</span>}</label>
      {props.children(aria)}
      {props.hint && <span id={`${props.id}-hint`} className="hint">{props.hint}</span>}
      {props.refusal && <p id={`${props.id}-error`} className="field-error" data-testid={`ref-error-${props.field}`}>{props.refusal}</p>}
    </div>
  );
}

/** Text fields with long values (titles, themes, phrases, notes) take the whole row. */
const WIDE = /^(title|theme|anniversary|note|source)/;

function FieldInput(props: {
  spec: RefFieldSpec; kind: RefKind; data: ReferenceData; id: string; value: string; readOnly: boolean; isNew: boolean;
  ownKey: string | null; refusal?: string; onChange(value: string): void;
}) {
  const { spec, kind, data, value } = props;
  const t = useT();
  const { locale } = useLocale();
  const label = fieldLabel(t, kind, spec.name);
  const hint = props.readOnly ? t('reference.form.readOnlyKey')
    : spec.input === 'date' ? t('reference.form.dateHint')
    : spec.input === 'list' ? t('reference.form.listHint', { example: spec.refKind ? (data[spec.refKind].slice(0, 2).map((e) => e.key).join(', ') || 'a, b') : 'a, b' })
    : spec.name === 'source' && props.isNew ? t('reference.form.sourceHint')
    : undefined;
  const required = spec.required && !(spec.name === 'source' && props.isNew);
  const row = { id: props.id, field: spec.name, label, hint, refusal: props.refusal, required: required && spec.input !== 'boolean' };
  const nameOf = (e: RefEntry) => {
    const r = e as unknown as Record<string, unknown>;
    const suffix = locale === 'vi' ? 'Vi' : 'En';
    return String(r[`name${suffix}`] ?? r[`short${suffix}`] ?? e.key);
  };

  if (spec.input === 'boolean') {
    return (
      <div className={`ref-edit-field check${props.refusal ? ' invalid' : ''}`} data-field={spec.name}>
        <label htmlFor={props.id}>
          <input id={props.id} type="checkbox" checked={value === 'true'} onChange={(e) => props.onChange(String(e.target.checked))}
            aria-invalid={Boolean(props.refusal)} aria-describedby={props.refusal ? `${props.id}-error` : undefined} data-testid={`ref-input-${spec.name}`} />
          {' '}{label}
        </label>
        {props.refusal && <p id={`${props.id}-error`} className="field-error" data-testid={`ref-error-${spec.name}`}>{props.refusal}</p>}
      </div>
    );
  }
  if ((spec.input === 'member' || spec.input === 'ref') && spec.refKind) {
    const options = (data[spec.refKind] as RefEntry[]).filter((e) => e.key !== props.ownKey || spec.refKind !== kind);
    const known = value === '' || options.some((e) => e.key === value);
    return (
      <FieldRow {...row}>
        {(aria) => (
          <select {...aria} value={value} onChange={(e) => props.onChange(e.target.value)}>
            <option value="">{t(spec.input === 'member' ? 'reference.form.chooseMember' : 'reference.form.none')}</option>
            {options.map((e) => <option key={e.key} value={e.key}>{nameOf(e)}{spec.input === 'member' ? ` (${e.key})` : ''}</option>)}
            {!known && <option value={value}>{value}</option>}
          </select>
        )}
      </FieldRow>
    );
  }
  return (
    <FieldRow {...row} wide={spec.input === 'text' && WIDE.test(spec.name)}>
      {(aria) => (
        <input {...aria} type={spec.input === 'number' ? 'number' : 'text'} step={spec.input === 'number' ? 1 : undefined}
          inputMode={spec.input === 'number' ? 'numeric' : undefined} value={value} readOnly={props.readOnly}
          placeholder={spec.input === 'date' ? '2026-11' : undefined} autoComplete="off"
          lang={spec.name.endsWith('En') || spec.name === 'en' ? 'en' : spec.name.endsWith('Vi') || spec.name === 'vi' ? 'vi' : undefined}
          onChange={(e) => props.onChange(e.target.value)} />
      )}
    </FieldRow>
  );
}
