// Word packages (.docx, .docm, .dotx, .dotm) → blocks, with what Word shows kept: the streaming
// reader (ooxml/) gives the body, notes, page headers/footers and comments; embedded HTML bodies
// (altChunk) go through the HTML converter; the shape heuristics then run over the body.
import type { DocBlock } from '../../shared/doc.ts';
import type { UserMessage } from '../../shared/errors.ts';
import { heading } from '../../shared/doc-build.ts';
import { importNotes } from './errors.ts';
import { htmlToBlocks } from './html.ts';
import { applyCommentMarks } from './ooxml/comment-marks.ts';
import { readDocx, type WordComment } from './ooxml/read-docx.ts';

export interface WordConversion {
  blocks: DocBlock[];
  /** Footnotes/endnotes, kept as their own block at the end of the body. */
  notes: DocBlock[];
  headers: string[];
  footers: string[];
  comments: WordComment[];
  warnings: UserMessage[];
}

/** The heading that introduces the notes block ("Chú thích" / footnotes) in the imported review. */
export const NOTES_HEADING = 'Chú thích';

export async function docxToBlocks(buf: Buffer, file: string): Promise<WordConversion> {
  const word = readDocx(buf, file);
  let images = word.counts.images;
  // Later chunks first, so earlier insertion points stay valid.
  for (const chunk of [...word.htmlChunks].sort((a, b) => b.index - a.index)) {
    const converted = await htmlToBlocks(chunk.html);
    images += converted.images;
    chunk.blocks.splice(chunk.index, 0, ...converted.blocks);
  }
  const warnings: UserMessage[] = [];
  const { objects, drawings, legacyRuns } = word.counts;
  if (images || objects || drawings) warnings.push(importNotes.notImported({ images, objects, drawings }));
  if (word.unreadChunks) warnings.push(importNotes.readerWarning(`${word.unreadChunks} embedded document part(s) (altChunk) in an unreadable format`));
  for (const encoding of ['TCVN3', 'VNI'] as const) {
    if (legacyRuns[encoding]) warnings.push(importNotes.legacyFontsConverted(encoding, legacyRuns[encoding]));
  }
  const notes = word.notes.length ? [heading(2, NOTES_HEADING), ...word.notes] : [];
  return {
    blocks: applyCommentMarks(word.blocks, word.comments),
    notes: applyCommentMarks(notes, word.comments),
    headers: word.headers,
    footers: word.footers,
    comments: [...word.comments.values()],
    warnings,
  };
}
