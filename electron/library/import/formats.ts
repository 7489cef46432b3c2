// The file kinds the importer reads, by extension. Word's macro-enabled and template packages
// (.docm, .dotx, .dotm) are read like .docx (macros are never run or kept); the "office" kinds are
// files only LibreOffice reads (WordPerfect, Works, Write, StarOffice, flat ODT, Word 97 templates).
import { extname } from 'node:path';

export type ImportFormat = 'docx' | 'txt' | 'md' | 'html' | 'doc' | 'rtf' | 'odt' | 'office';

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.docx': 'docx', '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
  '.doc': 'doc', '.rtf': 'rtf', '.odt': 'odt',
  // ── issue 9 ──
  '.docm': 'docx', '.dotx': 'docx', '.dotm': 'docx', '.xhtml': 'html', '.mht': 'html', '.mhtml': 'html',
  '.dot': 'doc', '.wpd': 'office', '.wps': 'office', '.wri': 'office', '.sxw': 'office', '.fodt': 'office',
  '.ott': 'odt',
};

/** Every extension the importer takes, without the dot (for file pickers). */
export const IMPORT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION).map((e) => e.slice(1));

export function formatOf(path: string): ImportFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The extension LibreOffice should see for a file of this kind (it sniffs the content anyway). */
export function extensionFor(path: string): string {
  return extname(path).slice(1).toLowerCase() || 'bin';
}
