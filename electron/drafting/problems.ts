// A problem found in a template or reference data file: never fatal, listed with file, line and reason.
import type { UserMessage } from '../shared/errors.ts';

export interface FileProblem {
  /** File name as the user sees it (relative to its folder: "chairs.yaml", "annual-report.vi.md"). */
  file: string;
  /** Where the file came from: shipped with the app, or the user's folder. */
  origin: 'bundled' | 'user';
  /** 1-based line, or null when the problem is the whole file (unreadable, empty). */
  line: number | null;
  reason: UserMessage;
}

export function problemText(p: FileProblem, lang: 'vi' | 'en'): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.reason[lang]}`;
}
