// The document schema: the subset of Lexical's serialized editor state that Review Desk's editor
// produces and every other part (store, import, search, sections, docx export) reads.
// Types only plus tiny pure helpers: safe for both the main side and the renderer.

/** Lexical's text format bitmask (lexical/src/LexicalConstants.ts). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

export type ElementFormat = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify';

interface ElementBase {
  version: 1;
  format: ElementFormat;
  indent: number;
  direction: 'ltr' | 'rtl' | null;
}

export interface DocText {
  type: 'text';
  version: 1;
  text: string;
  format: number;
  style: string;
  mode: 'normal' | 'token' | 'segmented';
  detail: number;
}
export interface DocTab {
  type: 'tab';
  version: 1;
  text: '\t';
  format: number;
  style: string;
  mode: 'normal' | 'token' | 'segmented';
  detail: number;
}
export interface DocLineBreak {
  type: 'linebreak';
  version: 1;
}
/** Text-level leaves: what a comment mark may wrap. */
export type DocRun = DocText | DocTab | DocLineBreak | DocField | DocRollMark | DocReviewChange;

/** One comment's body, as Word keeps it (author, ISO date, plain text). */
export interface DocCommentBody { id: string; author: string; date: string; text: string }
/**
 * Comments on the text this mark wraps (Lexical's MarkNode shape, `ids`, plus the comments' bodies so
 * they travel with the content into versions and the Word export). A comment spanning paragraphs is
 * one mark per paragraph with the same id.
 */
export interface DocCommentMark extends ElementBase {
  type: 'comment-mark';
  ids: string[];
  comments: DocCommentBody[];
  children: DocRun[];
}
export type DocInline = DocRun | DocCommentMark;
// drafting (issue 10): a field — a fact of the draft ({{chair}}, {{year}}…) shown as a chip. Its `text` IS its
// value ('' while empty), so everything that reads text (search, word count, sections) sees the value.
export interface DocField {
  type: 'field';
  version: 1;
  /** The field's name in the templates: year, nextYear, chair, chairTheme, meetingDate… */
  name: string;
  text: string;
  /** False when the value comes from an unconfirmed fact (rotation-only Chair, unannounced theme). */
  confirmed: boolean;
  format: number;
  style: string;
  mode: 'token';
  detail: number;
}
// --- reuse (issue 11): roll-forward marks and provenance ---
/** Why roll-forward changed a word (electron/reuse/roll/roll.ts ROLL_RULES). */
export type RollMarkRule = 'reviewed-year' | 'orientation-year' | 'chair' | 'theme' | 'summit' | 'anniversary' | 'som-head' | 'ministry';
/**
 * An automatic change waiting for the user: reads as `text` (the new wording) until accepted (becomes
 * plain text) or rejected (becomes `oldText`). Serialized like a text node plus its own fields.
 */
export interface DocRollMark extends Omit<DocText, 'type'> {
  type: 'roll-mark';
  oldText: string;
  rule: RollMarkRule;
}
/**
 * inbox (issue 14): a tracked change a ministry made in a circulated draft (Word w:ins / w:del), waiting
 * for the drafter. An insertion reads as its text until rejected (then it goes); a deletion shows the
 * deleted text struck through until accepted (then it goes) or rejected (it stays as plain text).
 */
export interface DocReviewChange extends Omit<DocText, 'type'> {
  type: 'review-change';
  change: 'insertion' | 'deletion';
  author: string;
  /** The ministry the returned file came from (reference key), '' when not known. */
  ministry: string;
  /** ISO date of the change in Word, '' when the file had none. */
  date: string;
}
/** Where a reused block came from (stored as Lexical NodeState under "$"). */
export interface Provenance {
  reviewId: string;
  year: number;
  title: string;
  section: string | null;
  lang: 'vi' | 'en';
  /** inbox (issue 14): the block came from a ministry's contribution (reviewId is then the contribution's id). */
  contribution?: { ministry: string; blockIndex: number };
}
export interface BlockState { provenance?: Provenance }
// --- end reuse ---


export interface DocParagraph extends ElementBase {
  type: 'paragraph';
  $?: BlockState;
  textFormat?: number;
  textStyle?: string;
  children: DocInline[];
}
/** h1 = "I." (mục), h2 = "1." (khoản), h3 = "a)" (điểm): the report's three levels. */
export interface DocHeading extends ElementBase {
  type: 'heading';
  $?: BlockState;
  tag: 'h1' | 'h2' | 'h3';
  children: DocInline[];
}
export interface DocList extends ElementBase {
  type: 'list';
  $?: BlockState;
  listType: 'bullet' | 'number';
  start: number;
  tag: 'ul' | 'ol';
  children: DocListItem[];
}
/** A list item holds inline content, or exactly one nested list (Lexical's nesting shape). */
export interface DocListItem extends ElementBase {
  type: 'listitem';
  value: number;
  checked?: boolean;
  children: (DocInline | DocList)[];
}
export interface DocTableCell extends ElementBase {
  type: 'tablecell';
  /** 0 none, 1 row header, 2 column header, 3 both (Lexical TableCellHeaderStates). */
  headerState: number;
  colSpan?: number;
  rowSpan?: number;
  width?: number;
  backgroundColor?: string | null;
  children: (DocParagraph | DocHeading | DocList)[];
}
export interface DocTableRow extends ElementBase {
  type: 'tablerow';
  height?: number;
  children: DocTableCell[];
}
export interface DocTable extends ElementBase {
  type: 'table';
  colWidths?: number[];
  rowStriping?: boolean;
  children: DocTableRow[];
}
/**
 * A photo caption kept from an imported article ("… (Ảnh: An Đăng/TTXVN)"): shown muted, left out of
 * the Decree 30 export unless the export asks for captions.
 */
export interface DocPhotoCaption extends ElementBase {
  type: 'photo-caption';
  $?: BlockState;
  textFormat?: number;
  textStyle?: string;
  children: DocInline[];
}
// drafting (issue 10): last year's orientations to report on, one item each with its status and result.
export const CARRY_STATUSES = ['done', 'in-progress', 'not-done'] as const;
export type CarryStatus = (typeof CARRY_STATUSES)[number];
export interface DocCarryItem {
  id: string;
  text: string;
  status: CarryStatus | null;
  result: string;
  /** drafting (issue 10): the orientation as last year's review (another language) wrote it, when `text`
   *  is the translation memory's translation of it. */
  sourceText?: string;
  /** The language `text` is in when it is not the review's: last year's wording, no translation found. */
  untranslated?: 'vi' | 'en';
}
export interface DocCarryChecklist {
  type: 'carry-checklist';
  $?: BlockState;
  version: 1;
  /** The review the orientations come from, and its year (for the heading line). */
  fromReviewId: string | null;
  fromYear: number | null;
  items: DocCarryItem[];
}
export type DocBlock = DocParagraph | DocHeading | DocList | DocTable | DocPhotoCaption | DocCarryChecklist;

export interface DocRoot extends ElementBase {
  type: 'root';
  children: DocBlock[];
}
export interface DocState {
  root: DocRoot;
}

export type DocNode = DocRoot | DocBlock | DocListItem | DocTableRow | DocTableCell | DocInline;

