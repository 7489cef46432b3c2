// drafting (issue 10). The reference-data screen: every kind of fact the drafts are filled from, with its
// source and whether it is confirmed. Users correct and extend entries; their values are stored in the
// library, shown as theirs, and survive upgrades of the bundled files. A value that does not fit is refused
// with the reason; a broken data file is listed with file, line and reason.
// Reference data screen: whole-entry form — fields are shown by their labels in the UI language, member
// codes as country names, yes/no as words; an entry is added or edited in one form (ReferenceEntryForm).
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Reference } from '../../../../electron/drafting/reference/build.ts';
import type { RefFieldSpec, RefForms, RefKindForm } from '../../../../electron/drafting/reference/fields.ts';
import type { ReferenceData, RefEntry, RefKind } from '../../../../electron/drafting/reference/schema.ts';
import { api } from '../../api/index.ts';
import { useLocale, useT, type MessageKey } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useConfirm } from '../../app/confirm.tsx';
import { ReferenceEntryForm } from './ReferenceEntryForm.tsx';
import { entryMatches, fieldLabel, showValue, USER_SOURCE_TEXT } from './referenceText.ts';

const KINDS: readonly RefKind[] = ['chairs', 'summits', 'som-heads', 'policy-docs', 'ministries', 'glossary', 'dates', 'members'];
/** Shown in their own places (source column, status column, the note line), not among the values. */
const OWN_PLACE = new Set(['source', 'confirmed', 'note']);

const valueOf = (entry: RefEntry, field: string) => (entry as unknown as Record<string, unknown>)[field];

export function ReferenceView() {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const [ref, setRef] = useState<Reference | null>(null);
  const [forms, setForms] = useState<RefForms | null>(null);
  const [kind, setKind] = useState<RefKind>('chairs');
  const [editing, setEditing] = useState<string | null>(null); // entry key, or '' for a new entry
  const [filter, setFilter] = useState('');
  const opener = useRef<HTMLElement | null>(null);
  const load = useCallback(() => { api.reference.list({}).then(setRef).catch((e: unknown) => toasts.error(e)); }, [toasts]);
  useEffect(load, [load]);
  useEffect(() => { api.reference.forms({}).then(setForms).catch((e: unknown) => toasts.error(e)); }, [toasts]);

  const form = forms?.[kind] ?? null;
  const specOf = useCallback((field: string) => form?.fields.find((f) => f.name === field), [form]);
  const entries = useMemo(() => {
    if (!ref) return [];
    const list = ref.data[kind] as RefEntry[];
    return list.filter((e) => entryMatches(e, filter, valuesOf(e, form).map((f) => showValue(t, locale, ref.data, specOf(f), valueOf(e, f)).text)));
  }, [ref, kind, filter, form, t, locale, specOf]);

  const open = (key: string) => {
    setSavedKey(null);
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(key);
  };
  const close = () => setEditing(null);
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const viewRef = useRef<HTMLElement>(null);
  // Focus goes back to the button that opened the form once it is gone; the entry just saved is scrolled
  // into sight (a new one is at the end of the list), so the view follows the entry, the focus the button.
  useEffect(() => {
    if (editing !== null || !opener.current) return;
    const back = opener.current;
    opener.current = null;
    if (back.isConnected) back.focus({ preventScroll: true });
    if (savedKey !== null) viewRef.current?.querySelector(`[data-testid="ref-row"][data-key="${CSS.escape(savedKey)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [editing, savedKey]);

  const saved = (entry: RefEntry) => {
    // The entry shows at once (the saved value as the main side read it back), then the list is reloaded.
    setRef((old) => old && { ...old, data: withEntry(old.data, kind, entry) });
    setSavedKey(entry.key);
    close();
    load();
  };
  const reset = async (entry: RefEntry, field: string) => {
    try { await api.reference.reset({ kind, key: entry.key, field }); load(); } catch (e) { toasts.error(e); }
  };
  // An entry the user added goes whole (asked first; Undo in the toast puts it back as it was).
  const confirm = useConfirm();
  const remove = async (entry: RefEntry) => {
    const name = `${t(`reference.kind.${kind}` as MessageKey)} · ${entry.key}`;
    if (!(await confirm(t('reference.remove.confirm', { name }), t('reference.remove.detail')))) return;
    try {
      const { token } = await api.reference.removeEntry({ kind, key: entry.key });
      if (editing === entry.key) close();
      load();
      viewRef.current?.querySelector<HTMLElement>('[data-testid="ref-add"]')?.focus(); // its row and buttons are gone
      toasts.success((t) => t('reference.removed', { name: `${t(`reference.kind.${kind}` as MessageKey)} · ${entry.key}` }), 'ref-removed', {
        label: (t) => t('library.undo'), testId: 'ref-remove-undo',
        run: () => { api.reference.restore({ token }).then(load).catch((e: unknown) => toasts.error(e)); },
      });
    } catch (e) {
      toasts.error(e);
    }
  };

  return (
    <section ref={viewRef} className="view reference-view" data-testid="reference-view">
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
          <ul>{ref.editProblems.map((p, i) => (
            <li key={i}>{t(`reference.kind.${p.edit.kind}` as MessageKey)} · {p.edit.key} · {fieldLabel(t, p.edit.kind, p.edit.field)}: {p.reason[locale]}</li>
          ))}</ul>
        </div>
      )}
      <div className="ref-tabs" role="tablist" aria-label={t('reference.title')}>
        {KINDS.map((k) => (
          <button key={k} type="button" role="tab" id={`ref-tab-${k}`} aria-selected={kind === k} aria-controls="ref-panel" className={`tab${kind === k ? ' active' : ''}`} onClick={() => { setKind(k); setEditing(null); setSavedKey(null); }} data-testid={`ref-kind-${k}`}>
            {t(`reference.kind.${k}` as MessageKey)} <span className="muted">({ref?.data[k].length ?? 0})</span>
          </button>
        ))}
      </div>
      <div id="ref-panel" role="tabpanel" aria-labelledby={`ref-tab-${kind}`}>
        <div className="ref-toolbar">
          <input type="search" placeholder={t('reference.filter')} aria-label={t('reference.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="ref-filter" />
          <button type="button" className="button small" onClick={() => open('')} disabled={!form || !ref} aria-expanded={editing === ''} data-testid="ref-add">{t('reference.addEntry')}</button>
        </div>
        {editing === '' && form && ref && <ReferenceEntryForm key={kind} kind={kind} form={form} data={ref.data} entry={null} onSaved={saved} onCancel={close} />}
        <table className="ref-table" data-testid="ref-table">
          <thead><tr><th scope="col">{t('reference.col.key')}</th><th scope="col">{t('reference.col.values')}</th><th scope="col">{t('reference.col.status')}</th><th scope="col">{t('reference.col.source')}</th><th scope="col"><span className="sr-only">{t('reference.edit')}</span></th></tr></thead>
          <tbody>
            {ref && entries.length === 0 && (
              <tr><td colSpan={5} className="ref-empty" data-testid="ref-empty">{filter.trim() ? t('reference.noMatch', { query: filter.trim() }) : t('reference.noEntries')}</td></tr>
            )}
            {ref && entries.map((e) => (
              <RefRow key={e.key} kind={kind} entry={e} justSaved={savedKey === e.key} form={form} data={ref.data} editing={editing === e.key} onEdit={() => open(e.key)} onReset={(f) => void reset(e, f)} onRemove={() => void remove(e)}>
                {editing === e.key && form && <ReferenceEntryForm kind={kind} form={form} data={ref.data} entry={e} onSaved={saved} onCancel={close} />}
              </RefRow>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The value fields of an entry in the form's order (the kind's own fields), without those shown elsewhere. */
function valuesOf(entry: RefEntry, form: RefKindForm | null): string[] {
  const names = form ? form.fields.map((f) => f.name) : Object.keys(entry).filter((k) => !['key', 'unconfirmed', 'origin'].includes(k));
  return names.filter((f) => !OWN_PLACE.has(f));
}

function withEntry(data: ReferenceData, kind: RefKind, entry: RefEntry): ReferenceData {
  const list = data[kind] as RefEntry[];
  const at = list.findIndex((e) => e.key === entry.key);
  const next = at >= 0 ? list.map((e, i) => (i === at ? entry : e)) : [...list, entry];
  return { ...data, [kind]: next } as ReferenceData;
}

/** The "yours" badge and ↺ (drop your value) beside a field the user set. */
function Yours(props: { label: string; onReset(): void }) {
  const t = useT();
  return <>
    {' '}<span className="badge user" data-testid="ref-yours">{t('reference.yours')}</span>
    <button type="button" className="link-button small" onClick={props.onReset} title={t('reference.reset')} aria-label={t('reference.resetAria', { field: props.label })} data-testid="ref-reset">↺</button>
  </>;
}

function RefRow(props: { kind: RefKind; entry: RefEntry; justSaved: boolean; form: RefKindForm | null; data: ReferenceData; editing: boolean; onEdit(): void; onReset(field: string): void; onRemove(): void; children?: ReactNode }) {
  const t = useT();
  const { locale } = useLocale();
  const { kind, entry } = props;
  // "yours" and ↺ mark the user's values over the data file's; an entry the user added is theirs as a whole
  // ("Bạn thêm"), and dropping one of its required values would hide it, so its fields get no ↺.
  const user = entry.origin.bundled ? entry.origin.userFields : [];
  const spec = (f: string): RefFieldSpec | undefined => props.form?.fields.find((x) => x.name === f);
  const label = (f: string) => fieldLabel(t, kind, f);
  const open = entry.unconfirmed.filter((f) => !user.includes(f));
  const status = !entry.confirmed ? t('reference.unconfirmed') : open.length ? t('reference.partly', { fields: open.map(label).join(', ') }) : t('reference.confirmed');
  const userSource = entry.source === USER_SOURCE_TEXT;
  return (
    <>
      <tr className={props.justSaved ? 'just-saved' : undefined} data-testid="ref-row" data-key={entry.key} data-confirmed={entry.confirmed ? 'true' : 'false'}>
        <td><code>{entry.key}</code>{!entry.origin.bundled && <span className="badge user">{t('reference.added')}</span>}</td>
        <td className="ref-values">
          {valuesOf(entry, props.form).map((f) => {
            const shown = showValue(t, locale, props.data, spec(f), valueOf(entry, f));
            return (
              <span key={f} className={`ref-value${user.includes(f) ? ' user' : ''}`} data-field={f}>
                <span className="ref-field">{label(f)}:</span> <span className="ref-text" title={shown.title}>{shown.text}</span>
                {user.includes(f) && <Yours label={label(f)} onReset={() => props.onReset(f)} />}
              </span>
            );
          })}
          {entry.note && (
            <span className={`ref-value ref-note${user.includes('note') ? ' user' : ''}`} data-field="note">
              {entry.origin.userFields.includes('note')
                ? <><span className="ref-field">{label('note')}:</span> {entry.note}{user.includes('note') && <Yours label={label('note')} onReset={() => props.onReset('note')} />}</>
                // The data files' notes are English prose: data, not UI, so shown as written and marked as the file's.
                : <><span className="ref-field">{t('reference.dataNote')}</span> <span lang="en">{entry.note}</span></>}
            </span>
          )}
        </td>
        <td className={entry.confirmed && open.length === 0 ? 'ok' : 'warn'} data-field="confirmed">
          {status}
          {user.includes('confirmed') && <Yours label={label('confirmed')} onReset={() => props.onReset('confirmed')} />}
        </td>
        <td className="ref-source small" data-field="source">
          {userSource ? t('reference.userSource') : entry.source}
          {user.includes('source') && <Yours label={label('source')} onReset={() => props.onReset('source')} />}
        </td>
        <td><button type="button" className="button small" onClick={props.onEdit} aria-expanded={props.editing} aria-label={t('reference.editAria', { key: entry.key })} data-testid="ref-edit-open">{t('reference.edit')}</button>
          {!entry.origin.bundled && (
            <button type="button" className="button small danger ref-remove" onClick={props.onRemove} aria-label={t('reference.removeAria', { key: entry.key })} data-testid="ref-remove">{t('reference.remove')}</button>
          )}
        </td>
      </tr>
      {props.editing && <tr className="ref-edit-row"><td colSpan={5}>{props.children}</td></tr>}
    </>
  );
}
