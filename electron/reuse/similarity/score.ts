// The fuzzy-match score, as translation memories give it: 100 % for the same words, less by the share
// of words inserted, deleted or replaced: score = 1 − wordEditDistance / max(len a, len b).
// Comparing folded keys makes it tone-mark-insensitive ("Bo Noi vu" = "Bộ Nội vụ": 100 %).

/**
 * Word-level Levenshtein distance between two sequences of ids, or Infinity when it exceeds `limit`.
 * Only the diagonal band |i − j| ≤ limit is computed (Ukkonen): O(limit · length), which keeps checking
 * a long paragraph against a threshold cheap.
 */
export function boundedDistance(a: ArrayLike<number>, b: ArrayLike<number>, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return Infinity;
  if (n === 0 || m === 0) return Math.max(n, m);
  const BIG = limit + 1;
  let prev = new Int32Array(m + 1);
  let curr = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= limit ? j : BIG;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    curr[0] = i <= limit ? i : BIG;
    if (from > 1) curr[from - 1] = BIG;
    let rowMin = curr[0]!;
    const ai = a[i - 1];
    for (let j = from; j <= to; j++) {
      const cost = ai === b[j - 1] ? 0 : 1;
      let v = prev[j - 1]! + cost;
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = curr[j - 1]! + 1;
      if (ins < v) v = ins;
      if (v > BIG) v = BIG;
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < m) curr[to + 1] = BIG;
    if (rowMin > limit) return Infinity;
    const swap = prev; prev = curr; curr = swap;
  }
  const d = prev[m]!;
  return d > limit ? Infinity : d;
}

/** Score in [0, 1] from a distance and the two lengths. */
export function scoreOf(distance: number, n: number, m: number): number {
  const longest = Math.max(n, m);
  return longest === 0 ? 1 : 1 - distance / longest;
}

/** The largest distance that still scores at least `minScore` for these lengths. */
export function distanceLimit(minScore: number, n: number, m: number): number {
  // A hair of tolerance so 0.7 · 10 = 7 is not lost to 6.999… in floating point.
  return Math.floor((1 - minScore) * Math.max(n, m) + 1e-9);
}

/** Fuzzy score of two key sequences (exact; for tests and single comparisons). */
export function fuzzyScore(a: readonly string[], b: readonly string[]): number {
  const ids = new Map<string, number>();
  const id = (w: string) => { let v = ids.get(w); if (v === undefined) ids.set(w, (v = ids.size)); return v; };
  const x = a.map(id);
  const y = b.map(id);
  return scoreOf(boundedDistance(x, y, Math.max(x.length, y.length)), x.length, y.length);
}
