/** ISO timestamps, strictly increasing within the process so ordering by time is stable. */
let last = 0;
export function nowIso(): string {
  const now = Math.max(Date.now(), last + 1);
  last = now;
  return new Date(now).toISOString();
}
