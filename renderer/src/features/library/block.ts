// library (issue 15): rows per block of the library list — what one request brings at least (a screen
// holds ~17 rows). Its own module: the app's entry asks for the first block before React is loaded.
export const BLOCK = 100;
