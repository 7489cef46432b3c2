// ship (issue 13): backups and library archives. Lists the backups in the backup folder (automatic at
// start and daily, 7 daily + 4 weekly kept), backs up now, changes the folder, restores one (the current
// state is backed up first); exports the library to one .rdlib archive and imports one, showing what it
// would do and letting the user resolve every review changed on both sides.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { formatDateTime, useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { useConfirm } from '../../app/confirm.tsx';
import { Modal } from '../../app/Modal.tsx';

type Status = Awaited<ReturnType<typeof api.backup.status>>;
type Plan = Awaited<ReturnType<typeof api.archive.inspect>>;
type Choice = 'mine' | 'theirs' | 'both';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** openedArchive: a .rdlib the OS opened the app with (a path), or true to ask main for the next one. */
export function BackupDialog(props: { onClose(): void; openedArchive?: string | boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const toasts = useToasts();
  const confirm = useConfirm();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ path: string; plan: Plan } | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  const refresh = useCallback(() => { api.backup.status({}).then(setStatus).catch((error: unknown) => toasts.error(error)); }, [toasts]);
  useEffect(refresh, [refresh]);
  const opened = props.openedArchive;
  useEffect(() => {
    if (!opened) return;
    let live = true;
    (async () => {
      const path = typeof opened === 'string' ? opened : await api.archive.takeOpened({});
      if (!path || !live) return;
      const plan = await api.archive.inspect({ path });
      if (live) { setChoices({}); setPending({ path, plan }); }
    })().catch((error: unknown) => toasts.error(error));
    return () => { live = false; };
  }, [opened, toasts]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try { await action(); } catch (error) { toasts.error(error); } finally { setBusy(false); }
  }

  const backupNow = () => run(async () => { await api.backup.now({}); toasts.success((t) => t('backup.done')); refresh(); });
  const changeFolder = () => run(async () => {
    const picked = await api.dialog.pickImport({ mode: 'folder' });
    if (!picked?.[0]) return;
    setStatus(await api.backup.setFolder({ path: picked[0] }));
  });
  const restore = (file: string, createdAt: string) => run(async () => {
    if (!(await confirm(t('backup.restoreConfirm', { when: formatDateTime(createdAt, locale) }), t('backup.restoreDetail')))) return;
    await api.backup.restore({ file });
    // Everything on screen came from the replaced library: start again from the restored one.
    window.location.reload();
  });
  const exportArchive = () => run(async () => {
    const path = await api.dialog.pickExport({ defaultName: `thu-vien-review-desk-${new Date().toISOString().slice(0, 10)}.rdlib`, ext: 'rdlib' });
    if (!path) return;
    const manifest = await api.archive.export({ path });
    toasts.success((t) => t('archive.exported', { n: manifest.reviews.length }));
  });
  const pickArchive = () => run(async () => {
    const picked = await api.dialog.pickImport({ mode: 'archive' });
    if (!picked?.[0]) return;
    const plan = await api.archive.inspect({ path: picked[0] });
    setChoices({});
    setPending({ path: picked[0], plan });
  });
  const importArchive = () => run(async () => {
    if (!pending) return;
    const { result } = await api.archive.import({ path: pending.path, reviews: choices });
    setPending(null);
    toasts.success((t) => t('archive.imported', { added: result.added, updated: result.updated, copies: result.copies, kept: result.kept }));
    window.location.reload();
  });

  const conflicts = pending?.plan.reviews.filter((r) => r.status === 'conflict') ?? [];
  const unresolved = conflicts.filter((r) => !choices[r.id]).length;

  return (
    <Modal title={t('backup.title')} size="medium" testId="backup-dialog" onClose={props.onClose} onSubmit={props.onClose}
      footer={<button type="submit" className="button primary">{t('common.close')}</button>}>
      <section aria-labelledby="backup-heading" className="backup-section">
        <h3 id="backup-heading">{t('backup.heading')}</h3>
        <p className="muted small">{t('backup.explain')}</p>
        {status && <p className="path" data-testid="backup-folder">{t('backup.folder')}: {status.folder}</p>}
        {status?.lastError && <p role="alert" className="error">{t('backup.lastError')}: {status.lastError}</p>}
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={backupNow} data-testid="backup-now">{t('backup.now')}</button>
          <button type="button" className="button" disabled={busy} onClick={changeFolder} data-testid="backup-change-folder">{t('backup.changeFolder')}</button>
        </div>
        {status && status.backups.length === 0 && <p className="muted">{t('backup.none')}</p>}
        {status && status.backups.length > 0 && (
          <table className="backup-list" data-testid="backup-list">
            <thead><tr><th>{t('backup.when')}</th><th>{t('backup.kind')}</th><th>{t('backup.size')}</th><th><span className="sr-only">{t('library.actions')}</span></th></tr></thead>
            <tbody>
              {status.backups.map((b) => (
                <tr key={b.file}>
                  <td>{formatDateTime(b.createdAt, locale)}</td>
                  <td>{t(`backup.kind.${b.kind}`)}</td>
                  <td>{size(b.bytes)}</td>
                  <td><button type="button" className="button small" disabled={busy} onClick={() => restore(b.file, b.createdAt)} data-testid="backup-restore">{t('backup.restore')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="archive-heading" className="backup-section">
        <h3 id="archive-heading">{t('archive.heading')}</h3>
        <p className="muted small">{t('archive.explain')}</p>
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={exportArchive} data-testid="archive-export">{t('archive.export')}</button>
          <button type="button" className="button" disabled={busy} onClick={pickArchive} data-testid="archive-import">{t('archive.import')}</button>
        </div>
        {pending && (
          <div className="archive-plan" data-testid="archive-plan">
            <p>{t('archive.planSummary', {
              n: pending.plan.reviews.length,
              added: pending.plan.reviews.filter((r) => r.status === 'new').length,
              same: pending.plan.reviews.filter((r) => r.status === 'same').length,
              conflicts: conflicts.length,
            })}</p>
            {conflicts.map((r) => (
              <fieldset key={r.id} className="archive-conflict" data-testid="archive-conflict">
                <legend>{r.title} ({r.year})</legend>
                <p className="muted small">{t('archive.conflictDates', { mine: r.localUpdatedAt ? formatDateTime(r.localUpdatedAt, locale) : '—', theirs: formatDateTime(r.archiveUpdatedAt, locale) })}</p>
                {(['mine', 'theirs', 'both'] as const).map((choice) => (
                  <label key={choice} className="radio">
                    <input type="radio" name={`conflict-${r.id}`} checked={choices[r.id] === choice} onChange={() => setChoices((c) => ({ ...c, [r.id]: choice }))} />
                    {t(`archive.choice.${choice}`)}
                  </label>
                ))}
              </fieldset>
            ))}
            <div className="button-row">
              <button type="button" className="button primary" disabled={busy || unresolved > 0} onClick={importArchive} data-testid="archive-apply">
                {unresolved > 0 ? t('archive.resolveFirst', { n: unresolved }) : t('archive.apply')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => setPending(null)}>{t('common.cancel')}</button>
            </div>
          </div>
        )}
      </section>
    </Modal>
  );
}
