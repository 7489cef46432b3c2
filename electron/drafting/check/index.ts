// The check list, shared by the app's check panel and `check ID`. Pure. Areas append their checks to CHECKS
// (in a block under their name), findings come out in the order of the checks, then of the document.
import type { Check, CheckInput, Finding } from './types.ts';
import { carryChecks, fieldChecks, sameMeetingChecks, titleChecks } from './drafting-checks.ts';
// reuse (issue 11)
import { staleFactChecks } from '../../reuse/check/as-check.ts';

export * from './types.ts';
export { summarizeFields } from './drafting-checks.ts';

export const CHECKS: Check[] = [
  // drafting (issue 10)
  titleChecks,
  fieldChecks,
  sameMeetingChecks,
  carryChecks,
  // reuse (issue 11)
  staleFactChecks,
];

export function runChecks(input: CheckInput, checks: readonly Check[] = CHECKS): Finding[] {
  return checks.flatMap((check) => check(input));
}

export function findingText(f: Finding, lang: 'vi' | 'en'): string {
  const fix = f.fix ? (lang === 'vi' ? ` Đề xuất: ${f.fix.replacement}.` : ` Proposed: ${f.fix.replacement}.`) : '';
  return `[${f.kind}] ${f.message[lang]}${fix}`;
}
