// The interface's font: Inter (SIL Open Font License 1.1, from @fontsource-variable/inter; the licence
// ships beside the app's assets, and About names it), shipped with the app rather than asked of the system.
// library (issue 15): with the system's fonts, the start's first frame asked the operating system for each
// family, weight and size it met (on Linux ~56 lookups, each a synchronous call to the browser process:
// ~20 ms of a 50 ms frame spent waiting); a font the page loaded itself is asked nothing. The entry starts
// loading it with the first questions, and the shell's first render waits for it (bounded), so the first
// layout neither uses nor looks up a fallback. All subsets load at start, latin-ext too though a review
// rarely needs it: a face not loaded yet stands in for itself in every layout with the system's
// last-resort font, one lookup per size and weight on the page (15 in the library's first frame). They
// are decoded off the main thread. Characters outside them (Thai, Lao, Khmer, Burmese names; some
// symbols) fall through to the system fonts named after it in --font-ui.
import latin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import latinExt from '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2?url';
import vietnamese from '@fontsource-variable/inter/files/inter-vietnamese-wght-normal.woff2?url';
import { UI_FONT_SUBSETS, type UiFontFile } from './uiFontSubsets.ts';

export const UI_FONT_FAMILY = 'Inter Variable';

const URLS: Record<UiFontFile, string> = {
  'inter-latin-ext-wght-normal.woff2': latinExt,
  'inter-latin-wght-normal.woff2': latin,
  'inter-vietnamese-wght-normal.woff2': vietnamese,
};

/** How long the first render waits for the font at most: past it, the shell draws with the system's
 *  fonts and the text is drawn again when the font arrives (read from disk, it takes a few ms). */
const WAIT_AT_MOST_MS = 800;

let ready: Promise<void> = Promise.resolve();

/** Adds the faces to the document and starts loading them. A face that fails to load is left out by
 *  the browser (the system fonts after it in --font-ui take over): never an error. */
export function startUiFont(): void {
  if (typeof FontFace === 'undefined') return;
  const loads = UI_FONT_SUBSETS.map((subset) => {
    const face = new FontFace(UI_FONT_FAMILY, `url(${URLS[subset.file]}) format('woff2')`, {
      weight: '100 900', style: 'normal', display: 'swap', unicodeRange: subset.unicodeRange,
    });
    document.fonts.add(face);
    return face.load().catch(() => undefined);
  });
  const timeout = new Promise<void>((done) => { setTimeout(done, WAIT_AT_MOST_MS); });
  // The mark is for profiling the start (the library bench reads it), as main.tsx's.
  ready = Promise.race([Promise.all(loads).then(() => { performance.mark('rd:uiFont'); }), timeout]);
}

/** Settles when the faces are in, failed, or the wait is over. */
export function uiFontReady(): Promise<void> {
  return ready;
}
