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
export type DocRun = DocText | DocTab | DocLineBreak;

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

export interface DocParagraph extends ElementBase {
  type: 'paragraph';
  textFormat?: number;
  textStyle?: string;
  children: DocInline[];
}
/** h1 = "I." (mục), h2 = "1." (khoản), h3 = "a)" (điểm): the report's three levels. */
export interface DocHeading extends ElementBase {
  type: 'heading';
  tag: 'h1' | 'h2' | 'h3';
  children: DocInline[];
}
export interface DocList extends ElementBase {
  type: 'list';
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
  textFormat?: number;
  textStyle?: string;
  children: DocInline[];
}
export type DocBlock = DocParagraph | DocHeading | DocList | DocTable | DocPhotoCaption;

export interface DocRoot extends ElementBase {
  type: 'root';
  children: DocBlock[];
}
export interface DocState {
  root: DocRoot;
}

export type DocNode = DocRoot | DocBlock | DocListItem | DocTableRow | DocTableCell | DocInline;

