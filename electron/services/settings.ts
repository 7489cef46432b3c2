// App settings kept in the library database, so a backup of the data folder carries them.
import type { Db } from '../store/db.ts';
import { selectSetting, upsertSetting } from '../store/settings.ts';
import type { Settings } from '../shared/review.ts';

const DEFAULTS: Settings = { locale: 'vi', lastOpenReviewId: null, window: null };

export function createSettingsService(db: Db) {
  function get(): Settings {
    return { ...DEFAULTS, ...selectSetting<Partial<Settings>>(db, 'app') };
  }
  function set(patch: Partial<Settings>): Settings {
    const next = { ...get(), ...patch };
    upsertSetting(db, 'app', next);
    return next;
  }
  return { get, set };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
