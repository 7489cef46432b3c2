// The contributions service (issue 14): the contributors list of a review with its deadline, the
// contribution files filed under it (ministry detected, confirmed by the user; a later version from
// the same ministry supersedes the earlier), the board, the merge panel's data for one section, the
// blocks to insert with provenance, and the request / reminder letters. What the IPC handlers and the
// CLI call; the pure parts are detect.ts, letter.ts, board.ts.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { diffArrays } from 'diff';
import type { Db } from '../store/db.ts';
import { withTransaction } from '../store/db.ts';
import * as store from '../store/inbox.ts';
import { selectSections } from '../store/sections.ts';
import type { ReviewsService } from '../services/reviews.ts';
import type { DocBlock, DocState } from '../shared/doc.ts';
import { blockText, wordCount } from '../shared/doc-build.ts';
import { AppError } from '../shared/errors.ts';
import type { ExportSettings } from '../shared/export.ts';
import type {
  AddOutcome, Board, ContributionMeta, ContributorRow, ContributorState, DetectedBy, InspectOutcome, MinistryDetection, MinistryName,
  ReturnInfo, ReturnOutcome, SectionContribution, UnanchoredItem, VersionDiff,
} from '../shared/inbox.ts';
import type { Lang } from '../shared/review.ts';
import type { SectionKey } from '../shared/sections.ts';
import { foldKey } from '../library/fold.ts';
import { importErrors } from '../library/import/errors.ts';
import { formatOf } from '../library/import/formats.ts';
import { MAX_FILE_BYTES } from '../library/import/limits.ts';
import { sha256, type ParsedFile } from '../library/import/parse.ts';
import { parseOffThread } from '../library/import/parse-off-thread.ts';
import { detectSections } from '../library/sections/detect.ts';
import { loadReference } from '../drafting/reference/load.ts';
import { meetingDayOf } from '../drafting/fields/meeting-date.ts';
import { writeFileAtomic } from '../export/atomic-write.ts';
import { fuzzyScore } from '../reuse/similarity/score.ts';
import { wordKeys } from '../reuse/similarity/tokens.ts';
import { detectMinistry, ministryRefs, type MinistryRef } from './detect.ts';
import { inboxErrors } from './errors.ts';
import { fillTemplate, letterDocx } from './letter.ts';
import { readReturnedDocx } from './returned-docx.ts';
import { anchorReturned } from './anchor.ts';

export interface InboxServiceOptions {
  db: Db;
  reviews: ReviewsService;
  exportSettings: (reviewId: string) => ExportSettings;
  resourcesDir: string;
  now?: () => Date;
}

/** The ministry asking for contributions: the ASEAN Department's own (not preset as a contributor). */
export const REQUESTER = 'mofa';
const PARSE_CACHE = 40;
export const LETTER_AGENCY = 'BỘ NGOẠI GIAO';
export const LETTER_SIGNING = ['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ ASEAN'] as const;
const CONTENT_CACHE = 60;
/** A contribution paragraph this close to one already in the draft's section is flagged (reuse's 70 %). */
const SIMILAR_IN_DRAFT = 0.7;

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** "20/11/2026" from an ISO date or time. */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A section heading as a line of the letter: without its numbering, "KẾT QUẢ …" in sentence case (ASEAN kept). */
export function plainTitle(title: string): string {
  const bare = title.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/^(?:[IVXLC]+|\d+|[a-zđ])[.)]\s+/u, '');
  if (bare !== bare.toLocaleUpperCase('vi')) return bare;
  const lower = bare.toLocaleLowerCase('vi').replace(/\basean\b/gu, 'ASEAN');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function errorOf(file: string, error: unknown): Extract<AddOutcome, { status: 'error' }> {
  const e = error instanceof AppError ? error : importErrors.unreadable(basename(file), error instanceof Error ? error.message : String(error));
  return { file, status: 'error', code: e.code, message: e.userMessage };
}

/** The top-level blocks with text (what "how much of it is used" counts). */
function textBlockIndexes(content: DocState): number[] {
  const out: number[] = [];
  content.root.children.forEach((b, i) => { if (blockText(b as DocBlock).trim()) out.push(i); });
  return out;
}

export function createInboxService(options: InboxServiceOptions) {
  const { db, reviews } = options;
  const now = options.now ?? (() => new Date());
  const parsed = new Map<string, ParsedFile>();
  const contents = new Map<string, DocState>();

  let refCache: { key: string; refs: MinistryRef[] } | null = null;
  function ministries(): MinistryRef[] {
    const row = db.prepare("SELECT count(*) AS n, coalesce(max(updated_at), '') AS at FROM reference_edits WHERE kind = 'ministries'").get() as { n: number; at: string };
    const key = `${row.n}|${row.at}`;
    if (!refCache || refCache.key !== key) {
      refCache = { key, refs: ministryRefs(loadReference({ resourcesDir: options.resourcesDir, db }).data.ministries) };
    }
    return refCache.refs;
  }
  const currentMinistries = (): MinistryName[] => ministries().filter((m) => m.current).map(({ key, nameVi, nameEn }) => ({ key, nameVi, nameEn }));

  /** A ministry by key or name, current or former (a former one is its first successor); or an agency already on the list. */
  function resolveMinistry(reviewId: string, value: string): MinistryName {
    const wanted = foldKey(value);
    const refs = ministries();
    const hit = refs.find((m) => m.key === value.trim() || foldKey(m.nameVi) === wanted || foldKey(m.nameEn) === wanted);
    if (hit) {
      const target = hit.current ? hit : refs.find((m) => m.key === hit.successors[0] && m.current);
      if (target) return { key: target.key, nameVi: target.nameVi, nameEn: target.nameEn };
    }
    const listed = store.selectContributors(db, reviewId).find((c) => c.ministry === value.trim() || foldKey(c.nameVi) === wanted || foldKey(c.nameEn) === wanted);
    if (listed) return { key: listed.ministry, nameVi: listed.nameVi, nameEn: listed.nameEn };
    throw inboxErrors.unknownMinistry(value);
  }

  function nameOf(reviewId: string, key: string): MinistryName {
    const ref = ministries().find((m) => m.key === key);
    if (ref) return { key, nameVi: ref.nameVi, nameEn: ref.nameEn };
    const listed = store.selectContributors(db, reviewId).find((c) => c.ministry === key);
    return { key, nameVi: listed?.nameVi ?? key, nameEn: listed?.nameEn ?? key };
  }

  /** A review's round, made on first use with the current ministries (but the requester) as contributors. */
  function ensureRound(reviewId: string): store.RoundRow {
    reviews.getMeta(reviewId); // a clear error for a review that does not exist
    const existing = store.selectRound(db, reviewId);
    if (existing) return existing;
    return withTransaction(db, () => {
      const again = store.selectRound(db, reviewId);
      if (again) return again;
      const at = now().toISOString();
      store.insertRound(db, reviewId, at);
      for (const m of currentMinistries()) {
        if (m.key !== REQUESTER) store.insertContributor(db, { reviewId, ministry: m.key, nameVi: m.nameVi, nameEn: m.nameEn });
      }
      return store.selectRound(db, reviewId)!;
    });
  }

  function metaOf(row: store.ContributionRow, supersededBy: string | null, reviewId: string): ContributionMeta {
    return {
      id: row.id, reviewId: row.reviewId, ministry: nameOf(reviewId, row.ministry), detectedBy: row.detectedBy as DetectedBy,
      fileName: row.fileName, docNumber: row.docNumber, docDate: row.docDate, receivedAt: row.receivedAt, version: row.version,
      supersedes: row.supersedes, supersededBy, lang: row.lang as Lang, words: row.words, blocks: row.blocks,
      sections: JSON.parse(row.sections) as ContributionMeta['sections'],
    };
  }

  function allContributions(reviewId: string): ContributionMeta[] {
    const rows = store.selectContributions(db, reviewId);
    const replacedBy = new Map<string, string>();
    for (const r of rows) if (r.supersedes) replacedBy.set(r.supersedes, r.id);
    return rows.map((r) => metaOf(r, replacedBy.get(r.id) ?? null, reviewId));
  }

  function contribution(id: string): ContributionMeta {
    const row = store.selectContribution(db, id);
    if (!row) throw inboxErrors.contributionNotFound(id);
    return allContributions(row.reviewId).find((c) => c.id === id)!;
  }

  function contentOf(id: string): DocState {
    let content = contents.get(id);
    if (!content) {
      const json = store.selectContributionContent(db, id);
      if (json === null) throw inboxErrors.contributionNotFound(id);
      content = JSON.parse(json) as DocState;
      if (contents.size >= CONTENT_CACHE) contents.delete(contents.keys().next().value!);
      contents.set(id, content); // contributions never change once filed
    }
    return content;
  }

  /** Word keys of a contribution's paragraph, for the similarity with the draft (contributions never change). */
  const keyCache = new Map<string, string[]>();
  function keysOf(id: string, blockIndex: number, text: string): string[] {
    const key = `${id}#${blockIndex}`;
    let keys = keyCache.get(key);
    if (!keys) {
      keys = wordKeys(text);
      if (keyCache.size >= 50_000) keyCache.clear();
      keyCache.set(key, keys);
    }
    return keys;
  }

  /** Which blocks of which contribution the draft uses (from the provenance on its blocks). */
  function usage(reviewId: string): Map<string, Set<number>> {
    const used = new Map<string, Set<number>>();
    for (const block of reviews.get(reviewId).content.root.children) {
      const p = (block as DocBlock & { $?: { provenance?: { reviewId?: unknown; contribution?: { blockIndex?: unknown } } } }).$?.provenance;
      const index = p?.contribution?.blockIndex;
      if (typeof p?.reviewId !== 'string' || typeof index !== 'number') continue;
      let set = used.get(p.reviewId);
      if (!set) used.set(p.reviewId, (set = new Set()));
      set.add(index);
    }
    return used;
  }

  function returnsOf(reviewId: string): ReturnInfo[] {
    return store.selectReturns(db, reviewId).map((r) => ({
      id: r.id, ministry: r.ministry ? nameOf(reviewId, r.ministry) : null, fileName: r.fileName, importedAt: r.importedAt,
      comments: r.comments, changes: r.changes, unanchored: JSON.parse(r.unanchored) as UnanchoredItem[],
    }));
  }

  function board(reviewId: string): Board {
    const round = ensureRound(reviewId);
    const today = isoDay(now());
    const all = allContributions(reviewId);
    const used = usage(reviewId);
    const rows: ContributorRow[] = store.selectContributors(db, reviewId).map((c) => {
      const versions = all.filter((x) => x.ministry.key === c.ministry);
      const latest = versions.at(-1) ?? null;
      const usedBlocks = versions.reduce((n, v) => n + (used.get(v.id)?.size ?? 0), 0);
      const late = round.deadline !== null && c.askedAt !== null && !latest && today > round.deadline;
      const state: ContributorState = latest ? (usedBlocks > 0 ? 'merged' : 'received') : late ? 'late' : c.askedAt ? 'asked' : 'not-asked';
      const received = versions[0]?.receivedAt.slice(0, 10) ?? null;
      return {
        ministry: { key: c.ministry, nameVi: c.nameVi, nameEn: c.nameEn },
        state, askedAt: c.askedAt, remindedAt: c.remindedAt, latest, versions: versions.length,
        receivedLate: round.deadline !== null && received !== null && received > round.deadline,
        usedBlocks: Math.min(usedBlocks, latest?.blocks ?? 0), totalBlocks: latest?.blocks ?? 0,
      };
    });
    const counts = Object.fromEntries(['not-asked', 'asked', 'late', 'received', 'merged'].map((s) => [s, 0])) as Record<ContributorState, number>;
    for (const r of rows) counts[r.state]++;
    return {
      reviewId, deadline: round.deadline, letterNumber: round.letterNumber, circulatedAt: round.circulatedAt,
      today, rows, counts,
      missing: rows.filter((r) => !r.latest).map((r) => r.ministry),
      unused: all.filter((c) => !c.supersededBy && !(used.get(c.id)?.size)),
      returns: returnsOf(reviewId),
    };
  }

  // The meeting date is not the round's: it is the review's own (Properties, the document's chip), which
  // the letter reads, so the letter and the report can never name two different days.
  function setRound(reviewId: string, patch: { deadline?: string | null; letterNumber?: string }): Board {
    ensureRound(reviewId);
    if (patch.deadline && !isIsoDay(patch.deadline)) throw inboxErrors.badDate(patch.deadline);
    store.updateRound(db, reviewId, patch, now().toISOString());
    return board(reviewId);
  }

  /** Adds a ministry (by key or name) or, with `custom`, an agency the reference does not list. */
  function addContributor(reviewId: string, value: string, custom = false): Board {
    ensureRound(reviewId);
    const name = value.normalize('NFC').trim();
    if (custom) {
      if (!name) throw inboxErrors.unknownMinistry(value);
      const key = `x-${foldKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || randomUUID().slice(0, 8)}`;
      store.insertContributor(db, { reviewId, ministry: key, nameVi: name, nameEn: name });
    } else {
      const m = resolveMinistry(reviewId, name);
      store.insertContributor(db, { reviewId, ministry: m.key, nameVi: m.nameVi, nameEn: m.nameEn });
    }
    return board(reviewId);
  }

  function removeContributor(reviewId: string, ministry: string): Board {
    ensureRound(reviewId);
    store.deleteContributor(db, reviewId, ministry);
    return board(reviewId);
  }

  async function readChecked(path: string): Promise<Buffer> {
    const name = basename(path);
    let info;
    try { info = await stat(path); } catch (error) { throw importErrors.unreadable(name, (error as NodeJS.ErrnoException).code ?? String(error)); }
    if (!info.isFile()) throw importErrors.unreadable(name, 'not a file / không phải tệp');
    if (info.size === 0) throw importErrors.empty(name);
    if (info.size > MAX_FILE_BYTES) throw importErrors.tooLarge(name, info.size, MAX_FILE_BYTES);
    return readFile(path);
  }

  async function parse(path: string, buf: Buffer, hash: string, year: number): Promise<ParsedFile> {
    const hit = parsed.get(hash);
    if (hit) return hit;
    const format = formatOf(path);
    if (!format) throw importErrors.unsupported(basename(path));
    const result = await parseOffThread(buf, format, basename(path), year);
    if (parsed.size >= PARSE_CACHE) parsed.delete(parsed.keys().next().value!);
    parsed.set(hash, result);
    return result;
  }

  function detectionOf(file: ParsedFile, fileName: string): MinistryDetection {
    const f = file.meta.fields;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const headerLines = [str(f.agency), str(f.parentAgency), ...str(f.pageHeader).split('\n')].filter((l) => l.trim());
    const textLines = file.content.root.children.slice(0, 12).map((b) => blockText(b as DocBlock)).filter((l) => l.trim());
    return detectMinistry({ headerLines, number: str(f.docNumber), fileName, textLines }, ministries(), REQUESTER);
  }

  const docDateOf = (file: ParsedFile): string | null => (typeof file.meta.fields.docDate === 'string' && isIsoDay(file.meta.fields.docDate) ? file.meta.fields.docDate : null);

  /** What the app makes of each file, before anything is filed (the user confirms the ministry). */
  async function inspect(reviewId: string, paths: readonly string[]): Promise<InspectOutcome[]> {
    const year = reviews.getMeta(reviewId).year;
    const out: InspectOutcome[] = [];
    for (const path of paths) {
      try {
        const buf = await readChecked(path);
        const hash = sha256(buf);
        const file = await parse(path, buf, hash, year);
        const dup = store.selectContributionByHash(db, reviewId, hash);
        out.push({
          file: path, status: 'ok', detection: detectionOf(file, basename(path)), title: file.meta.title,
          docNumber: typeof file.meta.fields.docNumber === 'string' ? file.meta.fields.docNumber : '', docDate: docDateOf(file),
          duplicateOf: dup ? contribution(dup.id) : null,
        });
      } catch (error) {
        const e = errorOf(path, error);
        out.push({ file: path, status: 'error', code: e.code, message: e.message });
      }
    }
    return out;
  }

  /**
   * Files contribution files under a review. `ministry` (key or name) is the user's choice; without it
   * the detected ministry is used, and a file whose sender cannot be told is left unfiled
   * ("needs-ministry"). Each file is one transaction: a failure leaves the others and the library intact.
   */
  async function add(reviewId: string, files: readonly { path: string; ministry?: string }[], onOutcome?: (o: AddOutcome, done: number, total: number) => void): Promise<AddOutcome[]> {
    ensureRound(reviewId);
    const review = reviews.getMeta(reviewId);
    const out: AddOutcome[] = [];
    for (const { path, ministry: chosen } of files) {
      let outcome: AddOutcome;
      try {
        const name = basename(path);
        if (!formatOf(path)) throw importErrors.unsupported(name);
        const buf = await readChecked(path);
        const hash = sha256(buf);
        const dup = store.selectContributionByHash(db, reviewId, hash);
        if (dup) {
          outcome = { file: path, status: 'duplicate', existing: contribution(dup.id) };
        } else {
          const file = await parse(path, buf, hash, review.year);
          const detection = detectionOf(file, name);
          const ministry = chosen ? resolveMinistry(reviewId, chosen) : detection.ministry;
          if (!ministry) {
            outcome = { file: path, status: 'needs-ministry', detection };
          } else {
            const by: DetectedBy = chosen && ministry.key !== detection.ministry?.key ? 'user' : (detection.by ?? 'user');
            const content = file.content;
            const sections = detectSections(content, review.year).map((s) => ({ key: s.key, title: s.title, blockStart: s.blockStart, blockEnd: s.blockEnd }));
            const id = randomUUID();
            const superseded = withTransaction(db, () => {
              if (store.selectContributionByHash(db, reviewId, hash)) throw importErrors.unreadable(name, 'filed meanwhile');
              store.insertContributor(db, { reviewId, ministry: ministry.key, nameVi: ministry.nameVi, nameEn: ministry.nameEn });
              const latest = store.selectLatestVersion(db, reviewId, ministry.key);
              store.insertContribution(db, {
                id, reviewId, ministry: ministry.key, detectedBy: by, fileName: name, fileHash: hash,
                docNumber: typeof file.meta.fields.docNumber === 'string' ? file.meta.fields.docNumber : '', docDate: docDateOf(file),
                receivedAt: now().toISOString(), version: (latest?.version ?? 0) + 1, supersedes: latest?.id ?? null,
                lang: file.meta.lang, content: JSON.stringify(content), sections: JSON.stringify(sections),
                words: wordCount(content), blocks: textBlockIndexes(content).length,
              });
              return latest?.id ?? null;
            });
            parsed.delete(hash);
            outcome = { file: path, status: 'filed', contribution: contribution(id), detection, superseded: superseded ? contribution(superseded) : null };
          }
        }
      } catch (error) {
        outcome = errorOf(path, error);
      }
      out.push(outcome);
      onOutcome?.(outcome, out.length, files.length);
    }
    return out;
  }

  function remove(id: string): Board {
    const c = contribution(id);
    withTransaction(db, () => {
      // The version it superseded becomes the newest again.
      db.prepare('UPDATE inbox_contributions SET supersedes = ? WHERE supersedes = ?').run(c.supersedes, id);
      store.deleteContribution(db, id);
    });
    contents.delete(id);
    return board(c.reviewId);
  }

  /** What changed from the version a contribution superseded, paragraph by paragraph. */
  function changes(id: string): VersionDiff | null {
    const to = contribution(id);
    if (!to.supersedes) return null;
    const from = contribution(to.supersedes);
    const texts = (cid: string) => contentOf(cid).root.children.map((b) => blockText(b as DocBlock).normalize('NFC').replace(/\s+/gu, ' ').trim()).filter(Boolean);
    const parts = diffArrays(texts(from.id), texts(to.id));
    const out: VersionDiff['changes'] = [];
    let unchanged = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (!part.added && !part.removed) { unchanged += part.value.length; continue; }
      const next = parts[i + 1];
      if (part.removed && next?.added) {
        // A removed run followed by an added one: paired as changed paragraphs, the rest as they are.
        const n = Math.min(part.value.length, next.value.length);
        for (let k = 0; k < n; k++) out.push({ kind: 'changed', before: part.value[k]!, after: next.value[k]! });
        for (const v of part.value.slice(n)) out.push({ kind: 'removed', before: v, after: '' });
        for (const v of next.value.slice(n)) out.push({ kind: 'added', before: '', after: v });
        i++;
      } else if (part.removed) for (const v of part.value) out.push({ kind: 'removed', before: v, after: '' });
      else for (const v of part.value) out.push({ kind: 'added', before: '', after: v });
    }
    return { from, to, changes: out, unchanged };
  }

  /** The merge panel: what each ministry's newest version says under one section key. */
  function section(reviewId: string, key: SectionKey): SectionContribution[] {
    const used = usage(reviewId);
    const draft = reviews.get(reviewId);
    const draftSection = selectSections(db, reviewId).filter((s) => s.key === key);
    const draftKeys = draftSection.flatMap((s) => draft.content.root.children.slice(s.blockStart, s.blockEnd))
      .map((b) => wordKeys(blockText(b as DocBlock))).filter((k) => k.length > 0).slice(0, 80);
    const out: SectionContribution[] = [];
    for (const c of allContributions(reviewId)) {
      if (c.supersededBy) continue;
      const content = contentOf(c.id);
      for (const s of c.sections.filter((x) => x.key === key)) {
        const paragraphs: SectionContribution['paragraphs'] = [];
        for (let i = s.blockStart; i < s.blockEnd; i++) {
          // The section's own heading: the draft has its own.
          if (i === s.blockStart && (content.root.children[i] as DocBlock).type === 'heading') continue;
          const text = blockText(content.root.children[i] as DocBlock).trim();
          if (!text) continue;
          const keys = keysOf(c.id, i, text);
          let best = 0;
          for (const d of draftKeys) {
            // A score cannot pass the ratio of the shorter to the longer: most pairs need no distance.
            if (Math.min(d.length, keys.length) / Math.max(d.length, keys.length) < SIMILAR_IN_DRAFT) continue;
            best = Math.max(best, fuzzyScore(keys, d));
          }
          paragraphs.push({ blockIndex: i, text, used: used.get(c.id)?.has(i) ?? false, ...(best >= SIMILAR_IN_DRAFT ? { similarInDraft: Math.floor(best * 100) } : {}) });
        }
        if (paragraphs.length) out.push({ contribution: c, sectionTitle: s.title, blockStart: s.blockStart, blockEnd: s.blockEnd, paragraphs });
      }
    }
    return out.sort((a, b) => a.contribution.ministry.nameVi.localeCompare(b.contribution.ministry.nameVi, 'vi'));
  }

  /** "Bộ Công Thương, 20/11/2026": the ministry and the date on its file (else the day it came in). */
  function sourceLabel(c: ContributionMeta): string {
    return `${c.ministry.nameVi}, ${viDate(c.docDate ?? c.receivedAt)}`;
  }

  /** Blocks [blockStart, blockEnd) of a contribution, each with its provenance, to insert in the draft. */
  function insert(id: string, blockStart: number, blockEnd: number): { blocks: DocBlock[]; label: string } {
    const c = contribution(id);
    const review = reviews.getMeta(c.reviewId);
    const content = contentOf(id);
    const label = sourceLabel(c);
    const blocks: DocBlock[] = [];
    for (let i = Math.max(0, blockStart); i < Math.min(blockEnd, content.root.children.length); i++) {
      const block = structuredClone(content.root.children[i]) as DocBlock;
      if (!blockText(block).trim()) continue;
      const section = c.sections.find((s) => i >= s.blockStart && i < s.blockEnd)?.key ?? null;
      if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'list') {
        block.$ = { provenance: { reviewId: c.id, year: review.year, title: label, section, lang: c.lang, contribution: { ministry: c.ministry.key, blockIndex: i } } };
      }
      blocks.push(block);
    }
    return { blocks, label };
  }

  function readTemplate(name: 'request' | 'reminder'): string {
    const path = join(options.resourcesDir, 'templates', 'letters', `${name}.vi.md`);
    try { return readFileSync(path, 'utf8'); } catch (error) { throw inboxErrors.templateMissing(path, error instanceof Error ? error.message : String(error)); }
  }

  /** The request letter to every contributor, or the reminder to the late ones, written to `path` (.docx). */
  async function letter(reviewId: string, opts: { path: string; reminder?: boolean }): Promise<{ path: string; bytes: number; recipients: MinistryName[] }> {
    if (extname(opts.path).toLowerCase() !== '.docx') throw inboxErrors.badExtension(opts.path);
    const b = board(reviewId);
    const review = reviews.getMeta(reviewId);
    const meetingDay = meetingDayOf(review.fields, reviews.get(reviewId).content, review.year);
    const recipients = opts.reminder ? b.rows.filter((r) => r.state === 'late').map((r) => r.ministry) : b.rows.map((r) => r.ministry);
    if (opts.reminder && recipients.length === 0) throw inboxErrors.noneLate();
    if (recipients.length === 0) throw inboxErrors.noContributors();
    const base = options.exportSettings(reviewId);
    const today = isoDay(now());
    const wanted = selectSections(db, reviewId).filter((s) => !['meeting', 'closing', 'other'].includes(s.key)).map((s) => plainTitle(s.title));
    const sections = [...new Set(wanted)].map((t) => `- ${t};`);
    if (sections.length === 0) {
      sections.push(`- Kết quả triển khai hợp tác ASEAN năm ${review.year} trong lĩnh vực Quý Cơ quan phụ trách;`, '- Đánh giá chung: thuận lợi, khó khăn, bài học kinh nghiệm;', `- Phương hướng, ưu tiên hợp tác năm ${review.year + 1};`, '- Kiến nghị, đề xuất.');
    } else sections[sections.length - 1] = sections[sections.length - 1]!.replace(/;$/u, '.');
    const askedDates = b.rows.map((r) => r.askedAt).filter((d): d is string => d !== null).sort();
    const values: Record<string, string> = {
      year: String(review.year), nextYear: String(review.year + 1),
      deadline: b.deadline ? viDate(b.deadline) : '…',
      meeting: meetingDay ? ` dự kiến tổ chức ngày ${viDate(meetingDay)}` : '',
      sections: sections.join('\n'),
      askedDate: askedDates[0] ? viDate(askedDates[0]) : '…',
      letterNumber: b.letterNumber ? ` số ${b.letterNumber}` : '',
    };
    const summary = opts.reminder
      ? `V/v đề nghị khẩn trương gửi báo cáo đóng góp cho Báo cáo tổng kết hợp tác ASEAN năm ${review.year}`
      : `V/v đề nghị đóng góp cho Báo cáo tổng kết tình hình hợp tác ASEAN năm ${review.year} và phương hướng năm ${review.year + 1}`;
    // A letter goes out in the Ministry's name, signed for the Minister by the ASEAN Department, unless the
    // review's export settings say otherwise.
    const noAgency = !base.agency.trim() && !base.parentAgency.trim();
    const settings: ExportSettings = {
      ...base, profile: 'decree30', number: opts.reminder ? '' : b.letterNumber, date: today, summary,
      ...(noAgency ? { agency: LETTER_AGENCY } : {}),
      signingAuthority: base.signingAuthority.some((l) => l.trim()) ? base.signingAuthority : [...LETTER_SIGNING],
      addressees: [], distribution: ['Như trên', 'Lưu: VT, ASEAN'],
    };
    const bytes = await letterDocx({ settings, addressees: recipients.map((r) => r.nameVi), paragraphs: fillTemplate(readTemplate(opts.reminder ? 'reminder' : 'request'), values) });
    writeFileAtomic(opts.path, bytes);
    // Recorded only once the letter is written: a failed export leaves the board as it was.
    store.markContributors(db, reviewId, recipients.map((r) => r.key), opts.reminder ? 'reminded_at' : 'asked_at', today);
    return { path: opts.path, bytes: bytes.length, recipients };
  }

  /**
   * Commented drafts that came back: each file's Word comments and tracked changes placed on the draft
   * (as comment marks and review-change marks, by author and ministry), what could not be placed kept
   * with the return. One save per file, after a version of the draft as it was: nothing is lost.
   */
  async function importReturns(reviewId: string, files: readonly { path: string; ministry?: string }[]): Promise<ReturnOutcome[]> {
    ensureRound(reviewId);
    const out: ReturnOutcome[] = [];
    for (const { path, ministry: chosen } of files) {
      const name = basename(path);
      try {
        if (extname(path).toLowerCase() !== '.docx') throw inboxErrors.returnNotDocx(name);
        const buf = await readChecked(path);
        const hash = sha256(buf);
        const dup = store.selectReturnByHash(db, reviewId, hash);
        if (dup) { out.push({ file: path, status: 'duplicate', returnId: dup.id }); continue; }
        const returned = readReturnedDocx(buf, name);
        const detected = detectMinistry({ headerLines: [], number: '', fileName: name, textLines: [] }, ministries(), REQUESTER).ministry;
        const ministry = chosen ? resolveMinistry(reviewId, chosen) : detected;
        const id = randomUUID();
        const result = withTransaction(db, () => {
          const draft = reviews.get(reviewId);
          const anchored = anchorReturned(draft.content, returned, { ministry, idPrefix: `r${id.slice(0, 8)}-` });
          if (anchored.comments + anchored.changes > 0) {
            reviews.save(reviewId, draft.content, 'manual'); // the draft as it was, kept in its history
            reviews.save(reviewId, anchored.content, 'manual');
          }
          store.insertReturn(db, {
            id, reviewId, ministry: ministry?.key ?? null, fileName: name, fileHash: hash, importedAt: now().toISOString(),
            comments: anchored.comments, changes: anchored.changes, unanchored: JSON.stringify(anchored.unanchored),
          });
          return anchored;
        });
        out.push({ file: path, status: 'imported', returnId: id, ministry, comments: result.comments, changes: result.changes, unanchored: result.unanchored });
      } catch (error) {
        const e = errorOf(path, error);
        out.push({ file: path, status: 'error', code: e.code, message: e.message });
      }
    }
    return out;
  }

  /** "Circulate for comments": the draft exported for the ministries, the day recorded on the board. */
  function markCirculated(reviewId: string): Board {
    ensureRound(reviewId);
    store.updateRound(db, reviewId, { circulatedAt: now().toISOString() }, now().toISOString());
    return board(reviewId);
  }

  return {
    importReturns, markCirculated,
    ministries: currentMinistries, board, setRound, addContributor, removeContributor, inspect, add, remove, changes, section, insert, letter,
    contribution: (id: string) => ({ meta: contribution(id), content: contentOf(id) }),
    sourceLabel, resolveMinistry, returnsOf, usage,
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
