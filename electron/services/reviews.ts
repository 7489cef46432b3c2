// Review lifecycle: create, edit metadata, duplicate, trash/restore/empty, save with versions.
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { withTransaction } from '../store/db.ts';
import * as store from '../store/reviews.ts';
import { insertVersion, selectLatestVersionTime, thinAutosaves } from '../store/versions.ts';
import type { DocBlock, DocState } from '../shared/doc.ts';
import { emptyDoc, normalizeDoc, normalizeNodeInPlace, wordCount } from '../shared/doc-build.ts';
import type { Lang, Review, ReviewFields, ReviewKind, ReviewMeta, ReviewStatus, VersionReason } from '../shared/review.ts';
import { errors } from '../shared/errors.ts';
import type { ReviewHooks } from './hooks.ts';
import { nowIso } from './clock.ts';
import { contentJson, spliceBlockJson } from './contentJson.ts';
import { meetingDateChip, withMeetingDate } from '../drafting/fields/meeting-date.ts';
import { parseMeetingDate } from '../shared/meeting-date.ts';
import { fillTitlePlaceholders, titlePlaceholders } from '../shared/fields.ts';
import { visitFields } from '../drafting/templates/format.ts';

/** reviews:saveBlocks: what changed since the save at baseUpdatedAt (see saveBlocks). */
export interface BlockSplice {
  baseUpdatedAt: string;
  start: number;
  deleteCount: number;
  blocks: DocBlock[];
  blockCount: number;
}

/** Autosaves leave a version at most this often; every manual save leaves one. */
export const AUTOSAVE_VERSION_INTERVAL_MS = 60_000;
export const AUTOSAVES_KEPT = 50;

export interface NewReview {
  title: string;
  year: number;
  lang: Lang;
  kind?: ReviewKind;
  status?: ReviewStatus;
  fields?: ReviewFields;
  content?: DocState;
  translationOf?: string | null;
}

export interface MetaPatch {
  title?: string;
  year?: number;
  lang?: Lang;
  kind?: ReviewKind;
  status?: ReviewStatus;
  fields?: ReviewFields;
  translationOf?: string | null;
}

export function createReviewsService(db: Db, hooks: ReviewHooks) {
  function requireReview(id: string): Review {
    const review = store.selectReview(db, id);
    if (!review) throw errors.reviewNotFound(id);
    return review;
  }

  function requireMeta(id: string): ReviewMeta {
    const meta = store.selectReviewMeta(db, id);
    if (!meta) throw errors.reviewNotFound(id);
    return meta;
  }

  /** Tells the listeners (sections, search index); pass the review when it is in hand, to skip a re-read. */
  function notifyChanged(id: string, review?: Review): void {
    if (hooks.changed.length === 0) return;
    const current = review ?? requireReview(id);
    for (const listener of hooks.changed) listener(current);
  }

  function addVersion(id: string, reason: VersionReason, content: DocState, at: string, json = JSON.stringify(content)): void {
    insertVersion(db, id, reason, json, wordCount(content), at);
  }

  function create(input: NewReview, reason: VersionReason = 'create'): ReviewMeta {
    const at = nowIso();
    const review: Review = {
      id: randomUUID(),
      title: input.title.normalize('NFC').trim(),
      kind: input.kind ?? 'report',
      lang: input.lang,
      year: input.year,
      status: input.status ?? 'draft',
      fields: input.fields ?? {},
      translationOf: input.translationOf ?? null,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      content: normalizeDoc(input.content ?? emptyDoc()),
    };
    return withTransaction(db, () => {
      store.insertReview(db, review);
      addVersion(review.id, reason, review.content, at);
      notifyChanged(review.id, review);
      const { content: _content, ...meta } = review;
      return meta;
    });
  }

  function update(id: string, patch: MetaPatch): ReviewMeta {
    return withTransaction(db, () => {
      const before = requireMeta(id);
      // A new meeting day set here (Properties, the contributions board, the CLI) fills the document's
      // meeting-date chips too, so the report and the review's date never name two days (the editor does
      // the same to its live copy; see meetingChipValue).
      const meeting = patch.fields?.meetingDate;
      if (meeting !== undefined && meeting !== before.fields.meetingDate && !before.deletedAt) {
        const content = storedContent(id);
        const filled = withMeetingDate(content, typeof meeting === 'string' ? meeting : null, patch.year ?? before.year, patch.lang ?? before.lang);
        if (filled !== content) saveNormalized(id, normalizeDoc(filled), 'autosave');
      }
      // As that save left it (it may have filled a "[Ngày họp]" in the title).
      const meta = requireMeta(id);
      const next: ReviewMeta = {
        ...meta,
        ...(patch.title !== undefined && { title: patch.title.normalize('NFC').trim() }),
        ...(patch.year !== undefined && { year: patch.year }),
        ...(patch.lang !== undefined && { lang: patch.lang }),
        ...(patch.kind !== undefined && { kind: patch.kind }),
        ...(patch.status !== undefined && { status: patch.status }),
        ...(patch.translationOf !== undefined && { translationOf: patch.translationOf }),
        fields: patch.fields ? { ...meta.fields, ...patch.fields } : meta.fields,
        updatedAt: nowIso(),
      };
      store.updateReviewMeta(db, next);
      notifyChanged(id);
      return next;
    });
  }

  /** A copy is titled "<title> (bản sao)", then "(bản sao 2)"…, so two copies never look the same. A copy
   *  of a copy starts from the original's title. */
  function duplicate(id: string, copySuffix = ' (bản sao)'): ReviewMeta {
    const source = requireReview(id);
    const word = copySuffix.trim().replace(/^\(|\)$/g, '');
    const base = source.title.replace(/\s+\((?:bản sao|copy)(?: \d+)?\)$/iu, '');
    const taken = new Set([...store.selectReviewMetas(db, false), ...store.selectReviewMetas(db, true)].map((r) => r.title));
    let title = `${base} (${word})`;
    for (let n = 2; taken.has(title); n += 1) title = `${base} (${word} ${n})`;
    return create({ ...source, title, status: 'draft', translationOf: null, content: source.content });
  }

  function setDeleted(id: string, deleted: boolean): ReviewMeta {
    return withTransaction(db, () => {
      const meta = requireMeta(id);
      const next = { ...meta, deletedAt: deleted ? nowIso() : null };
      store.updateReviewMeta(db, next);
      return next;
    });
  }

  /**
   * Writes the editor's content. Autosaves leave a version at most once a minute; manual saves always.
   * expectedUpdatedAt guards against overwriting a change made by another writer (another window, the CLI).
   */
  function save(id: string, content: DocState, reason: 'autosave' | 'manual', expectedUpdatedAt?: string): ReviewMeta {
    const normalized = normalizeDoc(content);
    return withTransaction(db, () => {
      // Only a draft with a meeting-date chip needs what it replaces (to see whether the chip changed).
      const chip = meetingDateChip(normalized.root.children);
      const before = chip === undefined ? undefined : meetingDateChip(storedContent(id).root.children);
      return saveNormalized(id, normalized, reason, expectedUpdatedAt, undefined, chip !== before ? chip : undefined);
    });
  }

  function titleWithFields(title: string, content: DocState): string {
    if (titlePlaceholders(title).length === 0) return title;
    const values = new Map<string, string>();
    visitFields(content, (f) => { if (f.text.trim() && !values.has(f.name)) values.set(f.name, f.text.trim()); });
    return fillTitlePlaceholders(title, values);
  }

  /** The stored content, from the last save's copy while it is still what is stored. */
  function storedContent(id: string): DocState {
    const meta = requireMeta(id);
    return lastSaved?.id === id && lastSaved.updatedAt === meta.updatedAt ? lastSaved.content : requireReview(id).content;
  }

  /**
   * The content last written by save, with the time it was written: a splice (saveBlocks, twice a second
   * while the user types) starts from it instead of parsing the stored JSON again (~30 ms on a 200-page
   * review), and the JSON text of its blocks, so that only the blocks a splice brings are stringified
   * (contentJson.ts). Valid only while the stored review's updated_at is that time: any other write
   * changes it.
   */
  let lastSaved: { id: string; updatedAt: string; content: DocState; blockJson: readonly string[] } | null = null;

  /** save() of content already in NFC (a fresh object the caller gives up); `blockJson`: its blocks' JSON
   *  texts, when the caller has them; `meetingChip`: the {{meetingDate}} chip's value when this save
   *  changes it. */
  function saveNormalized(id: string, normalized: DocState, reason: 'autosave' | 'manual', expectedUpdatedAt?: string, blockJson?: readonly string[], meetingChip?: string): ReviewMeta {
    return withTransaction(db, () => {
      const meta = requireMeta(id);
      if (meta.deletedAt) throw errors.inTrash(meta.title);
      if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== meta.updatedAt) throw errors.staleSave();
      const at = nowIso();
      const { json, blocks } = contentJson(normalized, blockJson);
      store.updateReviewContent(db, id, json, at);
      const lastVersion = selectLatestVersionTime(db, id);
      const due = !lastVersion || Date.parse(at) - Date.parse(lastVersion) >= AUTOSAVE_VERSION_INTERVAL_MS;
      if (reason === 'manual' || due) {
        addVersion(id, reason, normalized, at, json);
        if (reason === 'autosave') thinAutosaves(db, id, AUTOSAVES_KEPT);
      }
      // The date typed in the document's meeting-date chip is the review's meeting date (the library's
      // "Ngày họp", Properties, the check's as-of date): one fact, not two that drift apart.
      const day = meetingChip === undefined ? null : parseMeetingDate(meetingChip, meta.year);
      const fields = day && day !== meta.fields.meetingDate ? { ...meta.fields, meetingDate: day } : meta.fields;
      // A title made from a template with a field still empty ("… của [Người chủ trì] tại …") takes the
      // field's value once the document has one.
      const title = titleWithFields(meta.title, normalized);
      const saved = { ...meta, title, fields, updatedAt: at };
      if (fields !== meta.fields || title !== meta.title) store.updateReviewMeta(db, saved);
      notifyChanged(id, { ...saved, content: normalized });
      lastSaved = { id, updatedAt: at, content: normalized, blockJson: blocks };
      return saved;
    });
  }

  /**
   * An autosave of the blocks that changed since the save at baseUpdatedAt: stored blocks
   * start..start+deleteCount are replaced by `blocks`, then it is saved like any content. Refused when
   * the stored review changed since baseUpdatedAt or the splice does not fit it (the caller then saves
   * the whole content, which also tells a real conflict from another writer).
   */
  function saveBlocks(id: string, splice: BlockSplice, reason: 'autosave' | 'manual'): ReviewMeta {
    return withTransaction(db, () => {
      const meta = requireMeta(id);
      if (meta.updatedAt !== splice.baseUpdatedAt) throw errors.staleSave();
      const cached = lastSaved?.id === id && lastSaved.updatedAt === meta.updatedAt ? lastSaved : null;
      const stored = cached ? cached.content : requireReview(id).content;
      const children = stored.root.children;
      const fits = splice.start + splice.deleteCount <= children.length
        && children.length - splice.deleteCount + splice.blocks.length === splice.blockCount;
      if (!fits) throw errors.invalidArgument(`the splice does not fit the stored content (${children.length} blocks)`);
      // The stored blocks are in NFC already (every save normalizes): only the new ones are normalized, and
      // the stored ones are shared, not copied (nothing mutates a saved state).
      const added = splice.blocks.map((block) => normalizeNodeInPlace(structuredClone(block)));
      const next = children.slice(0, splice.start).concat(added, children.slice(splice.start + splice.deleteCount));
      const blockJson = cached ? spliceBlockJson(cached.blockJson, splice.start, splice.deleteCount, added.map((b) => JSON.stringify(b))) : undefined;
      const chip = meetingDateChip(added);
      const before = chip === undefined ? undefined : meetingDateChip(children.slice(splice.start, splice.start + splice.deleteCount));
      return saveNormalized(id, { ...stored, root: { ...stored.root, children: next } }, reason, splice.baseUpdatedAt, blockJson, chip !== before ? chip : undefined);
    });
  }

  /** Replaces the content with an older version, keeping the current state as a 'pre-restore' version. */
  function restoreContent(id: string, content: DocState): Review {
    return withTransaction(db, () => {
      const current = requireReview(id);
      if (current.deletedAt) throw errors.inTrash(current.title);
      const at = nowIso();
      addVersion(id, 'pre-restore', current.content, at);
      const json = JSON.stringify(content);
      const restoredAt = nowIso();
      store.updateReviewContent(db, id, json, restoredAt);
      addVersion(id, 'restore', content, nowIso(), json);
      const restored = { ...current, updatedAt: restoredAt, content };
      notifyChanged(id, restored);
      return restored;
    });
  }

  /** Deletes for good the listed reviews that are in the trash (all of the trash when no list is given). */
  function emptyTrash(ids?: readonly string[]): number {
    return withTransaction(db, () => {
      const deleted = store.deleteReviewsInTrash(db, ids ?? store.selectReviewMetas(db, true).map((r) => r.id));
      for (const listener of hooks.purged) listener(deleted);
      return deleted.length;
    });
  }

  return {
    list: (trash = false) => store.selectReviewMetas(db, trash),
    get: requireReview,
    getMeta: requireMeta,
    create,
    update,
    duplicate,
    trash: (id: string) => setDeleted(id, true),
    restore: (id: string) => setDeleted(id, false),
    emptyTrash,
    save,
    saveBlocks,
    restoreContent,
  };
}

export type ReviewsService = ReturnType<typeof createReviewsService>;
