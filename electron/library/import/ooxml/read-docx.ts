// A Word package (.docx/.docm/.dotx/.dotm) → blocks, page headers/footers, comments and notes.
// The main part comes from the package relationships; only the text parts are inflated (media are
// counted by their stored size, macros are never read); their declared sizes are checked against the
// memory budget before any parsing starts.
import type { DocBlock } from '../../../shared/doc.ts';
import { blockText, paragraph, text } from '../../../shared/doc-build.ts';
import { importErrors } from '../errors.ts';
import { MAX_TEXT_XML_BYTES } from '../limits.ts';
import { ZipPackage } from '../zip-guard.ts';
import { mainPartOf, readRels, relKind, type Relationship } from './package-parts.ts';
import { readStyleBook } from './styles.ts';
import { readWordPart, type PartContext, type PartCounts, type Run } from './wordml.ts';

export interface WordComment { id: string; author: string; date: string; text: string }

export interface WordContent {
  blocks: DocBlock[];
  /** Footnotes and endnotes as shown at the page foot: "[n] text". */
  notes: DocBlock[];
  headers: string[];
  footers: string[];
  comments: Map<string, WordComment>;
  counts: PartCounts;
  /** altChunk bodies by kind that could not be read (e.g. RTF), for the import result. */
  unreadChunks: number;
  /** Embedded HTML/MHT bodies to convert (async): inserted at `index` of `blocks`. */
  htmlChunks: { html: string; blocks: DocBlock[]; index: number }[];
}

const TEXT_PART_KINDS = new Set(['header', 'footer', 'footnotes', 'endnotes', 'comments', 'styles', 'numbering']);

function textOf(blocks: DocBlock[]): string {
  return blocks.map(blockText).join('\n').replace(/[ \t]+/gu, ' ').trim();
}

/** The HTML part of an MHT (MIME) chunk, quoted-printable or base64 decoded; or the text itself. */
export function htmlOfChunk(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  if (!/^MIME-Version:/imu.test(raw.slice(0, 2000))) {
    // A bare HTML chunk: its own <meta charset>, else UTF-8 (what Word writes).
    const declared = /charset=["']?([\w-]+)/iu.exec(raw.slice(0, 2000))?.[1] ?? 'utf-8';
    try { return new TextDecoder(declared).decode(bytes); } catch { return bytes.toString('utf8'); }
  }
  const boundary = /boundary="?([^"\r\n;]+)"?/iu.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/u);
    if (split < 0) continue;
    const head = part.slice(0, split);
    if (!/Content-Type:\s*text\/html/iu.test(head)) continue;
    let body = part.slice(split).trim();
    const charset = /charset="?([\w-]+)/iu.exec(head)?.[1] ?? 'utf-8';
    let bodyBytes: Buffer;
    if (/Content-Transfer-Encoding:\s*quoted-printable/iu.test(head)) {
      body = body.replace(/=\r?\n/gu, '');
      bodyBytes = Buffer.from(body.replace(/=([0-9A-F]{2})/giu, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))), 'latin1');
    } else if (/Content-Transfer-Encoding:\s*base64/iu.test(head)) bodyBytes = Buffer.from(body, 'base64');
    else bodyBytes = Buffer.from(body, 'latin1');
    try { return new TextDecoder(charset).decode(bodyBytes); } catch { return bodyBytes.toString('utf8'); }
  }
  return '';
}

export function readDocx(buf: Buffer, file: string): WordContent {
  const pkg = new ZipPackage(buf, file);
  const main = mainPartOf(pkg);
  if (!main) throw importErrors.truncated(file, 'no main document part (_rels/.rels names none, and word/document.xml is missing)');
  const rels = readRels(pkg, main);
  const textParts = rels.filter((r) => !r.external && TEXT_PART_KINDS.has(relKind(r)) && pkg.has(r.target));
  // The budget is decided from declared sizes, before a byte is parsed.
  const xmlBytes = pkg.declaredSize(main) + textParts.reduce((n, r) => n + pkg.declaredSize(r.target), 0);
  if (xmlBytes > MAX_TEXT_XML_BYTES) throw importErrors.overBudget(file, xmlBytes, MAX_TEXT_XML_BYTES);
  const byKind = (kind: string): Relationship[] => textParts.filter((r) => relKind(r) === kind);
  const styles = readStyleBook(
    byKind('styles')[0] ? pkg.text(byKind('styles')[0]!.target) : null,
    byKind('numbering')[0] ? pkg.text(byKind('numbering')[0]!.target) : null,
    file,
  );
  const counts: PartCounts = { images: 0, objects: 0, drawings: 0, legacyRuns: { TCVN3: 0, VNI: 0 } };
  const numbers = new Map<string, number>();
  let nextNote = 1;
  const noteNumber = (kind: 'footnote' | 'endnote', id: string): number => {
    const key = `${kind}:${id}`;
    if (!numbers.has(key)) numbers.set(key, nextNote++);
    return numbers.get(key)!;
  };
  const context = (part: string, extra: Partial<PartContext> = {}): PartContext => ({ file, part, styles, counts, noteNumber, ...extra });

  const chunkRefs: { relId: string; blocks: DocBlock[]; index: number }[] = [];
  const blocks = readWordPart(pkg.text(main) ?? '', context(main, {
    onAltChunk: (relId, at) => chunkRefs.push({ relId, ...at }),
  }));
  const htmlChunks: WordContent['htmlChunks'] = [];
  let unreadChunks = 0;
  for (const ref of chunkRefs) {
    const rel = rels.find((r) => r.id === ref.relId);
    const bytes = rel && !rel.external ? pkg.read(rel.target) : null;
    if (!bytes) { unreadChunks++; continue; }
    const name = rel!.target.toLowerCase();
    if (/\.(?:html?|mht|mhtml|xml)$/u.test(name) || /^\s*(?:<|MIME-Version)/iu.test(bytes.subarray(0, 200).toString('latin1'))) {
      htmlChunks.push({ html: htmlOfChunk(bytes), blocks: ref.blocks, index: ref.index });
    } else if (name.endsWith('.txt')) {
      const lines = bytes.toString('utf8').split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
      ref.blocks.splice(ref.index, 0, ...lines.map((l) => paragraph(l)));
    } else unreadChunks++;
  }

  // Notes in reference order, each "[n] text", without Word's "↑" back-link or separators.
  const notes: { n: number; blocks: DocBlock[] }[] = [];
  for (const kind of ['footnotes', 'endnotes'] as const) {
    for (const rel of byKind(kind)) {
      let current: { id: string; start: number } | null = null;
      const found: { id: string; start: number; end: number }[] = [];
      const part = readWordPart(pkg.text(rel.target) ?? '', context(rel.target, {
        onItemStart: (_n, attrs, at) => { current = attrs['w:type'] && attrs['w:type'] !== 'normal' ? null : { id: attrs['w:id'] ?? '', start: at }; },
        onItemEnd: (_n, at) => { if (current) found.push({ ...current, end: at }); current = null; },
      }));
      for (const item of found) {
        const key = `${kind === 'footnotes' ? 'footnote' : 'endnote'}:${item.id}`;
        const n = numbers.get(key);
        if (n === undefined) continue;
        const body = part.slice(item.start, item.end);
        const first = body[0];
        if (first && (first.type === 'paragraph' || first.type === 'heading')) {
          body[0] = { ...first, children: [text(`[${n}] `), ...first.children] } as DocBlock;
        } else body.unshift(paragraph(`[${n}]`));
        notes.push({ n, blocks: body });
      }
    }
  }
  notes.sort((a, b) => a.n - b.n);

  const comments = new Map<string, WordComment>();
  for (const rel of byKind('comments')) {
    let current: { id: string; author: string; date: string; start: number } | null = null;
    const found: (WordComment & { start: number; end: number })[] = [];
    const part = readWordPart(pkg.text(rel.target) ?? '', context(rel.target, {
      onItemStart: (_n, attrs, at) => { current = { id: attrs['w:id'] ?? '', author: attrs['w:author'] ?? '', date: attrs['w:date'] ?? '', start: at }; },
      onItemEnd: (_n, at) => { if (current) found.push({ ...current, text: '', end: at }); current = null; },
    }));
    for (const c of found) comments.set(c.id, { id: c.id, author: c.author, date: c.date, text: textOf(part.slice(c.start, c.end)) });
  }

  const lines = (kind: 'header' | 'footer'): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const rel of byKind(kind)) {
      for (const block of readWordPart(pkg.text(rel.target) ?? '', context(rel.target))) {
        for (const line of blockText(block).split('\n').map((l) => l.replace(/\s+/gu, ' ').trim())) {
          // Page-number fields leave bare digits ("1", "- 2 -"); they say nothing about the report.
          if (!line || /^[-–\s\d]*$/u.test(line) || seen.has(line)) continue;
          seen.add(line);
          out.push(line);
        }
      }
    }
    return out;
  };
  return {
    blocks: stripComments(blocks, comments),
    notes: notes.flatMap((n) => stripComments(n.blocks, comments)),
    headers: lines('header'),
    footers: lines('footer'),
    comments,
    counts,
    unreadChunks,
    htmlChunks,
  };
}

/** Runs keep their comment ids only for comments that exist (a dangling range is no comment). */
function stripComments(blocks: DocBlock[], comments: Map<string, WordComment>): DocBlock[] {
  const fix = (runs: unknown[]): void => {
    for (const r of runs as (Run & { children?: unknown[] })[]) {
      if (r.commentIds) {
        const kept = r.commentIds.filter((id) => comments.has(id));
        if (kept.length) r.commentIds = kept;
        else delete r.commentIds;
      }
      if (Array.isArray(r.children)) fix(r.children);
    }
  };
  fix(blocks);
  return blocks;
}
