// State carried through one conversion: the profile, and the list instance counter that makes
// every numbered list in the text start again (a new docx numbering instance per list).
import type { ProfileLook } from './profiles.ts';

export interface ConvertContext {
  look: ProfileLook;
  /** Nesting depth inside lists (0 = top-level list). */
  listLevel: number;
  /** The numbering the list items being converted belong to. */
  list: { reference: string; instance: number; listType: 'bullet' | 'number' } | null;
  /** Inside a table cell: paragraphs take the Table Text (or, in header cells, Table Heading) style. */
  inTable: false | 'body' | 'header';
  nextInstance(): number;
  /** Roll-forward marks still pending (reuse, issue 11): written as their new text, or as Word tracked
   *  changes (w:del old + w:ins new) by `author` at `date`; 'refuse' fails the export (the UI asks first). */
  marks: MarkExport;
}

export type MarkExport =
  | { mode: 'accept' }
  | { mode: 'refuse' }
  | { mode: 'track'; author: string; date: string; nextId(): number };

export function createContext(look: ProfileLook, marks: MarkExport = { mode: 'refuse' }): ConvertContext {
  let instance = 0;
  return { look, listLevel: 0, list: null, inTable: false, nextInstance: () => ++instance, marks };
}

/** Tracked-change settings for one export: ids count from 1 within the document. */
export function trackMarks(author: string, date: string): MarkExport {
  let id = 0;
  return { mode: 'track', author, date, nextId: () => ++id };
}
