// The line icons' shapes: the source of the PNGs beside this file (scripts/make-ui-icons.ts draws them
// at 1×, 2× and 3×; they are checked in, and e2e/ux.spec.ts compares each with these shapes).
// app.css masks an .icon with them over currentColor, so an icon takes the text colour. Why bitmaps
// and not the SVG: Chromium renders every SVG image, data URI or not, as an isolated SVG document of
// its own (parsed, laid out, painted): the library's first frame made four, 11.5 ms of CPU in the
// start's longest task; a PNG is only decoded. Drawn in the page at start instead, they cost 10 ms
// there (a canvas and its encoder in a new renderer).
export type IconName = 'rename' | 'duplicate' | 'info' | 'trash' | 'translation'
  // The sidebar's places and the search field (they were symbol characters: no UI font has them, so each
  // was looked up in the system's fonts at start, and drawn differently on every system).
  | 'library' | 'search' | 'templates' | 'reference';

/** 16×16 line drawings, stroked 1.4 wide with round ends and joins (SVG path data). */
export const ICON_SHAPES: Record<IconName, readonly string[]> = {
  rename: ['M10.5 2.5l3 3L5 14H2v-3z', 'M9 4l3 3'],
  duplicate: [
    'M6.5 5h6A1.5 1.5 0 0 1 14 6.5v6a1.5 1.5 0 0 1-1.5 1.5h-6A1.5 1.5 0 0 1 5 12.5v-6A1.5 1.5 0 0 1 6.5 5z',
    'M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5',
  ],
  info: ['M1.8 8a6.2 6.2 0 1 0 12.4 0a6.2 6.2 0 1 0-12.4 0', 'M8 7.2V11.5', 'M8 4.6v.1'],
  trash: ['M2.5 4h11', 'M6 4V2.5h4V4', 'M4 4l.7 9.5h6.6L12 4', 'M6.7 6.5v4.5M9.3 6.5v4.5'],
  translation: ['M2 3.5h6M5 2v1.5M3.5 3.5c.5 2.5 2 4 4 5M6.5 3.5C6 6 4.5 8 2 9', 'M8.5 14l2.8-7 2.8 7M9.6 11.5h3.4'],
  // Books side by side: the library of reviews.
  library: ['M2.5 2.5h3v11h-3z', 'M7 2.5h3v11H7z', 'M10.8 3.3l2.5-.6 2.1 10.1-2.5.6z'],
  // A magnifying glass.
  search: ['M2.5 7a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0', 'M10.3 10.3L14 14'],
  // A page with a folded corner and lines to fill: a template.
  templates: ['M4 1.8h5.2L12.5 5v8.7a.5.5 0 0 1-.5.5H4a.5.5 0 0 1-.5-.5V2.3a.5.5 0 0 1 .5-.5z', 'M9 1.8V5.2h3.5', 'M5.8 8.2h4.4M5.8 10.7h4.4'],
  // A table: the reference data (chairs, themes, ministries).
  reference: ['M3.2 2.5h9.6a.7.7 0 0 1 .7.7v9.6a.7.7 0 0 1-.7.7H3.2a.7.7 0 0 1-.7-.7V3.2a.7.7 0 0 1 .7-.7z', 'M2.5 6h11M2.5 9.5h11M6.5 6v7.5'],
};

export const ICON_SIZE = 16;
export const ICON_STROKE = 1.4;

/** The drawing as an SVG data URI (what the PNGs are checked against). */
export function iconSvgDataUri(name: IconName): string {
  const paths = ICON_SHAPES[name].map((d) => `<path d='${d}'/>`).join('');
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${ICON_SIZE} ${ICON_SIZE}' fill='none' stroke='black' stroke-width='${ICON_STROKE}' stroke-linecap='round' stroke-linejoin='round'>${paths}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
