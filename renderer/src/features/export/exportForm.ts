// The export dialog's form: ExportSettings as editable text (list fields one entry per line), back to
// settings, and the checks the IPC contract makes (electron/ipc/contract.ts exportSettings), done here
// first so the user reads which field is too long instead of a raw validation message.
import type { ExportSettings } from '../../../../electron/shared/export.ts';

export type LineField = 'addressees' | 'distribution' | 'signingAuthority';
export type TextField = 'parentAgency' | 'agency' | 'number' | 'place' | 'summary' | 'signerName';
export type ExportForm = Omit<ExportSettings, LineField> & Record<LineField, string>;

/** Longest value of each single-value field (the contract's limits). */
export const TEXT_MAX: Record<TextField, number> = {
  parentAgency: 200, agency: 200, number: 100, place: 100, summary: 1000, signerName: 200,
};

/** Limits of the one-entry-per-line fields: characters per line, and lines. */
export const LINES_MAX: Record<LineField, { line: number; lines: number }> = {
  addressees: { line: 300, lines: 50 },
  distribution: { line: 300, lines: 50 },
  signingAuthority: { line: 200, lines: 5 },
};

export type FormProblem =
  | { kind: 'date' }
  | { kind: 'tooLong'; field: TextField; max: number }
  | { kind: 'lineTooLong'; field: LineField; line: number; max: number }
  | { kind: 'tooManyLines'; field: LineField; max: number };

const clean = (text: string) => text.normalize('NFC').trim();
const lines = (text: string) => text.split('\n').map(clean).filter(Boolean);

export function toForm(s: ExportSettings): ExportForm {
  return {
    ...s,
    addressees: s.addressees.join('\n'),
    distribution: s.distribution.join('\n'),
    signingAuthority: s.signingAuthority.join('\n'),
  };
}

/** The settings the form holds (call after validateForm found no problem: nothing is cut here). */
export function fromForm(f: ExportForm): ExportSettings {
  return {
    profile: f.profile,
    parentAgency: clean(f.parentAgency),
    agency: clean(f.agency),
    number: clean(f.number),
    place: clean(f.place),
    date: f.date,
    summary: clean(f.summary),
    addressees: lines(f.addressees),
    distribution: lines(f.distribution),
    signingAuthority: lines(f.signingAuthority),
    signerName: clean(f.signerName),
    ...(f.includeCaptions ? { includeCaptions: true } : {}),
  };
}

/** What keeps the form from being exported, in the order of the fields; empty when it is fine. */
export function validateForm(f: ExportForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) problems.push({ kind: 'date' });
  for (const field of Object.keys(TEXT_MAX) as TextField[]) {
    const max = TEXT_MAX[field];
    if (clean(f[field]).length > max) problems.push({ kind: 'tooLong', field, max });
  }
  for (const field of Object.keys(LINES_MAX) as LineField[]) {
    const { line: maxLine, lines: maxLines } = LINES_MAX[field];
    const entries = lines(f[field]);
    if (entries.length > maxLines) problems.push({ kind: 'tooManyLines', field, max: maxLines });
    // Line numbers as the user sees them in the box (blank lines count).
    f[field].split('\n').forEach((text, index) => {
      if (clean(text).length > maxLine) problems.push({ kind: 'lineTooLong', field, line: index + 1, max: maxLine });
    });
  }
  return problems;
}

/** "2026-11-24" → "24/11/2026" (the date box shows day/month/year, as Vietnamese documents write it). */
export function isoToDayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** "24/11/2026", "24-11-2026", "24.11.2026", "1/2/2026" → ISO; null when it is not a real day. */
export function dayMonthYearToIso(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The fields each export profile prints (electron/docx/decree30.ts, international.ts); others are hidden. */
export const PROFILE_FIELDS = {
  decree30: ['parentAgency', 'agency', 'number', 'place', 'date', 'summary', 'addressees', 'distribution', 'signingAuthority', 'signerName'],
  international: ['agency', 'place', 'date', 'summary', 'signingAuthority', 'signerName'],
} as const satisfies Record<ExportSettings['profile'], readonly (TextField | LineField | 'date')[]>;

export function profileShows(profile: ExportSettings['profile'], field: TextField | LineField | 'date'): boolean {
  return (PROFILE_FIELDS[profile] as readonly string[]).includes(field);
}
