// drafting (issue 10). The reference-data screen: every kind of fact the drafts are filled from, with its
// source and whether it is confirmed. Users correct and extend entries; their values are stored in the
// library, shown as theirs, and survive upgrades of the bundled files. A value that does not fit is refused
// with the reason; a broken data file is listed with file, line and reason.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Reference } from '../../../../electron/drafting/reference/build.ts';
import type { RefEntry, RefKind } from '../../../../electron/drafting/reference/schema.ts';
import { api, ApiError } from '../../api/index.ts';
import { useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';

const KINDS: readonly RefKind[] = ['chairs', 'summits', 'som-heads', 'policy-docs', 'ministries', 'glossary', 'dates', 'members'];
const META = new Set(['key', 'source', 'confirmed', 'unconfirmed', 'note', 'origin']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ') || '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

function fieldsOf(entry: RefEntry): string[] {
  return Object.keys(entry).filter((k) => !META.has(k));
}

function EditForm(props: { kind: RefKind; entryKey: string | null; fields: string[]; onSaved(): void; onCancel(): void; initial?: Record<string, unknown> }) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [key, setKey] = useState(props.entryKey ?? '');
  const [field, setField] = useState(props.fields[0] ?? '');
  const [value, setValue] = useState(() => show(props.initial?.[props.fields[0] ?? '']).replace(/^—$/, ''));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await api.reference.set({ kind: props.kind, key: key.trim(), field, value });
      toasts.success(t('reference.saved', { kind: props.kind, key: key.trim(), field }));
      setError(null);
      props.onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage[locale] : String(e));
    }
  };
  return (
    <form className="ref-edit" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="ref-edit">
      {props.entryKey === null && (
        <label>{t('reference.newKey')}<input value={key} onChange={(e) => setKey(e.target.value)} data-testid="ref-edit-key" /></label>
      )}
      <label>{t('reference.field')}
        <select value={field} onChange={(e) => { setField(e.target.value); setValue(show(props.initial?.[e.target.value]).replace(/^—$/, '')); }} data-testid="ref-edit-field">
          {[...props.fields, 'source', 'confirmed', 'note'].map((f) => <option key={f} value={f}>{f}</option>)}
        </select>
      </label>
      <label>{t('reference.value')}<input value={value} onChange={(e) => setValue(e.target.value)} data-testid="ref-edit-value" /></label>
      <button type="submit" className="button primary small" data-testid="ref-edit-save">{t('common.save')}</button>
      <button type="button" className="button small" onClick={props.onCancel}>{t('common.cancel')}</button>
      {error && <p className="field-error" role="alert" data-testid="ref-edit-error">{error}</p>}
    </form>
  );
}

export function ReferenceView() {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [ref, setRef] = useState<Reference | null>(null);
  const [kind, setKind] = useState<RefKind>('chairs');
  const [editing, setEditing] = useState<string | null>(null); // entry key, or '' for a new entry
  const [filter, setFilter] = useState('');
  const load = useCallback(() => { api.reference.list({}).then(setRef).catch((e: unknown) => toasts.error(e)); }, [toasts]);
  useEffect(load, [load]);
  const entries = useMemo(() => {
    const list = (ref?.data[kind] ?? []) as RefEntry[];
    const f = filter.trim().toLowerCase();
    return f ? list.filter((e) => JSON.stringify(e).toLowerCase().includes(f)) : list;
  }, [ref, kind, filter]);
  const allFields = entries[0] ? fieldsOf(entries[0]) : [];

  const reset = async (entry: RefEntry, field: string) => {
    try { await api.reference.reset({ kind, key: entry.key, field }); load(); } catch (e) { toasts.error(e); }
  };

  return (
    <section className="view reference-view" data-testid="reference-view">
      <header className="view-header">
        <h1>{t('reference.title')}</h1>
        <p className="muted">{t('reference.intro')}</p>
      </header>
      {ref && ref.problems.length > 0 && (
        <div className="notice warning" role="alert" data-testid="reference-problems">
          <p>{t('reference.problems')}</p>
          <ul>{ref.problems.map((p, i) => <li key={i}><code>{p.file}{p.line === null ? '' : `:${p.line}`}</code> {p.reason[locale]}</li>)}</ul>
        </div>
      )}
      {ref && ref.editProblems.length > 0 && (
        <div className="notice warning" role="status">
          <p>{t('reference.editProblems')}</p>
          <ul>{ref.editProblems.map((p, i) => <li key={i}><code>{p.edit.kind} {p.edit.key} {p.edit.field}</code> {p.reason[locale]}</li>)}</ul>
        </div>
      )}
      <div className="ref-tabs" role="tablist">
        {KINDS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={kind === k} className={`tab${kind === k ? ' active' : ''}`} onClick={() => { setKind(k); setEditing(null); }} data-testid={`ref-kind-${k}`}>
            {t(`reference.kind.${k}` as MessageKey)} <span className="muted">({ref?.data[k].length ?? 0})</span>
          </button>
        ))}
      </div>
      <div className="ref-toolbar">
        <input type="search" placeholder={t('reference.filter')} aria-label={t('reference.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" className="button small" onClick={() => setEditing('')} data-testid="ref-add">{t('reference.addEntry')}</button>
      </div>
      {editing === '' && <EditForm kind={kind} entryKey={null} fields={allFields} onSaved={() => { setEditing(null); load(); }} onCancel={() => setEditing(null)} />}
      <table className="ref-table" data-testid="ref-table">
        <thead><tr><th>{t('reference.col.key')}</th><th>{t('reference.col.values')}</th><th>{t('reference.col.status')}</th><th>{t('reference.col.source')}</th><th /></tr></thead>
        <tbody>
          {entries.map((e) => (
            <RefRow key={e.key} entry={e} editing={editing === e.key} onEdit={() => setEditing(e.key)} onReset={(f) => void reset(e, f)}>
              {editing === e.key && <EditForm kind={kind} entryKey={e.key} fields={fieldsOf(e)} initial={e as unknown as Record<string, unknown>} onSaved={() => { setEditing(null); load(); }} onCancel={() => setEditing(null)} />}
            </RefRow>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RefRow(props: { entry: RefEntry; editing: boolean; onEdit(): void; onReset(field: string): void; children?: ReactNode }) {
  const t = useT();
  const { entry } = props;
  const user = entry.origin.userFields;
  const status = !entry.confirmed ? t('reference.unconfirmed') : entry.unconfirmed.filter((f) => !user.includes(f)).length ? t('reference.partly', { fields: entry.unconfirmed.filter((f) => !user.includes(f)).join(', ') }) : t('reference.confirmed');
  return (
    <>
      <tr data-testid="ref-row" data-key={entry.key} data-confirmed={entry.confirmed ? 'true' : 'false'}>
        <td><code>{entry.key}</code>{!entry.origin.bundled && <span className="badge user">{t('reference.added')}</span>}</td>
        <td className="ref-values">
          {fieldsOf(entry).map((f) => (
            <span key={f} className={`ref-value${user.includes(f) ? ' user' : ''}`} data-field={f}>
              <span className="ref-field">{f}</span> {show((entry as unknown as Record<string, unknown>)[f])}
              {user.includes(f) && <>
                {' '}<span className="badge user" data-testid="ref-yours">{t('reference.yours')}</span>
                <button type="button" className="link-button small" onClick={() => props.onReset(f)} title={t('reference.reset')} aria-label={`${t('reference.reset')}: ${f}`}>↺</button>
              </>}
            </span>
          ))}
          {entry.note && <span className="ref-note muted">{entry.note}</span>}
        </td>
        <td className={entry.confirmed && entry.unconfirmed.length === 0 ? 'ok' : 'warn'}>{status}</td>
        <td className="muted small">{entry.source}</td>
        <td><button type="button" className="button small" onClick={props.onEdit} data-testid="ref-edit-open">{t('reference.edit')}</button></td>
      </tr>
      {props.editing && <tr className="ref-edit-row"><td colSpan={5}>{props.children}</td></tr>}
    </>
  );
}
