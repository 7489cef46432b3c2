// The interface font's files and the characters each serves (uiFont.ts loads them). Its own module, with
// no asset imports, so a unit test can check it against the font package in Node.

/** @fontsource-variable/inter's files: one variable file (every weight) per script subset, with the
 *  unicode-range its index.css declares (uiFontSubsets.test.ts keeps them equal). Where ranges overlap,
 *  the face added last is tried first: Vietnamese last, so "ă đ ơ ư" come from it. */
export const UI_FONT_SUBSETS = [
  { file: 'inter-latin-ext-wght-normal.woff2',
    unicodeRange: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
  { file: 'inter-latin-wght-normal.woff2',
    unicodeRange: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { file: 'inter-vietnamese-wght-normal.woff2',
    unicodeRange: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB' },
] as const;

export type UiFontFile = (typeof UI_FONT_SUBSETS)[number]['file'];
