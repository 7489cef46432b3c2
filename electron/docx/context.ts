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
}

export function createContext(look: ProfileLook): ConvertContext {
  let instance = 0;
  return { look, listLevel: 0, list: null, inTable: false, nextInstance: () => ++instance };
}
