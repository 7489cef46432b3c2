// Locale context, the useT() hook and locale-aware formatting of times and enum labels.
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../../../electron/shared/review.ts';
import { en } from './en.ts';
import { vi, type MessageKey, type Messages } from './vi.ts';
import { clockTime, listDateTime } from './listDateTime.ts'; // library (issue 15), editor's save clock

export type { MessageKey };
export type Locale = Lang;

const CATALOGUES: Record<Locale, Messages> = { vi, en };

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = CATALOGUES[locale][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

interface LocaleValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleValue>({ locale: 'vi', setLocale: () => {} });

export function LocaleProvider(props: { value: LocaleValue; children: ReactNode }) {
  return <LocaleContext.Provider value={props.value}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}

export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function useT(): T {
  const { locale } = useLocale();
  return useCallback<T>((key, vars) => translate(locale, key, vars), [locale]);
}

/** "10:42:05": the save status line's clock (the same in both languages: clockTime). */
export function formatClock(iso: string | Date, locale: Locale): string {
  void locale;
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? String(iso) : clockTime(date);
}

/** "24/11/2026 10:42" for lists. */
export function formatDateTime(iso: string, locale: Locale): string {
  // library (issue 15): by hand (listDateTime.ts), the same text without building Intl's formats: the
  // first Intl.DateTimeFormat of a locale loads its data (~40 ms), on the library's first render.
  void locale;
  return listDateTime(iso);
}

export function useFormatters() {
  const { locale } = useLocale();
  return useMemo(() => ({
    clock: (iso: string | Date) => formatClock(iso, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
  }), [locale]);
}
