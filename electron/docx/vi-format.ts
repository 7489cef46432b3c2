// Decree 30 text rules for the number/symbol and the place and date line.
import { docxErrors } from './errors.ts';

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!match || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw docxErrors.badDate(iso);
  return { year, month, day };
}

/** "Hà Nội, ngày 05 tháng 01 năm 2026": days under 10 and months 1–2 take a leading zero (Decree 30, I.5). */
export function viPlaceDate(place: string, iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  const date = `ngày ${dd} tháng ${mm} năm ${year}`;
  const trimmed = place.trim();
  return trimmed ? `${trimmed}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** "May 5, 2026" for the international profile. */
export function enDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[month - 1]} ${day}, ${year}`;
}

/**
 * "Số: 05/BC-BNG": a number under 10 takes a leading zero. An empty number is the office's practice of
 * leaving the number for the registry clerk (văn thư) to write by hand: "Số:        /BC" with blank space,
 * never an invented number.
 */
export function viNumberLine(number: string): string {
  const trimmed = number.trim();
  if (!trimmed) return 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC';
  return `Số: ${trimmed.replace(/^(\d)(?!\d)/, '0$1')}`;
}
