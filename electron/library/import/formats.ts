// The file kinds the importer reads, by extension.
import { extname } from 'node:path';

export type ImportFormat = 'docx' | 'txt' | 'md' | 'html' | 'doc' | 'rtf' | 'odt';

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.docx': 'docx', '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
  '.doc': 'doc', '.rtf': 'rtf', '.odt': 'odt',
};

export function formatOf(path: string): ImportFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
