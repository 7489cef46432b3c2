// Geometry of the virtualized library list, pure so it is tested without a browser. The list is years
// (a heading, then rows) with fixed heights set in CSS (.review-list.virtual), so which rows are on
// screen is computed from the scroll offset instead of measured: 10,000 reviews cost the same as 20.

export interface ListMetrics {
  /** One row, its bottom border included (CSS: .review-list.virtual .review-row). */
  row: number;
  /** A year's heading (CSS: .review-list.virtual .year-heading). */
  head: number;
  /** A year's box around heading and rows (top + bottom border). */
  chrome: number;
  /** Space after each year. */
  gap: number;
}

export const LIST_METRICS: ListMetrics = { row: 52, head: 38, chrome: 2, gap: 16 };

export interface GroupBox {
  /** Top of the year's box, from the top of the list. */
  top: number;
  height: number;
  /** Flat index (across all years) of the year's first row. */
  firstIndex: number;
  count: number;
}

export interface ListLayout {
  groups: GroupBox[];
  height: number;
  rows: number;
  metrics: ListMetrics;
}

export function layoutList(counts: readonly number[], metrics: ListMetrics = LIST_METRICS): ListLayout {
  let top = 0;
  let firstIndex = 0;
  const groups = counts.map((count) => {
    const height = metrics.chrome + metrics.head + count * metrics.row;
    const box = { top, height, firstIndex, count };
    top += height + metrics.gap;
    firstIndex += count;
    return box;
  });
  return { groups, height: Math.max(0, top), rows: firstIndex, metrics };
}

/** Which rows of each year to render for the window [from, to) (list coordinates, px). */
export interface GroupSlice {
  group: number;
  /** Rows [start, end) of this year. */
  start: number;
  end: number;
}

export function visibleSlices(layout: ListLayout, from: number, to: number): GroupSlice[] {
  const { row, head, chrome } = layout.metrics;
  const slices: GroupSlice[] = [];
  layout.groups.forEach((box, group) => {
    if (box.top + box.height <= from || box.top >= to) return;
    const rowsTop = box.top + chrome / 2 + head;
    const start = Math.max(0, Math.min(box.count, Math.floor((from - rowsTop) / row)));
    const end = Math.max(start, Math.min(box.count, Math.ceil((to - rowsTop) / row)));
    slices.push({ group, start, end });
  });
  return slices;
}

/** Top and bottom of row `index` (flat) in list coordinates, or null when there is no such row. */
export function rowBounds(layout: ListLayout, index: number): { top: number; bottom: number } | null {
  const { row, head, chrome } = layout.metrics;
  for (const box of layout.groups) {
    if (index < box.firstIndex + box.count) {
      if (index < box.firstIndex) return null;
      const top = box.top + chrome / 2 + head + (index - box.firstIndex) * row;
      return { top, bottom: top + row };
    }
  }
  return null;
}

/** The scroll offset that brings [top, bottom) into a viewport at `scrollTop` of `height`, keeping `margin` above. */
export function scrollToShow(scrollTop: number, height: number, top: number, bottom: number, margin = 0): number {
  if (top - margin < scrollTop) return Math.max(0, top - margin);
  if (bottom > scrollTop + height) return bottom - height;
  return scrollTop;
}
