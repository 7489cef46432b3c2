// The status line: "Đã lưu lúc 10:42:05" / "Đang lưu…" / "Chưa lưu" / the error, in the UI language.
import { messageOf } from '../../api/index.ts';
import { useFormatters, useLocale, useT } from '../../i18n/index.tsx';
import type { SaveStatus as Status } from './autosaver.ts';

export function SaveStatus(props: { status: Status; onReload(): void; onRetry(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const fmt = useFormatters();
  const { status } = props;
  let text: string;
  let title: string | undefined;
  switch (status.kind) {
    case 'saved': text = status.at ? t('save.saved', { time: fmt.clock(status.at) }) : t('save.savedShort'); break;
    case 'saving': text = t('save.saving'); break;
    case 'dirty': text = t('save.dirty'); break;
    case 'error': text = t('save.errorShort'); title = t('save.error', { message: messageOf(status.error, locale) }); break;
    case 'stale': text = t('save.errorShort'); title = t('save.stale'); break;
  }
  return (
    <span className={`save-status save-${status.kind}`} data-testid="save-status" data-state={status.kind} data-saved-at={status.kind === 'saved' ? status.at ?? '' : undefined} title={title}>
      {/* Not a live region: autosave changes it every second while typing. A manual save is announced
          once (announce()), failures by the banner (role=alert). */}
      <span className="save-dot" aria-hidden="true" />
      {text}
      {status.kind === 'error' && <button type="button" className="link-button" onClick={props.onRetry}>{t('common.retry')}</button>}
      {status.kind === 'stale' && <button type="button" className="link-button" onClick={props.onReload}>{t('save.reloadStale')}</button>}
    </span>
  );
}

/** The banner under the header for errors the user must read. */
export function SaveBanner(props: { status: Status; onReload(): void }) {
  const t = useT();
  const { locale } = useLocale();
  if (props.status.kind === 'error') {
    return <div className="banner banner-error" role="alert" data-testid="save-error">{t('save.error', { message: messageOf(props.status.error, locale) })}</div>;
  }
  if (props.status.kind === 'stale') {
    return (
      <div className="banner banner-warning" role="alert" data-testid="save-stale">
        <span>{messageOf(props.status.error, locale)} {t('save.stale')}</span>
        <button type="button" className="button small" onClick={props.onReload}>{t('save.reloadStale')}</button>
      </div>
    );
  }
  return null;
}

/** A draft of this review that could not be saved earlier (kept in the recovery slot): recover or discard. */
export function RecoveryBanner(props: { keptAt: string; onRecover(): void; onDiscard(): void }) {
  const t = useT();
  const fmt = useFormatters();
  return (
    <div className="banner banner-warning" role="alert" data-testid="draft-recovery">
      <span>{t('recovery.found', { time: fmt.dateTime(props.keptAt) })}</span>
      <button type="button" className="button small primary" onClick={props.onRecover} data-testid="draft-recover">{t('recovery.recover')}</button>
      <button type="button" className="button small" onClick={props.onDiscard} data-testid="draft-discard">{t('recovery.discard')}</button>
    </div>
  );
}
