// Spellcheck without dictionaries from the internet. Chromium's Hunspell fetches its dictionaries from a
// Google CDN the first time a language is used; the ministry's machines must not call out. So:
// - macOS: the OS's spellchecker (NSSpellChecker) — Chromium downloads nothing there;
// - Windows: the OS's spellchecker (Windows Spell Checking API, Electron's default on Windows 10+);
// - Linux: Hunspell only, which would download: spellcheck is off.
// On every platform the download URL points at a closed local port, so a Hunspell fallback (a language
// the OS lacks) fails at once on this machine instead of reaching the internet.
// Plain data, so it is unit-tested without Electron.
export const NO_DICTIONARY_DOWNLOADS_URL = 'http://127.0.0.1:9/no-dictionary-downloads/';

export interface SpellcheckPolicy {
  enabled: boolean;
  /** Languages to ask the OS's spellchecker for (Windows); macOS picks by itself (the API is a no-op there). */
  languages: string[];
  downloadUrl: string;
}

export function spellcheckPolicy(platform: NodeJS.Platform): SpellcheckPolicy {
  const osSpellchecker = platform === 'darwin' || platform === 'win32';
  return {
    enabled: osSpellchecker,
    languages: platform === 'win32' ? ['vi', 'en-US'] : [],
    downloadUrl: NO_DICTIONARY_DOWNLOADS_URL,
  };
}
