// How often a crashed renderer is reloaded: up to 3 times a minute, then the user is told instead (a
// renderer that crashes on load would otherwise reload forever).
export function createReloadGuard(max = 3, windowMs = 60_000) {
  const times: number[] = [];
  return {
    allow(now: number): boolean {
      while (times.length > 0 && now - times[0]! > windowMs) times.shift();
      if (times.length >= max) return false;
      times.push(now);
      return true;
    },
  };
}
