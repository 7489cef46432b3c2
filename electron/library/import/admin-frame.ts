// Past reviews are Word files in the Decree 30 layout: a header table (agency, "Số: …", Quốc hiệu,
// place and date), "BÁO CÁO" with the summary line, "Kính gửi", and a closing table (Nơi nhận,
// signing authority, signer). These are the document's frame, not its body: lifted out of the content
// into review fields, so search, sections and reuse see only the report's text, and the title is the
// summary line. A file without the frame passes through unchanged.
import type { DocBlock, DocTable } from '../../shared/doc.ts';
import { blockText } from '../../shared/doc-build.ts';
import type { ReviewFields } from '../../shared/review.ts';
import { foldKey } from '../fold.ts';

export interface AdminFrame {
  blocks: DocBlock[];
  /** The summary line (trích yếu) under "BÁO CÁO", when present. */
  summary?: string;
  fields: ReviewFields;
}

function cellLines(table: DocTable, column: number): string[] {
  return table.children
    .flatMap((row) => row.children[column]?.children ?? [])
    .flatMap((block) => blockText(block).split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const isHeaderTable = (block: DocBlock | undefined): block is DocTable =>
  block?.type === 'table' && foldKey(blockText(block)).includes('cong hoa xa hoi chu nghia viet nam');

const isClosingTable = (block: DocBlock | undefined): block is DocTable =>
  block?.type === 'table' && foldKey(blockText(block)).startsWith('noi nhan');

const DATE_LINE = /^(.*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

function readHeader(table: DocTable, fields: ReviewFields): void {
  const left = cellLines(table, 0);
  const numberAt = left.findIndex((line) => /^Số\s*:/u.test(line));
  const agencies = (numberAt === -1 ? left : left.slice(0, numberAt)).filter((line) => /\p{L}/u.test(line));
  if (agencies.length >= 2) fields.parentAgency = agencies[agencies.length - 2];
  if (agencies.length >= 1) fields.agency = agencies[agencies.length - 1];
  const number = numberAt === -1 ? '' : left[numberAt]!.replace(/^Số\s*:\s*/u, '').trim();
  // "Số:      /BC-…" with no number is the blank a clerk fills by hand: nothing to keep.
  if (number && !/^\/?BC\b/u.test(number)) fields.docNumber = number;
  for (const line of cellLines(table, 1)) {
    const date = DATE_LINE.exec(line);
    if (!date) continue;
    fields.docPlace = date[1]!.trim();
    fields.docDate = `${date[4]}-${date[3]!.padStart(2, '0')}-${date[2]!.padStart(2, '0')}`;
  }
}

function readClosing(table: DocTable, fields: ReviewFields): void {
  const distribution = cellLines(table, 0).slice(1).map((line) => line.replace(/^[-–]\s*/u, '').replace(/[;.]$/u, '').trim()).filter(Boolean);
  if (distribution.length) fields.distribution = distribution.join('\n');
  const right = cellLines(table, 1);
  if (right.length >= 2) {
    fields.signerName = right[right.length - 1];
    fields.signingAuthority = right.slice(0, -1).join('\n');
  }
}

export function liftAdminFrame(input: DocBlock[]): AdminFrame {
  const blocks = [...input];
  const fields: ReviewFields = {};
  let summary: string | undefined;
  const hasHeader = isHeaderTable(blocks[0]);
  if (hasHeader) readHeader(blocks.shift() as DocTable, fields);
  // "BÁO CÁO" then the summary line: with the header table, or alone at the top of a hand-made report.
  const typed = blocks[0] && foldKey(blockText(blocks[0])) === 'bao cao';
  if (typed) {
    blocks.shift();
    const next = blocks[0];
    if (next && next.type !== 'table' && next.type !== 'list') {
      summary = blockText(next).replace(/\s+/gu, ' ').trim();
      blocks.shift();
    }
  }
  if (hasHeader || typed) {
    const addressee = blocks[0] ? blockText(blocks[0]) : '';
    if (/^Kính gửi\s*:/u.test(addressee)) {
      blocks.shift();
      const inline = addressee.replace(/^Kính gửi\s*:\s*/u, '').replace(/[.;]$/u, '').trim();
      const listed: string[] = [];
      if (!inline && blocks[0]?.type === 'list') {
        // "- Bộ trưởng;" lines already shaped into a bullet list.
        listed.push(...blockText(blocks.shift()!).split('\n').map((line) => line.replace(/[.;]$/u, '').trim()).filter(Boolean));
      } else if (!inline) {
        while (blocks[0] && /^[-–]\s*\S/u.test(blockText(blocks[0]))) listed.push(blockText(blocks.shift()!).replace(/^[-–]\s*/u, '').replace(/[.;]$/u, ''));
      }
      fields.addressees = (inline ? [inline] : listed).join('\n');
    }
  }
  if (isClosingTable(blocks[blocks.length - 1])) readClosing(blocks.pop() as DocTable, fields);
  return summary === undefined ? { blocks, fields } : { blocks, fields, summary };
}
