// Hard limits that keep a hostile or broken file from exhausting memory. Checked before reading/inflating.
const MB = 1024 * 1024;

/** Files above this size are refused by their size alone, before a byte is read. */
export const MAX_FILE_BYTES = 50 * MB;
/** Sum of the uncompressed sizes declared in a .docx's central directory. */
export const MAX_UNZIPPED_BYTES = 100 * MB;
/** Compression ratio above which a large entry is treated as a zip bomb. */
export const MAX_ZIP_RATIO = 200;
/** Entries smaller than this are never treated as bombs by ratio (tiny XML compresses very well). */
export const RATIO_CHECK_FLOOR = 1 * MB;
export const MAX_ZIP_ENTRIES = 5_000;
/**
 * The text parts (document, headers, footers, notes, comments, styles) a Word file may hold, by their
 * declared sizes: the streaming reader's peak memory grows linearly with them (bench/import.bench.ts),
 * so a file over this is refused with a clear message before any parsing.
 */
export const MAX_TEXT_XML_BYTES = 48 * MB;
