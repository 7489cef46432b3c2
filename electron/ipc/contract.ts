// The one IPC contract: channel "domain:verb" -> zod schema of the argument -> result type.
// The preload, the handler edge, the browser-mode bridge and the renderer's typed API all derive from it.
import { z } from 'zod';
import type { DocBlock, DocState } from '../shared/doc.ts';
import type { Review, ReviewMeta, Settings, Version, VersionMeta } from '../shared/review.ts';
import { LANGS, REVIEW_KINDS, REVIEW_STATUSES } from '../shared/review.ts';
import type { Section, SectionKey } from '../shared/sections.ts';
import { SECTION_KEYS } from '../shared/sections.ts';
import type { ExportResult, ExportSettings } from '../shared/export.ts';
import { EXPORT_PROFILES } from '../shared/export.ts';
import type { ImportJobStatus, SearchHit } from '../shared/library.ts';
import type { SerializedError } from '../shared/errors.ts';
// drafting (issue 10)
import type { NewReviewResult, TemplateInfo } from '../drafting/types.ts';
import type { FileProblem } from '../drafting/problems.ts';
import type { Finding } from '../drafting/check/types.ts';
import type { Reference } from '../drafting/reference/build.ts';
import type { RefEntry } from '../drafting/reference/schema.ts';
import type { EntrySave } from '../drafting/reference/entry.ts';
import type { RefForms } from '../drafting/reference/fields.ts';
// ship (issue 13)
import type { BackupInfo } from '../backup/backups.ts';
import type { BackupStatus } from '../backup/service.ts';
import type { ArchiveManifest } from '../archive/format.ts';
import type { ImportPlan, ImportResult } from '../archive/import.ts';
import type { ConcordanceLine, ReuseCount, RolledInsert, SectionVersion, SimilarParagraph } from '../shared/reuse.ts';
// tm (issue 12)
import type { Alignment, GlossaryFinding, GlossaryTermView, PairInfo, SegmentView, TmMatch, TranslationSummary } from '../shared/tm.ts';
// inbox (issue 14)
import type { AddOutcome, Board, ContributionMeta, InspectOutcome, MinistryName, ReturnOutcome, SectionContribution, VersionDiff } from '../shared/inbox.ts';
// library (issue 15)
import type { LibraryPage, ReviewLink } from '../shared/library-page.ts';
// library (issue 15, lib2)
import type { ReviewChoices, TrashPage } from '../shared/library-page.ts';

/** Phantom marker for a channel's result type (never called at run time for its value). */
function result<T>(): T {
  return undefined as T;
}

const id = z.string().min(1).max(100);
const year = z.number().int().min(1967).max(2200);
const title = z.string().trim().min(1).max(500);
/** inbox (issue 14): a calendar day. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Structural check of an editor state (root with typed children); the exporter and the importers
 *  check node types in depth, so a deep schema here would only slow every autosave down. */
const docStateShape = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(z.looseObject({ type: z.string() })),
  }),
});
const docState = z.custom<DocState>((value) => docStateShape.safeParse(value).success, {
  message: 'not an editor state (expected { root: { type: "root", children: [...] } })',
});

/** JSON text whose parsed value must pass `shape` (`what` names it in the refusal). */
function jsonText<T>(shape: z.ZodType, what: string) {
  return z.string().max(256 * 2 ** 20).transform((text, ctx): T => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
    if (!shape.safeParse(value).success) {
      ctx.addIssue({ code: 'custom', message: `not ${what}` });
      return z.NEVER;
    }
    return value as T;
  });
}

/**
 * The same state as JSON text: what the editor sends when it autosaves. The editor keeps each block's
 * JSON text between saves, so sending text costs it a string join; a structured-clone of the object tree
 * (tens of thousands of objects in a 200-page review) would stall typing every half second.
 */
const docStateJson = jsonText<DocState>(docStateShape, 'an editor state (expected { root: { type: "root", children: [...] } })');
/** Top-level blocks as JSON text (an array), for reviews:saveBlocks. */
const blocksJson = jsonText<DocBlock[]>(docStateShape.shape.root.shape.children, 'a list of blocks (expected [{ type: "…" }, …])');

const fieldValue = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]);

const exportSettings = z.object({
  profile: z.enum(EXPORT_PROFILES),
  parentAgency: z.string().max(200),
  agency: z.string().max(200),
  number: z.string().max(100),
  place: z.string().max(100),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  summary: z.string().max(1000),
  addressees: z.array(z.string().max(300)).max(50),
  distribution: z.array(z.string().max(300)).max(50),
  signingAuthority: z.array(z.string().max(200)).max(5),
  signerName: z.string().max(200),
  includeCaptions: z.boolean().optional(),
}) satisfies z.ZodType<ExportSettings>;

// library (issue 15): the list filters that apply without a search query
const libraryFilters = z.object({
  yearFrom: year.optional(),
  yearTo: year.optional(),
  lang: z.enum(LANGS).optional(),
  kind: z.enum(REVIEW_KINDS).optional(),
});

/** Chromium app (issue 8): largest file staged from the page (the importer's own 50 MB limit applies after). */
export const MAX_STAGED_BYTES = 64 * 1024 * 1024;

export const contract = {
  'app:info': { input: z.object({}), output: result<{ version: string; dataDir: string; mode: 'electron' | 'browser'; frontEnd: 'electron' | 'chromium-app' | 'test-bridge' | 'cli' }>() },
  'settings:get': { input: z.object({}), output: result<Settings>() },
  'settings:set': {
    input: z.object({
      locale: z.enum(LANGS).optional(),
      lastOpenReviewId: id.nullable().optional(),
    }),
    output: result<Settings>(),
  },

  'reviews:list': { input: z.object({ trash: z.boolean().optional() }), output: result<ReviewMeta[]>() },
  'reviews:get': { input: z.object({ id }), output: result<Review>() },
  'reviews:create': {
    input: z.object({ title, year, lang: z.enum(LANGS), kind: z.enum(REVIEW_KINDS).optional() }),
    output: result<ReviewMeta>(),
  },
  'reviews:update': {
    input: z.object({
      id,
      patch: z.object({
        title: title.optional(),
        year: year.optional(),
        lang: z.enum(LANGS).optional(),
        kind: z.enum(REVIEW_KINDS).optional(),
        status: z.enum(REVIEW_STATUSES).optional(),
        fields: z.record(z.string().max(100), fieldValue).optional(),
      }),
    }),
    output: result<ReviewMeta>(),
  },
  'reviews:duplicate': { input: z.object({ id }), output: result<ReviewMeta>() },
  'reviews:delete': { input: z.object({ id }), output: result<ReviewMeta>() },
  'reviews:restore': { input: z.object({ id }), output: result<ReviewMeta>() },
  /** Deletes for good the trashed reviews the user saw listed (not ones trashed since, e.g. by the CLI). */
  'reviews:emptyTrash': { input: z.object({ ids: z.array(id).max(100_000) }), output: result<{ deleted: number }>() },
  'reviews:save': {
    input: z.object({
      id,
      content: z.union([docState, docStateJson]),
      reason: z.enum(['autosave', 'manual']),
      /** The updatedAt the editor loaded; a mismatch means another writer changed the review. */
      expectedUpdatedAt: z.string().optional(),
    }),
    output: result<ReviewMeta>(),
  },
  /**
   * An autosave that sends only the top-level blocks that changed since the save it follows: blocks
   * start..start+deleteCount of that saved content are replaced by `blocks`. Refused (and the editor then
   * saves the whole content) when the stored review is no longer the one saved at baseUpdatedAt.
   */
  'reviews:saveBlocks': {
    input: z.object({
      id,
      baseUpdatedAt: z.string().min(1),
      start: z.number().int().min(0),
      deleteCount: z.number().int().min(0),
      blocks: blocksJson,
      /** How many blocks the content has after the splice: both sides must agree on what they spliced. */
      blockCount: z.number().int().min(0),
    }),
    output: result<ReviewMeta>(),
  },

  'versions:list': { input: z.object({ reviewId: id }), output: result<VersionMeta[]>() },
  'versions:get': { input: z.object({ id: z.number().int().positive() }), output: result<Version>() },
  'versions:restore': {
    input: z.object({ reviewId: id, versionId: z.number().int().positive() }),
    output: result<Review>(),
  },

  'dialog:pickImport': { input: z.object({ mode: z.enum(['files', 'folder', 'archive']) }), output: result<string[] | null>() },
  'dialog:pickExport': {
    input: z.object({ defaultName: z.string().max(255), ext: z.enum(['docx', 'pdf', 'rdlib']) }),
    output: result<string | null>(),
  },
  'dialog:confirm': {
    input: z.object({ message: z.string().max(2000), detail: z.string().max(2000).optional() }),
    output: result<boolean>(),
  },

  'import:start': { input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }), output: result<ImportJobStatus>() },
  'import:status': { input: z.object({ jobId: id }), output: result<ImportJobStatus>() },
  'import:cancel': { input: z.object({ jobId: id }), output: result<ImportJobStatus>() },

  'search:query': {
    input: z.object({
      q: z.string().max(1000),
      yearFrom: year.optional(),
      yearTo: year.optional(),
      lang: z.enum(LANGS).optional(),
      kind: z.enum(REVIEW_KINDS).optional(),
      section: z.enum(SECTION_KEYS).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    output: result<SearchHit[]>(),
  },

  'sections:list': { input: z.object({ reviewId: id }), output: result<Section[]>() },
  'sections:setKey': {
    input: z.object({ reviewId: id, ordinal: z.number().int().min(0), key: z.enum(SECTION_KEYS) }),
    output: result<Section[]>(),
  },

  'export:settings': { input: z.object({ reviewId: id }), output: result<ExportSettings>() },
  'export:docx': {
    // marks: what to do with pending roll-forward marks (reuse); without it an export with marks is refused.
    input: z.object({ reviewId: id, settings: exportSettings, path: z.string().min(1).max(4096), marks: z.enum(['accept', 'track']).optional() }),
    output: result<ExportResult>(),
  },
  'export:pdf': {
    input: z.object({ reviewId: id, settings: exportSettings, path: z.string().min(1).max(4096), marks: z.enum(['accept', 'track']).optional() }),
    output: result<ExportResult>(),
  },

  'shell:openExternal': { input: z.object({ url: z.url({ protocol: /^https?$/ }) }), output: result<void>() },
  /** Shows an exported file in the system's file manager; false where the shell cannot (browser mode). */
  'shell:showInFolder': { input: z.object({ path: z.string().min(1).max(4096) }), output: result<boolean>() },

  // Chromium app (issue 8, wt/app): files the user picked in the page cross as base64 bytes; the main
  // side answers with paths it placed itself (see electron/chromium-app/files-port.ts).
  'files:stage': {
    input: z.object({
      batch: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
      path: z.string().min(1).max(1000),
      data: z.string().max(Math.ceil(MAX_STAGED_BYTES / 3) * 4),
    }),
    output: result<{ path: string }>(),
  },
  'files:take': { input: z.object({ path: z.string().min(1).max(4096) }), output: result<{ name: string; data: string }>() },
  // drafting (issue 10)
  'drafting:templates': { input: z.object({}), output: result<{ templates: TemplateInfo[]; problems: FileProblem[] }>() },
  'drafting:defaultBuildOn': { input: z.object({ year, lang: z.enum(LANGS), kind: z.enum(REVIEW_KINDS) }), output: result<ReviewMeta | null>() },
  /** The document of this year's meeting a new draft takes its meeting facts from (the dialog says so), or null. */
  'drafting:sameMeeting': { input: z.object({ year, lang: z.enum(LANGS) }), output: result<{ title: string; facts: string[] } | null>() },
  'drafting:newReview': {
    input: z.object({
      year, lang: z.enum(LANGS), kind: z.enum(REVIEW_KINDS),
      template: z.string().min(1).max(200).optional(),
      from: z.string().min(1).max(100).optional(),
    }),
    output: result<NewReviewResult>(),
  },
  'drafting:saveAsTemplate': { input: z.object({ reviewId: id, name: z.string().max(200) }), output: result<TemplateInfo>() },
  // templates screen: the draft a template makes (for a year, no past review), and the user's own templates
  'drafting:previewTemplate': { input: z.object({ id: z.string().min(1).max(200), year: z.number().int().min(1967).max(2200) }), output: result<{ title: string; content: DocState }>() },
  'drafting:renameTemplate': { input: z.object({ id: z.string().min(1).max(200), name: z.string().max(200) }), output: result<void>() },
  'drafting:deleteTemplate': { input: z.object({ id: z.string().min(1).max(200) }), output: result<{ kept: string }>() },
  'drafting:restoreTemplate': { input: z.object({ kept: z.string().min(1).max(255) }), output: result<{ file: string }>() },
  'drafting:check': { input: z.object({ reviewId: id, content: docState.optional() }), output: result<Finding[]>() },
  'reference:list': { input: z.object({}), output: result<Reference>() },
  'reference:set': {
    input: z.object({ kind: z.string().min(1).max(40), key: z.string().min(1).max(100), field: z.string().min(1).max(60), value: z.string().max(2000) }),
    output: result<RefEntry | null>(),
  },
  'reference:reset': { input: z.object({ kind: z.string().min(1).max(40), key: z.string().min(1).max(100), field: z.string().min(1).max(60) }), output: result<boolean>() },
  // reference data screen: whole-entry form. The fields of each kind with their inputs; a whole entry
  // saved all or nothing (refusals come back field by field in the value, not as an error).
  'reference:forms': { input: z.object({}), output: result<RefForms>() },
  /** An entry the user added, removed; the token lets 'reference:restore' put it back (Undo, this session). */
  'reference:removeEntry': { input: z.object({ kind: z.string().min(1).max(40), key: z.string().min(1).max(100) }), output: result<{ token: string }>() },
  'reference:restore': { input: z.object({ token: z.string().min(1).max(100) }), output: result<boolean>() },
  'reference:setEntry': {
    input: z.object({
      kind: z.string().min(1).max(40),
      mode: z.enum(['add', 'edit']),
      /** '' for a new entry whose key is made from a field (chairs: year, summits: number). */
      key: z.string().max(100),
      values: z.record(z.string().min(1).max(60), z.string().max(2000)).refine((v) => Object.keys(v).length <= 40, { message: 'at most 40 fields' }),
    }),
    output: result<EntrySave>(),
  },
  // ship (issue 13): backups and library archives
  'backup:status': { input: z.object({}), output: result<BackupStatus>() },
  'backup:now': { input: z.object({}), output: result<BackupInfo>() },
  /** file: a name from backup:status (never a path); the current state is backed up first. */
  'backup:restore': { input: z.object({ file: z.string().min(1).max(255) }), output: result<{ restored: BackupInfo; safetyCopy: BackupInfo }>() },
  'backup:setFolder': { input: z.object({ path: z.string().min(1).max(4096) }), output: result<BackupStatus>() },
  'archive:export': { input: z.object({ path: z.string().min(1).max(4096), ids: z.array(id).max(100_000).optional() }), output: result<ArchiveManifest>() },
  'archive:inspect': { input: z.object({ path: z.string().min(1).max(4096) }), output: result<ImportPlan>() },
  /** The next .rdlib the OS opened the app with (file association), or null. */
  'archive:takeOpened': { input: z.object({}), output: result<string | null>() },
  'archive:import': {
    input: z.object({
      path: z.string().min(1).max(4096),
      reviews: z.record(id, z.enum(['mine', 'theirs', 'both'])).optional(),
      library: z.record(z.string().max(2000), z.enum(['mine', 'theirs'])).optional(),
    }),
    output: result<{ plan: ImportPlan; result: ImportResult }>(),
  },
  // --- reuse (issue 11): reuse panel, roll-forward, stale-fact check ---
  /** The section key of a block of a saved review (the section under the caret). */
  'reuse:sectionAt': { input: z.object({ reviewId: id, blockIndex: z.number().int().min(0) }), output: result<SectionKey | null>() },
  'reuse:sections': { input: z.object({ reviewId: id, key: z.enum(SECTION_KEYS) }), output: result<SectionVersion[]>() },
  'reuse:similar': {
    input: z.object({ text: z.string().max(20_000), lang: z.enum(LANGS).optional(), excludeReviewId: id.optional(), limit: z.number().int().min(1).max(50).optional() }),
    output: result<SimilarParagraph[]>(),
  },
  'reuse:concordance': {
    input: z.object({ phrase: z.string().min(1).max(500), lang: z.enum(LANGS).optional(), excludeReviewId: id.optional(), limit: z.number().int().min(1).max(1000).optional() }),
    output: result<ConcordanceLine[]>(),
  },
  /** Blocks of a past review brought to `toYear`, every change a mark, with provenance. */
  'reuse:roll': {
    input: z.object({ sourceId: id, blockStart: z.number().int().min(0), blockEnd: z.number().int().min(1), toYear: year }),
    output: result<RolledInsert>(),
  },
  'reuse:rollSelection': { input: z.object({ sourceId: id, text: z.string().min(1).max(200_000), toYear: year }), output: result<RolledInsert>() },
  'reuse:usage': { input: z.object({ reviewId: id }), output: result<ReuseCount[]>() },
  'reuse:counts': { input: z.object({}), output: result<Record<string, number>>() },
  // tm (issue 12): translation memory, linked versions, alignment, glossary check
  'tm:matches': {
    input: z.object({ text: z.string().max(5000), from: z.enum(LANGS).optional(), limit: z.number().int().min(1).max(20).optional(), excludeReviewId: id.optional() }),
    output: result<{ matches: TmMatch[]; glossary: GlossaryTermView[] }>(),
  },
  'tm:translate': { input: z.object({ id, to: z.enum(LANGS) }), output: result<{ review: ReviewMeta; summary: TranslationSummary }>() },
  'tm:link': { input: z.object({ a: id, b: id }), output: result<PairInfo>() },
  'tm:unlink': { input: z.object({ id, other: id.optional() }), output: result<{ removed: number }>() },
  'tm:alignment': { input: z.object({ id, other: id.optional() }), output: result<Alignment>() },
  'tm:correct': {
    input: z.object({ id, other: id.optional(), vi: z.array(z.number().int().min(0)).max(2), en: z.array(z.number().int().min(0)).max(2) }),
    output: result<Alignment>(),
  },
  'tm:resetAlignment': { input: z.object({ id, other: id.optional() }), output: result<Alignment>() },
  'tm:segments': { input: z.object({ reviewId: id }), output: result<SegmentView[]>() },
  'tm:accept': {
    input: z.object({
      reviewId: id,
      unitIndex: z.number().int().min(0),
      sentenceIndex: z.number().int().min(0),
      choice: z.object({
        targetText: z.string().max(20_000),
        score: z.number().int().min(0).max(100),
        matchSource: z.string().max(20_000).nullable(),
        matchReviewId: id.nullable(),
      }).optional(),
    }),
    output: result<SegmentView>(),
  },
  'tm:check': { input: z.object({ reviewId: id }), output: result<GlossaryFinding[]>() },
  // --- inbox (issue 14): the ministries' contributions ---
  'inbox:ministries': { input: z.object({}), output: result<MinistryName[]>() },
  'inbox:board': { input: z.object({ reviewId: id }), output: result<Board>() },
  'inbox:setRound': {
    input: z.object({ reviewId: id, deadline: isoDay.nullable().optional(), letterNumber: z.string().max(100).optional() }),
    output: result<Board>(),
  },
  /** ministry: a reference key or name; custom: an agency the reference does not list, by its name. */
  'inbox:addContributor': { input: z.object({ reviewId: id, ministry: z.string().trim().min(1).max(300), custom: z.boolean().optional() }), output: result<Board>() },
  'inbox:removeContributor': { input: z.object({ reviewId: id, ministry: z.string().min(1).max(100) }), output: result<Board>() },
  /** Reads and detects, files nothing: what the user confirms. */
  'inbox:inspect': { input: z.object({ reviewId: id, paths: z.array(z.string().min(1).max(4096)).min(1).max(500) }), output: result<InspectOutcome[]>() },
  'inbox:add': {
    input: z.object({ reviewId: id, files: z.array(z.object({ path: z.string().min(1).max(4096), ministry: z.string().min(1).max(300).optional() })).min(1).max(500) }),
    output: result<AddOutcome[]>(),
  },
  'inbox:remove': { input: z.object({ id }), output: result<Board>() },
  'inbox:changes': { input: z.object({ id }), output: result<VersionDiff | null>() },
  'inbox:contribution': { input: z.object({ id }), output: result<{ meta: ContributionMeta; content: DocState }>() },
  'inbox:section': { input: z.object({ reviewId: id, key: z.enum(SECTION_KEYS) }), output: result<SectionContribution[]>() },
  'inbox:insert': { input: z.object({ id, blockStart: z.number().int().min(0), blockEnd: z.number().int().min(1) }), output: result<{ blocks: DocBlock[]; label: string }>() },
  'inbox:letter': { input: z.object({ reviewId: id, path: z.string().min(1).max(4096), reminder: z.boolean().optional() }), output: result<{ path: string; bytes: number; recipients: MinistryName[] }>() },
  /** "Circulate for comments": recorded on the board once the draft's export is written (export:docx). */
  'inbox:circulated': { input: z.object({ reviewId: id }), output: result<Board>() },
  /** Returned drafts with Word comments and tracked changes, placed on the draft; ministry: key or name. */
  'comments:import': {
    input: z.object({ reviewId: id, paths: z.array(z.string().min(1).max(4096)).min(1).max(100), ministry: z.string().min(1).max(300).optional() }),
    output: result<ReturnOutcome[]>(),
  },
  // library (issue 15): the library list a window at a time (the rows on screen, the year groups' counts)
  'library:page': {
    input: z.object({
      filters: libraryFilters,
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(0).max(500),
      locate: id.optional(),
    }),
    output: result<LibraryPage>(),
  },
  'library:find': {
    input: z.object({ filters: libraryFilters, prefix: z.string().min(1).max(200), from: z.number().int().min(0).max(10_000_000) }),
    output: result<{ index: number | null }>(),
  },
  /** One review's linked other-language versions (the editor's properties panel), without the whole list. */
  'library:translations': { input: z.object({ id }), output: result<ReviewLink[]>() },
  // library (issue 15, lib2): the trash a page at a time; the review pickers ask for matching reviews only
  'library:trashPage': {
    input: z.object({ offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(1000) }),
    output: result<TrashPage>(),
  },
  /** Empties the trash of what was in it at `upTo` (the newest deletedAt the user saw). */
  'library:emptyTrash': { input: z.object({ upTo: z.iso.datetime() }), output: result<{ deleted: number }>() },
  'library:choices': {
    input: z.object({
      lang: z.enum(LANGS).optional(),
      kind: z.enum(REVIEW_KINDS).optional(),
      notLinkedTo: id.optional(),
      query: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(500),
    }),
    output: result<ReviewChoices>(),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** What crosses the process boundary: never a thrown Error (Electron mangles those). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** The raw transport the preload (Electron) or the test bridge (browser mode) provides. */
export interface Transport {
  invoke(channel: string, arg: unknown): Promise<Envelope<unknown>>;
}

type Domain = Channel extends `${infer D}:${string}` ? D : never;
/** The typed API object: api.reviews.list({}) etc. */
export type Api = {
  [D in Domain]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: (arg: Input<C>) => Promise<Output<C>>;
  };
};
