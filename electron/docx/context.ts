// State carried through one conversion: the profile, and the list instance counter that makes
// every numbered list in the text start again (a new docx numbering instance per list).
import type { DocCommentBody } from '../shared/doc.ts';
import type { ProfileLook } from './profiles.ts';

export interface ConvertContext {
  look: ProfileLook;
  /** Nesting depth inside lists (0 = top-level list). */
  listLevel: number;
  /** The numbering the list items being converted belong to. */
  list: { reference: string; instance: number; listType: 'bullet' | 'number' } | null;
  /** Inside a table cell: paragraphs take the Table Text (or, in header cells, Table Heading) style. */
  inTable: false | 'body' | 'header';
  /** Inside a heading Word sets in capitals (Decree 30's mục): document symbols keep their letters ("155/QĐ-TTg"). */
  capsHeading: boolean;
  nextInstance(): number;
  /** Word comment number for a comment id (the same id in several paragraphs is one comment). */
  commentNumber(body: DocCommentBody): number;
  /** Photo captions go into the file (always in the international profile; on request in Decree 30). */
  includeCaptions: boolean;
  /** The comments met so far, in order, for the document's comments part. */
  comments: { n: number; body: DocCommentBody }[];
  /** Roll-forward marks still pending (reuse, issue 11): written as their new text, or as Word tracked
   *  changes (w:del old + w:ins new) by `author` at `date`; 'refuse' fails the export (the UI asks first). */
  marks: MarkExport;
}

export type MarkExport =
  | { mode: 'accept' }
  | { mode: 'refuse' }
  | { mode: 'track'; author: string; date: string; nextId(): number };

export function createContext(look: ProfileLook, options: { includeCaptions?: boolean; marks?: MarkExport } = {}): ConvertContext {
  let instance = 0;
  const comments: { n: number; body: DocCommentBody }[] = [];
  const byId = new Map<string, number>();
  const commentNumber = (body: DocCommentBody): number => {
    let n = byId.get(body.id);
    if (n === undefined) {
      n = comments.length;
      byId.set(body.id, n);
      comments.push({ n, body });
    }
    return n;
  };
  return { look, listLevel: 0, list: null, inTable: false, capsHeading: false, nextInstance: () => ++instance, commentNumber, comments,
    includeCaptions: look.profile !== 'decree30' || options.includeCaptions === true,
    marks: options.marks ?? { mode: 'refuse' } };
}

/** Tracked-change settings for one export: ids count from 1 within the document. */
export function trackMarks(author: string, date: string): MarkExport {
  let id = 0;
  return { mode: 'track', author, date, nextId: () => ++id };
}
