// Bottom of the sidebar: the interface language (Tiếng Việt / English, saved in the settings) and
// the About box (version, data folder, mode).
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { useToasts } from '../../app/toasts.tsx';
import { Modal } from '../../app/Modal.tsx';
import type { Locale } from '../../i18n/index.tsx';
import { BackupDialog } from '../backup/BackupDialog.tsx';

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const options: { value: Locale; label: string }[] = [{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }];
  return (
    <div className="segmented language-switch" role="radiogroup" aria-label={t('settings.language')} data-testid="language-switch">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={locale === option.value}
          className={locale === option.value ? 'active' : ''}
          lang={option.value}
          onClick={() => setLocale(option.value)}
          data-testid={`locale-${option.value}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

type Info = Awaited<ReturnType<typeof api.app.info>>;

export function AboutDialog(props: { onClose(): void }) {
  const t = useT();
  const toasts = useToasts();
  const [info, setInfo] = useState<Info | null>(null);
  const [backups, setBackups] = useState(false);
  useEffect(() => {
    api.app.info({}).then(setInfo).catch((error: unknown) => toasts.error(error));
  }, [toasts]);
  return (
    <Modal title={t('about.title')} size="small" testId="about-dialog" onClose={props.onClose} onSubmit={props.onClose}
      footer={<button type="submit" className="button primary">{t('common.close')}</button>}>
      <p className="about-name">{t('app.name')}<span className="muted"> — {t('app.tagline')}</span></p>
      {info && (
        <dl className="about-list">
          <dt>{t('about.version')}</dt><dd data-testid="about-version">{info.version}</dd>
          <dt>{t('about.dataDir')}</dt><dd className="path" data-testid="about-data-dir">{info.dataDir}</dd>
          <dt>{t('about.mode')}</dt><dd data-testid="about-front-end">{t(`about.frontEnd.${info.frontEnd}`)}</dd>
        </dl>
      )}
      {info?.frontEnd === 'chromium-app' && <p className="muted small">{t('about.frontEndHint')}</p>}
      <p className="muted small">{t('about.backup')}</p>
      <p className="muted small" data-testid="about-font">{t('about.font')}</p>
      <p><button type="button" className="button" onClick={() => setBackups(true)} data-testid="open-backups">{t('about.openBackups')}</button></p>
      {backups && <BackupDialog onClose={() => setBackups(false)} />}
    </Modal>
  );
}
