// reference data screen: the words the screen shows for reference data — a field's label, a value as a
// reader sees it (a member state by name, yes/no), an entry's name for the save toast, and the filter's
// match. Pure (no React), so the labels of every field of every kind are checked by a unit test.
import type { ReferenceData, RefEntry, RefKind } from '../../../../electron/drafting/reference/schema.ts';
import type { RefFieldSpec } from '../../../../electron/drafting/reference/fields.ts';
import type { Lang as Locale } from '../../../../electron/shared/review.ts';
import { vi, type MessageKey } from '../../i18n/vi.ts';

/** The i18n translate function's shape (i18n/index.tsx's T; written here so the unit test needs no JSX). */
export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The source of an entry the user added (USER_SOURCE in electron/drafting/reference/edits.ts; the renderer
 *  takes only types from there, so the text is repeated and a unit test keeps the two equal). */
export const USER_SOURCE_TEXT = 'Người dùng nhập / entered by the user';

const has = (key: string): key is MessageKey => key in vi;

/** The field's label: the kind's own wording where it has one (chairs.chair: "Nước Chủ tịch"), else the common one. */
export function fieldLabel(t: T, kind: RefKind, field: string): string {
  const own = `reference.f.${kind}.${field}`;
  if (has(own)) return t(own);
  const common = `reference.f.${field}`;
  return has(common) ? t(common) : field;
}

/** The value one field reads as in the table. `title`: what a hover shows (the member code behind a name). */
export interface Shown { text: string; title?: string }

const EMPTY: Shown = { text: '—' };

function nameOf(data: ReferenceData, kind: RefKind, key: string, locale: Locale): string {
  const e = (data[kind] as RefEntry[]).find((x) => x.key === key) as unknown as Record<string, unknown> | undefined;
  if (!e) return key;
  const suffix = locale === 'vi' ? 'Vi' : 'En';
  const name = e[`name${suffix}`] ?? e[`short${suffix}`] ?? e[`label${suffix}`] ?? e[locale]; // glossary: vi/en
  return typeof name === 'string' && name !== '' ? name : key;
}

export function showValue(t: T, locale: Locale, data: ReferenceData, spec: RefFieldSpec | undefined, value: unknown): Shown {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return { text: t(value ? 'reference.yes' : 'reference.no') };
  const refKind = spec?.refKind;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    const keys = value.map(String);
    return refKind ? { text: keys.map((k) => nameOf(data, refKind, k, locale)).join(', '), title: keys.join(', ') } : { text: keys.join(', ') };
  }
  const text = String(value);
  return refKind ? { text: nameOf(data, refKind, text, locale), title: text } : { text };
}

/** The entry as the save toast names it, in plain words. */
export function savedMessage(t: T, locale: Locale, kind: RefKind, entry: RefEntry): string {
  const only = { [kind]: [entry] } as unknown as ReferenceData;
  return t(`reference.saved.${kind}` as MessageKey, { key: entry.key, name: nameOf(only, kind, entry.key, locale) });
}

/** Lower case without tone marks, đ as d: the filter finds "Phi-líp-pin" from "philip". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Whether an entry matches the filter on what the screen shows of it (not on internal field names). */
export function entryMatches(entry: RefEntry, query: string, shown: readonly string[]): boolean {
  const q = folded(query.trim());
  if (q === '') return true;
  return [entry.key, entry.source, entry.note ?? '', ...shown].some((s) => folded(s).includes(q));
}
