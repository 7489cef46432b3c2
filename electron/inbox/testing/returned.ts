// A circulated draft as a ministry sends it back (issue 14 tests): the app's own export with Word
// revisions (w:ins / w:del by an author) and comments (ranges + word/comments.xml) written into it, the
// way Word stores them.
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type Piece = string | { ins: string; author: string } | { del: string; author: string } | { comment: string; on: string; author: string };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Replaces, in the exported file, the run holding `paragraph` (a paragraph exported as one run) with
 * the pieces: plain text, insertions, deletions and commented words, in order.
 */
export async function returnWithRevisions(exported: Buffer, edits: { paragraph: string; pieces: Piece[] }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(exported);
  let xml = await zip.file('word/document.xml')!.async('string');
  const comments: string[] = [];
  let id = 100;
  const date = '2026-12-02T08:00:00Z';
  for (const edit of edits) {
    const re = new RegExp(`<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">${esc(edit.paragraph).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</w:t></w:r>`, 's');
    const match = re.exec(xml);
    if (!match) throw new Error(`returned.ts: no run holds “${edit.paragraph}”`);
    const rPr = match[1] ?? '';
    const run = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
    const runs = edit.pieces.map((p) => {
      if (typeof p === 'string') return run(p);
      const n = id++;
      if ('ins' in p) return `<w:ins w:id="${n}" w:author="${esc(p.author)}" w:date="${date}">${run(p.ins)}</w:ins>`;
      if ('del' in p) return `<w:del w:id="${n}" w:author="${esc(p.author)}" w:date="${date}"><w:r>${rPr}<w:delText xml:space="preserve">${esc(p.del)}</w:delText></w:r></w:del>`;
      comments.push(`<w:comment w:id="${n}" w:author="${esc(p.author)}" w:date="${date}" w:initials="X"><w:p><w:r><w:t xml:space="preserve">${esc(p.comment)}</w:t></w:r></w:p></w:comment>`);
      return `<w:commentRangeStart w:id="${n}"/>${run(p.on)}<w:commentRangeEnd w:id="${n}"/><w:r><w:commentReference w:id="${n}"/></w:r>`;
    }).join('');
    xml = xml.slice(0, match.index) + runs + xml.slice(match.index + match[0].length);
  }
  zip.file('word/document.xml', xml);
  if (comments.length) {
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${comments.join('')}</w:comments>`);
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = await zip.file(relsPath)!.async('string');
    if (!rels.includes('comments.xml')) {
      zip.file(relsPath, rels.replace('</Relationships>', '<Relationship Id="rIdReturnComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
    }
    const types = await zip.file('[Content_Types].xml')!.async('string');
    if (!types.includes('/word/comments.xml')) {
      zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
    }
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
