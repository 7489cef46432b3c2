// A ministry's name in the UI's language (the reference data has both).
import type { MinistryName } from '../../../../electron/shared/inbox.ts';
import type { Locale } from '../../i18n/index.tsx';

export function ministryLabel(m: MinistryName, locale: Locale): string {
  return locale === 'en' ? m.nameEn : m.nameVi;
}
