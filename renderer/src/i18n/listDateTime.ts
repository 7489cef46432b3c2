// library (issue 15): "24/11/2026 10:42", the date and time of list rows, in local time. Written by hand
// because it is the same in both UI languages (vi-VN and en-GB give dd/mm/yyyy and 24-hour hh:mm,
// checked against Intl in listDateTime.test.ts) and Intl would load a locale's data on first use (~40 ms,
// on the library's first render).
export function listDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "10:42:05", the save status line's clock (local time, 24-hour, both UI languages: as Intl writes it in
 *  vi-VN and en-GB). By hand for the same reason: the first save after opening a review showed it, and
 *  Intl's first clock format cost that save's task ~40 ms (150 ms on a loaded machine) while the user typed. */
export function clockTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
